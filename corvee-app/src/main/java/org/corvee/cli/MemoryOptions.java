package org.corvee.cli;

import org.corvee.model.params.Parameters;
import org.corvee.run.MemoryGuard;
import org.corvee.run.UsableHeap;
import org.corvee.run.UserError;
import picocli.CommandLine.Option;

/**
 * The memory guard's options: check a scenario against the JVM's max heap before building it.
 * {@code --assume-max-heap} is hidden; tests use it to stand in a small heap.
 */
public final class MemoryOptions {
    @Option(names = "--assume-max-heap", paramLabel = "BYTES", hidden = true,
            description = "Check the scenario against this heap size instead of the JVM's max heap (tests).")
    Long assumedMaxHeap;

    /** The JVM's max heap in bytes (or the assumed one), as printed. */
    public long maxHeap() {
        return assumedMaxHeap != null ? assumedMaxHeap : Runtime.getRuntime().maxMemory();
    }

    /** The heap the guard checks against ({@link UsableHeap}: less than the max heap where the old generation is fixed). */
    public UsableHeap usableHeap() {
        return assumedMaxHeap != null ? UsableHeap.assumed(assumedMaxHeap) : UsableHeap.ofThisJvm();
    }

    /** Throws a one-line bad-input error if {@code runs} runs of {@code p} at once won't fit in the heap. */
    public void check(Parameters p, int runs, int replicates) {
        UsableHeap heap = usableHeap();
        String why = MemoryGuard.refusal(p, heap.bytes(), runs, replicates);
        if (why != null) {
            throw UserError.badInput(MemoryGuard.withNote(why, heap));
        }
    }

    /** Throws a one-line bad-input error if {@code p} won't fit in the heap. */
    public void check(Parameters p) {
        UsableHeap heap = usableHeap();
        String why = MemoryGuard.refusal(p, heap.bytes());
        if (why != null) {
            throw UserError.badInput(MemoryGuard.withNote(why, heap));
        }
    }
}
