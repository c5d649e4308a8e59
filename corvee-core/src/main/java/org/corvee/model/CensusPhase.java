package org.corvee.model;

import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;

/**
 * Month-end census (X6): persons by province and status, the informed, and belief sums of
 * adults (18+) by province for the mean and spread. Parallel over chunks; counts only.
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
        int persons = metrics.persons.base();
        int informed = metrics.informed.base();
        int sum = metrics.beliefSum.base();
        int squares = metrics.beliefSquares.base();
        int adults = metrics.adults.base();
        int loyalty = metrics.loyaltySum.base();
        int statuses = Status.COUNT;
        int provinces = Province.values().length;
        ctx.ranges().run(pop.size, ctx.counters(), (chunk, from, to, c) -> {
            byte[] province = pop.province;
            byte[] status = pop.status;
            short[] heard = pop.heard;
            short[] birth = pop.birth;
            float[] belief = pop.belief;
            byte[] loyal = pop.loyalty;
            // Sums in chunk-local doubles, rounded once per chunk: chunks are fixed, so the
            // long totals are the same on any number of threads.
            double[] sums = new double[provinces];
            double[] sq = new double[provinces];
            for (int i = from; i < to; i++) {
                int pr = province[i];
                c[persons + pr * statuses + status[i]]++;
                c[informed + pr] += (heard[i] >> 15) + 1; // 1 if heard >= 0, else 0
                if (birth[i] <= adultBirth && status[i] < Status.DEAD) {
                    double b = belief[i];
                    sums[pr] += b;
                    sq[pr] += b * b;
                    c[adults + pr]++;
                    c[loyalty + pr] += loyal[i];
                }
            }
            for (int pr = 0; pr < provinces; pr++) {
                c[sum + pr] += Math.round(sums[pr] * 100);
                c[squares + pr] += Math.round(sq[pr]);
            }
        });
    }
}
