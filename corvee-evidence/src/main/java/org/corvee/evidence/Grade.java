package org.corvee.evidence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewer's reliability grade of a claim: MODEL.md's A/B/C (A official or UN document, B
 * major outlet citing officials, C single anonymous source), or a source × credibility code of
 * the Admiralty system, a letter A–F (source: completely reliable … cannot be judged) and a digit
 * 1–6 (information: confirmed … cannot be judged), e.g. "B2". A code becomes the target
 * reliability so: A if the source is A and the information 1–2; B if the source is A–B and the
 * information 1–3; else C (a documented choice: the target file knows only A/B/C).
 */
public final class Grade {
    private static final Pattern CODE = Pattern.compile("([A-F])([1-6])?");

    private Grade() {
    }

    /** The normalised grade ("A", "B2", …), or null if {@code s} is not a grade. */
    public static String parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().toUpperCase(Locale.ROOT);
        Matcher m = CODE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) == null && t.charAt(0) > 'C') {
            return null; // a lone D-F is not one of MODEL.md's grades
        }
        return t;
    }

    /** The target reliability (A/B/C) of a grade. */
    public static String reliability(String grade) {
        if (grade == null || grade.isEmpty()) {
            return "C";
        }
        if (grade.length() == 1) {
            return grade;
        }
        char source = grade.charAt(0);
        int info = grade.charAt(1) - '0';
        if (source == 'A' && info <= 2) {
            return "A";
        }
        return source <= 'B' && info <= 3 ? "B" : "C";
    }
}
