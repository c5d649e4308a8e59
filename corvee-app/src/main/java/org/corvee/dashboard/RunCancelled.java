package org.corvee.dashboard;

/** Thrown from the month callback to stop a run the user cancelled; the run is stored as failed. */
final class RunCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunCancelled() {
        super("cancelled from the dashboard", null, false, false);
    }
}
