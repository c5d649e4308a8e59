package org.corvee.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * The heap a run's arrays may fill, which the memory guard checks a scenario against
 * ({@link MemoryGuard}): the JVM's max heap, or less where the collector keeps a fixed part of it
 * for new objects. The parallel and serial collectors fix their old generation's size when the
 * JVM starts (two thirds of the heap by default): every array a run keeps ends up there, so a
 * run whose lasting arrays exceed it fails with OutOfMemoryError however much of the young
 * generation is free (measured with the parallel collector, the whole baseline at full scale:
 * {@code -Xmx4200m}, an old generation of 2.73 GiB, ran out of heap; {@code -Xmx4300m}, 2.80
 * GiB, ran; here the guard refuses 4300m and lets 4400m through). The guard's estimate ({@link MemoryEstimate#bytes}) carries the collector's headroom
 * ({@link MemoryEstimate#HEADROOM}) over the lasting arrays, so the old generation's share is
 * that much larger here. G1 and ZGC have no fixed boundary; their old pool (if any) may take the
 * whole heap, and the max heap is the limit.
 *
 * @param bytes what the guard compares a scenario's estimate against
 * @param note  why {@code bytes} is below the max heap (for the refusal's message), or null
 */
public record UsableHeap(long bytes, String note) {

    /** The running JVM's. */
    public static UsableHeap ofThisJvm() {
        return of(Runtime.getRuntime().maxMemory(), ManagementFactory.getMemoryPoolMXBeans());
    }

    /** A stand-in heap of {@code bytes} with no fixed old generation (tests' {@code --assume-max-heap}). */
    public static UsableHeap assumed(long bytes) {
        return new UsableHeap(bytes, null);
    }

    /** From a max heap of {@code maxHeap} bytes and the JVM's memory pools. */
    static UsableHeap of(long maxHeap, List<MemoryPoolMXBean> pools) {
        long old = -1;
        String name = null;
        for (MemoryPoolMXBean pool : pools) {
            String n = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (n.endsWith("Old Gen") || n.endsWith("Tenured Gen"))) {
                long max = pool.getUsage().getMax();
                if (max > 0) {
                    old = max;
                    name = n;
                }
            }
        }
        return limited(maxHeap, old, name);
    }

    /** {@code maxHeap}, or the old generation's max {@code old} (pool {@code pool}) scaled by the estimate's headroom if less. */
    static UsableHeap limited(long maxHeap, long old, String pool) {
        if (old <= 0) {
            return new UsableHeap(maxHeap, null);
        }
        long share = (long) (old * MemoryEstimate.HEADROOM);
        if (share >= maxHeap) {
            return new UsableHeap(maxHeap, null);
        }
        return new UsableHeap(share, String.format(Locale.ROOT,
                "the collector keeps a fixed part of the %s heap for new objects and a run's arrays must fit in its old"
                        + " generation (%s, %s)", MemoryGuard.size(maxHeap), pool, MemoryGuard.size(old)));
    }
}
