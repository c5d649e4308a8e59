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

    /** "1.5 GiB" or "300 MiB". */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }
}
