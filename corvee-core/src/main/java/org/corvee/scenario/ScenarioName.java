package org.corvee.scenario;

/**
 * The rule for a scenario's {@code name}. The name becomes a folder under the output root
 * ({@code runs/<name>}) when no {@code --out} is given, so it must be one plain path segment:
 * letters, digits, '-', '_' and '.', starting with a letter or a digit, at most
 * {@link #MAX_LENGTH} characters. This refuses {@code ..}, {@code .}, separators, control
 * characters, spaces and names longer than any file system keeps (a 300-character name
 * validated but its run failed when the folder was created).
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
        if (!Character.isLetterOrDigit(name.codePointAt(0))) {
            return "expected a name starting with a letter or a digit, found " + quoted(name);
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && cp != '-' && cp != '_' && cp != '.') {
                return "expected a name of letters, digits, '-', '_' and '.' (it names the output folder), found "
                        + quoted(name);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String quoted(String s) {
        return '"' + ScenarioProblem.oneLine(s) + '"';
    }
}
