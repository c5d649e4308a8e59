package org.corvee.run;

import java.io.PrintWriter;

/**
 * Progress of a long run on the terminal: a redrawn line when stderr is a terminal, otherwise
 * a plain line every tenth of the work (so logs stay readable).
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private int lastTenth = -1;

    public Progress(PrintWriter err, boolean terminal, String label, int total) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
    }

    /** Reports that {@code done} of {@code total} units are finished; {@code what} names the last one. */
    public void update(int done, String what) {
        double secs = (System.nanoTime() - start) / 1e9;
        if (terminal) {
            int width = 30;
            int filled = (int) ((long) done * width / Math.max(1, total));
            String eta = done > 0 && done < total ? String.format(" eta %.0fs", secs / done * (total - done)) : "";
            err.printf("\r%s [%s%s] %d/%d %s %.1fs%s   ", label, "#".repeat(filled), " ".repeat(width - filled),
                    done, total, what, secs, eta);
            if (done >= total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = (int) ((long) done * 10 / Math.max(1, total));
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.printf("%s %d/%d %s %.1fs%n", label, done, total, what, secs);
            err.flush();
        }
    }
}
