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
            if (pr >= 0) {
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
        int s0 = 0;
        int s1 = 0;
        int s2 = 0;
        int s3 = 0;
        int informed = 0;
        int adults = 0;
        double sum = 0;
        double sq = 0;
        for (int i = from; i < to; i++) {
            int st = status[i];
            s0 += st == 0 ? 1 : 0;
            s1 += st == 1 ? 1 : 0;
            s2 += st == 2 ? 1 : 0;
            s3 += st == 3 ? 1 : 0;
            informed += (heard[i] >> 15) + 1; // 1 if heard >= 0, else 0
            // Branch-free: household members of mixed ages make the adult test unpredictable.
            // Adding +0.0 for a child leaves the sum's bits unchanged.
            int adult = ((adultBirth - birth[i]) >>> 31) ^ 1;
            double b = adult == 1 ? belief[i] : 0.0;
            sum += b;
            sq += b * b;
            adults += adult;
        }
        int base = cells.persons() + pr * Status.COUNT;
        c[base] += s0;
        c[base + 1] += s1;
        c[base + 2] += s2;
        c[base + 3] += s3;
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
