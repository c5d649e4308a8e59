package org.corvee.scenario;

/**
 * One problem found in a scenario: where (file, 1-based line and column, dotted key path) and
 * what was expected versus found. {@link #toString()} is the one-line message users see (line
 * breaks and control characters that came from the file are escaped).
 */
public record ScenarioProblem(String file, int line, int column, String key, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (key != null && !key.isEmpty()) {
            sb.append(key).append(": ");
        }
        return oneLine(sb.append(message).toString());
    }

    /** {@code s} with line breaks and other control characters escaped, so a message stays on one line. */
    static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '\n') {
                out.append("\\n");
            } else if (ch == '\r') {
                out.append("\\r");
            } else if (ch == '\t') {
                out.append("\\t");
            } else if (ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
