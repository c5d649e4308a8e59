package org.corvee.run;

import java.util.List;

/** A problem caused by the user's input or environment: printed as lines, no stack trace. */
public final class UserError extends RuntimeException {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failed run. */
    public static final int FAILED = 1;
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;
    private final int status;

    public UserError(int status, List<String> lines) {
        super(lines.isEmpty() ? "" : lines.get(0));
        this.lines = List.copyOf(lines);
        this.status = status;
    }

    /** A bad-input error with one line. */
    public static UserError badInput(String line) {
        return new UserError(UserError.BAD_INPUT, List.of(line));
    }

    /** The message lines. */
    public List<String> lines() {
        return lines;
    }

    /** The exit status. */
    public int status() {
        return status;
    }
}
