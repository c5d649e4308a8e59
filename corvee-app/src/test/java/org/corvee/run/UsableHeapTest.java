package org.corvee.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The heap the guard checks against: the max heap, or less where the old generation is fixed. */
class UsableHeapTest {
    private static final long GIB = 1L << 30;

    @Test
    void aFixedOldGenerationBindsWithTheEstimatesHeadroom() {
        // the parallel collector at -Xmx4100m: an old generation of 2.67 GiB, where full scale failed
        UsableHeap h = UsableHeap.limited(4100L << 20, 2733L << 20, "PS Old Gen");
        assertThat(h.bytes()).isEqualTo((long) ((2733L << 20) * MemoryEstimate.HEADROOM));
        assertThat(h.note()).contains("PS Old Gen", "old generation", "4.0 GiB");
    }

    @Test
    void noOldGenerationOrOneAsLargeAsTheHeapLeavesTheMaxHeap() {
        assertThat(UsableHeap.limited(4 * GIB, -1, null)).isEqualTo(new UsableHeap(4 * GIB, null));
        assertThat(UsableHeap.limited(4 * GIB, 4 * GIB, "G1 Old Gen")).isEqualTo(new UsableHeap(4 * GIB, null));
        assertThat(UsableHeap.assumed(GIB)).isEqualTo(new UsableHeap(GIB, null));
    }

    @Test
    void thisJvmsUsableHeapIsPositiveAndAtMostItsMaxHeap() {
        UsableHeap h = UsableHeap.of(Runtime.getRuntime().maxMemory(), ManagementFactory.getMemoryPoolMXBeans());
        assertThat(h.bytes()).isPositive().isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    @Test
    void theGuardRefusesFullScaleWhereTheOldGenerationCannotHoldIt() {
        var p = org.corvee.model.params.ParameterCatalog.load().defaults().with("run.scale", 1.0);
        long estimate = new MemoryEstimate(p).bytes();
        // an old generation just under the estimate's share is refused, one above it is not
        long old = (long) (estimate / MemoryEstimate.HEADROOM);
        assertThat(MemoryGuard.refusal(p, UsableHeap.limited(16 * GIB, old - (64L << 20), "PS Old Gen").bytes()))
                .isNotNull();
        assertThat(MemoryGuard.refusal(p, UsableHeap.limited(16 * GIB, old + (64L << 20), "PS Old Gen").bytes()))
                .isNull();
    }
}
