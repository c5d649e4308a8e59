package org.corvee.run;

import java.io.PrintWriter;
import java.util.Set;

/**
 * Named points in writing a run's outputs where the killed-run test stops the process, to kill
 * it there for real ({@code kill -9}). Off unless the environment variable
 * {@value #VARIABLE} names the point; then the process says so on the error stream and waits to
 * be killed. Used by tests only; it changes nothing else.
 */
public final class StopPoints {
    /** The environment variable naming the point to stop at. */
    public static final String VARIABLE = "CORVEE_TEST_STOP_AT";
    /** The points, in the order a run reaches them. */
    public static final Set<String> ALL = Set.of("staged", "stored", "manifest", "linked", "swapping", "swapped");

    private final String stopAt;
    private final PrintWriter err;

    private StopPoints(String stopAt, PrintWriter err) {
        this.stopAt = stopAt;
        this.err = err;
    }

    /** The points of this process (from its environment), reported on {@code err}. */
    public static StopPoints fromEnvironment(PrintWriter err) {
        return new StopPoints(System.getenv(VARIABLE), err);
    }

    /** Stops here, for good, if this is the point asked for. */
    public void reached(String point) {
        if (stopAt == null || !stopAt.equals(point)) {
            return;
        }
        err.println("corvee: test stop at " + point);
        err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
