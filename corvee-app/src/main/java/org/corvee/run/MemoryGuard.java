package org.corvee.run;

import java.util.Locale;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.output.NumberText;

/**
 * Refuses, before anything is allocated, a scenario whose estimated peak heap
 * ({@link MemoryEstimate}) exceeds the heap the JVM may use.
 */
public final class MemoryGuard {
    private MemoryGuard() {
    }

    /** A one-line reason why {@code p} won't fit in {@code maxHeap} bytes, or null if it fits. */
    public static String refusal(Parameters p, long maxHeap) {
        MemoryEstimate e = new MemoryEstimate(p);
        long need = e.bytes();
        if (need <= maxHeap) {
            return null;
        }
        double largest = e.largestScale(maxHeap);
        String fits = largest > 0 ? "the largest scale that fits is " + NumberText.of(largest)
                : "no scale fits";
        return String.format(Locale.ROOT,
                "scale %s needs about %s of heap but this JVM may use only %s; %s"
                        + " (or give Java more heap, e.g. JAVA_OPTS=-Xmx%dg)",
                NumberText.of(p.get(RunKeys.SCALE)), size(need), size(maxHeap), fits,
                (long) Math.ceil(need / (double) (1L << 30)) + 1);
    }

    /**
     * A one-line reason why {@code runs} runs of {@code p} at once (replicates in parallel) won't
     * fit in {@code maxHeap} bytes, or null if they fit. Each run holds its own world, so the
     * need is {@code runs} times one run's.
     */
    public static String refusal(Parameters p, long maxHeap, int runs, int replicates) {
        if (runs <= 1) {
            return refusal(p, maxHeap);
        }
        MemoryEstimate e = new MemoryEstimate(p);
        long one = e.bytes();
        long need = one * runs;
        if (need <= maxHeap) {
            return null;
        }
        long fit = maxHeap / Math.max(1, one);
        String advice = fit >= 1 ? "--threads " + fit + " runs " + fit + " at a time and fits"
                : "not even one run fits: " + refusal(p, maxHeap);
        return String.format(Locale.ROOT,
                "--replicates %d run %d at a time at scale %s and need about %d x %s = %s of heap, but this JVM may "
                        + "use only %s; %s (or give Java more heap)",
                replicates, runs, NumberText.of(p.get("run.scale")), runs, size(one), size(need), size(maxHeap),
                advice);
    }

    /** {@code why} with the usable heap's note, if it has one, after it. */
    public static String withNote(String why, UsableHeap heap) {
        return heap.note() == null ? why : why + "; " + heap.note();
    }

    /** "1.5 GiB" or "300 MiB". */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }
}
