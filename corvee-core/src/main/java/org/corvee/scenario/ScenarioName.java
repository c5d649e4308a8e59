package org.corvee.scenario;

/**
 * The rule for a scenario's {@code name}. The name becomes a folder under the output root
 * ({@code runs/<name>}) when no {@code --out} is given, so it must be one path segment that
 * stays one: at most {@link #MAX_LENGTH} characters, no separator ('/' or '\\'), no control
 * character or line break, not starting with '.' (which also refuses {@code .} and
 * {@code ..}), no leading or trailing space. A 300-character name used to validate and its run
 * fail when the folder was created; {@code ../../escape} wrote outside {@code runs/}. Spaces
 * and other printable characters inside a name stay allowed: stored runs carry such names.
 */
public final class ScenarioName {
    /** Longest name accepted: well inside the 255-byte limit of common file systems, with room for suffixes. */
    public static final int MAX_LENGTH = 100;

    private ScenarioName() {
    }

    /** Why {@code name} cannot be a scenario name, or null if it can. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "expected a scenario name, found none";
        }
        if (name.length() > MAX_LENGTH) {
            return "expected a name of at most " + MAX_LENGTH + " characters (it names the output folder), found "
                    + name.length() + " characters";
        }
        if (name.equals(".") || name.equals("..")) {
            return "expected a name that can be a folder name, found \"" + name + "\" (a relative path)";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\') {
                return "expected a name without '/' or '\\' (it names the output folder), found " + quoted(name);
            }
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                return "expected a name without control characters or line breaks, found " + quoted(name);
            }
        }
        if (name.charAt(0) == '.') {
            return "expected a name not starting with '.' (it names the output folder, which would be hidden), found "
                    + quoted(name);
        }
        if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return "expected a name without leading or trailing spaces, found " + quoted(name);
        }
        return null;
    }

    private static String quoted(String s) {
        return '"' + ScenarioProblem.oneLine(s) + '"';
    }
}
