package org.corvee.evidence;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an article's text into paragraphs (lines) and sentences (the JDK's English
 * {@link BreakIterator}), keeping each sentence's offsets in the text so a claim's offsets can
 * point back into the stored article.
 */
final class Sentences {
    /** A sentence: [start, end) in the article text, its paragraph number (from 0) and its text (trimmed). */
    record Sentence(int start, int end, int paragraph, String text) {
    }

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                it.setText(line);
                int s = it.first();
                for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                    String raw = line.substring(s, e);
                    int lead = raw.length() - raw.stripLeading().length();
                    String t = raw.strip();
                    if (!t.isEmpty()) {
                        out.add(new Sentence(lineStart + s + lead, lineStart + s + lead + t.length(), paragraph, t));
                    }
                }
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }
}
