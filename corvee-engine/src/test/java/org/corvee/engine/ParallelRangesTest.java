package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParallelRangesTest {
    @Test
    void everyAgentIsVisitedOnceAndCountsMergeOnAnyThreadCount() {
        int n = ParallelRanges.CHUNK * 5 + 123;
        for (int threads = 1; threads <= 3; threads++) {
            int[] visits = new int[n];
            long[] counters = new long[2];
            try (ParallelRanges r = new ParallelRanges(threads)) {
                r.run(n, counters, (chunk, from, to, c) -> {
                    assertThat(from).isEqualTo(chunk * ParallelRanges.CHUNK);
                    for (int i = from; i < to; i++) {
                        visits[i]++;
                        c[0]++;
                        c[1] += i;
                    }
                });
            }
            assertThat(visits).containsOnly(1);
            assertThat(counters[0]).isEqualTo(n);
            assertThat(counters[1]).isEqualTo((long) n * (n - 1) / 2);
        }
    }

    @Test
    void splitCutsTheRangeIntoOneContiguousPartPerThread() {
        for (int n : new int[] {0, 1, 7, ParallelRanges.CHUNK + 5}) {
            for (int threads = 1; threads <= 3; threads++) {
                int[] visits = new int[n];
                int[] partOf = new int[n];
                try (ParallelRanges r = new ParallelRanges(threads)) {
                    r.split(n, (part, from, to, c) -> {
                        for (int i = from; i < to; i++) {
                            visits[i]++;
                            partOf[i] = part;
                        }
                    });
                }
                assertThat(visits).containsOnly(n == 0 ? new int[0] : new int[] {1});
                for (int i = 1; i < n; i++) {
                    assertThat(partOf[i]).isBetween(partOf[i - 1], partOf[i - 1] + 1);
                }
                if (n >= threads) {
                    assertThat(partOf[n - 1]).isEqualTo(n < 2 ? 0 : threads - 1);
                }
            }
        }
    }

    @Test
    void aFailingBodyFailsTheRun() {
        try (ParallelRanges r = new ParallelRanges(2)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.run(ParallelRanges.CHUNK * 3, new long[1],
                    (chunk, from, to, c) -> {
                        if (chunk == 2) {
                            throw new IllegalStateException("boom");
                        }
                    })).hasMessage("boom");
        }
    }

    @Test
    void theCallerAndTheWorkersShareTheChunks() throws InterruptedException {
        Thread caller = Thread.currentThread();
        try (ParallelRanges r = new ParallelRanges(2)) {
            java.util.Set<Boolean> onCaller = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
            long[] counters = new long[1];
            r.run(2, 1, counters, (chunk, from, to, c) -> {
                onCaller.add(Thread.currentThread() == caller);
                both.countDown();
                try {
                    // Each thread holds its chunk until the other has one: two threads ran.
                    assertThat(both.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                c[0]++;
            });
            assertThat(onCaller).containsExactlyInAnyOrder(true, false);
            assertThat(counters[0]).isEqualTo(2);
        }
    }

    @Test
    void fewerChunksThanTheThresholdRunInOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        try (ParallelRanges r = new ParallelRanges(2)) {
            for (int chunks : new int[] {3, 4}) {
                java.util.List<Integer> order = new java.util.ArrayList<>();
                boolean[] offCaller = new boolean[1];
                long[] counters = new long[1];
                r.run(chunks * 10, 10, 4, counters, (chunk, from, to, c) -> {
                    synchronized (order) {
                        order.add(chunk);
                        offCaller[0] |= Thread.currentThread() != caller;
                    }
                    c[0] += to - from;
                });
                assertThat(counters[0]).isEqualTo(chunks * 10L);
                assertThat(order).hasSize(chunks);
                // Below the threshold: on the caller, in order; at it the caller takes chunks
                // beside the workers, so which thread ran which chunk is not known.
                if (chunks < 4) {
                    assertThat(offCaller[0]).isFalse();
                    assertThat(order).containsExactly(0, 1, 2);
                } else {
                    assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3);
                }
            }
        }
    }
}
