package org.corvee.scenario;

/**
 * One problem found in a scenario: where (file, 1-based line and column, dotted key path) and
 * what was expected versus found. {@link #toString()} is the one-line message users see.
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
        return sb.append(message).toString();
    }
}
