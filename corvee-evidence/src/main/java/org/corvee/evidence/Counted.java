package org.corvee.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a count counts: the words after the number up to the first function word or punctuation,
 * at most four ("twelve North Korean restaurants workers and …" → "North Korean restaurants
 * workers"). Shown beside the claim and used by the lexicon; not a parse, a convenience.
 */
final class Counted {
    private static final Pattern PHRASE = Pattern.compile(
            "^[\\s-]+((?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+?)(?=\\s+(?:of|in|from|at|for|to|who|that|and|with|on|by|"
                    + "were|was|are|is|have|had|said|each|per|a|an|the|or)\\b|[,.;:!?)\"“”]|$)",
            Pattern.UNICODE_CASE);
    private static final Pattern AND_LEADER = Pattern.compile(
            "^\\s+and\\s+(?:their|its|the|a)\\s+(manager|leader|supervisor|boss|minder|head)\\b",
            Pattern.CASE_INSENSITIVE);

    private Counted() {
    }

    /** The counted phrase after position {@code end} of {@code s}, or "" if none. */
    static String after(String s, int end) {
        Matcher m = PHRASE.matcher(s.substring(end));
        if (!m.find()) {
            return "";
        }
        String w = m.group(1);
        return w.matches("(?i)(of|in|from|at|for|to|who|that|and|with|on|by|the|a|an)") ? "" : w;
    }

    /**
     * The length of " and their manager" (and the like) right after the counted phrase that ends
     * at {@code end}, or 0: "twelve workers and their manager" is a group of thirteen.
     */
    static int leaderAfter(String s, int end) {
        Matcher m = AND_LEADER.matcher(s.substring(end));
        return m.find() ? m.end() : 0;
    }
}
