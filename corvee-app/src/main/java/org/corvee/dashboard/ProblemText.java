package org.corvee.dashboard;

/** Client text quoted back in messages: shortened and kept on one line. */
final class ProblemText {
    private ProblemText() {
    }

    /** At most 60 characters of {@code s}, control characters replaced. */
    static String clip(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
