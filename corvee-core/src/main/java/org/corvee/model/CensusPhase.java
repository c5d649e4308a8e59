package org.corvee.model;

import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;

/**
 * Month-end census (X6): persons by province and status, the informed, and belief sums of
 * adults (18+) by province for the mean and spread. Parallel over chunks; counts only.
 *
 * <p>Design thoughts: this is the one phase that reads every row every month, so it is
 * written to run at memory speed. Rows are ordered by province, so almost every chunk holds a
 * single province; such a chunk is counted in local registers (four status counts, informed,
 * adults, two double sums) with branch-free arithmetic, and the long counter cells are touched
 * once per chunk. A chunk that straddles a province boundary (or a hand-built test world in
 * any order) takes the general path with chunk-local int arrays. Both paths add the beliefs of
 * a province in row order within the chunk, so the sums — rounded once per chunk — are the
 * same bits whichever path runs and on any number of threads.
 */
public final class CensusPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public CensusPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "census";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        int adultBirth = ctx.clock().absolute(ctx.month()) - 18 * 12 - Population.BIRTH_BASE;
        Cells cells = new Cells(metrics.persons.base(), metrics.informed.base(), metrics.beliefSum.base(),
                metrics.beliefSquares.base(), metrics.adults.base());
        ctx.ranges().run(pop.size, ctx.counters(), (chunk, from, to, c) -> {
            int pr = singleProvince(pop.province, from, to);
            if (pr >= 0 && to - from <= 0xFFFF) {
                countOneProvince(pop, adultBirth, pr, from, to, cells, c);
            } else {
                countMixed(pop, adultBirth, from, to, cells, c);
            }
        });
    }

    /** Base cells of the census metrics. */
    private record Cells(int persons, int informed, int sum, int squares, int adults) {
    }

    /** The province of every row in [from, to), or -1 if they differ. */
    private static int singleProvince(byte[] province, int from, int to) {
        int first = province[from];
        int diff = 0;
        for (int i = from + 1; i < to; i++) {
            diff |= province[i] ^ first;
        }
        return diff == 0 ? first : -1;
    }

    private static void countOneProvince(Population pop, int adultBirth, int pr, int from, int to, Cells cells,
                                         long[] c) {
        byte[] status = pop.status;
        short[] heard = pop.heard;
        short[] birth = pop.birth;
        float[] belief = pop.belief;
        // Four 16-bit status counts packed in one long: a chunk has at most 2^15 rows, so no
        // count can carry into the next.
        long statuses = 0;
        int informed = 0;
        int adults = 0;
        double sum = 0;
        double sq = 0;
        for (int i = from; i < to; i++) {
            statuses += 1L << (status[i] << 4);
            informed += (heard[i] >> 15) + 1; // 1 if heard >= 0, else 0
            // Branch-free: household members of mixed ages make the adult test unpredictable.
            // A child adds +0.0 (or -0.0), which leaves the sum's bits unchanged.
            int adult = ((adultBirth - birth[i]) >>> 31) ^ 1;
            double b = belief[i] * adult;
            sum += b;
            sq += b * b;
            adults += adult;
        }
        int base = cells.persons() + pr * Status.COUNT;
        for (int s = 0; s < Status.COUNT; s++) {
            c[base + s] += (statuses >>> (16 * s)) & 0xFFFF;
        }
        c[cells.informed() + pr] += informed;
        c[cells.adults() + pr] += adults;
        c[cells.sum() + pr] += Math.round(sum * 100);
        c[cells.squares() + pr] += Math.round(sq);
    }

    private static void countMixed(Population pop, int adultBirth, int from, int to, Cells cells, long[] c) {
        int provinces = Province.values().length;
        int statuses = Status.COUNT;
        int[] persons = new int[provinces * statuses];
        int[] informed = new int[provinces];
        int[] adults = new int[provinces];
        double[] sums = new double[provinces];
        double[] sq = new double[provinces];
        for (int i = from; i < to; i++) {
            int pr = pop.province[i];
            persons[pr * statuses + pop.status[i]]++;
            informed[pr] += (pop.heard[i] >> 15) + 1;
            if (pop.birth[i] <= adultBirth) {
                double b = pop.belief[i];
                sums[pr] += b;
                sq[pr] += b * b;
                adults[pr]++;
            }
        }
        for (int pr = 0; pr < provinces; pr++) {
            for (int s = 0; s < statuses; s++) {
                c[cells.persons() + pr * statuses + s] += persons[pr * statuses + s];
            }
            c[cells.informed() + pr] += informed[pr];
            c[cells.adults() + pr] += adults[pr];
            c[cells.sum() + pr] += Math.round(sums[pr] * 100);
            c[cells.squares() + pr] += Math.round(sq[pr]);
        }
    }
}
