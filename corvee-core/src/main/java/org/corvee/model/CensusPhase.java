package org.corvee.model;

import org.corvee.engine.Metric;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.World;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * Month-end census (X6): persons by province and status, the informed, and belief sums of
 * adults (18+) by province for the mean and spread. Parallel over chunks; counts only.
 */
public final class CensusPhase implements Phase {
    /** Bits per status count in the packed counter: Status.COUNT (7) fields of 9 bits fit a long. */
    private static final int STATUS_BITS = 9;
    /** Rows counted into one packed long before it is flushed (below 2^9: no field overflows). */
    private static final int STATUS_BLOCK = (1 << STATUS_BITS) - 1;
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
        Metric beliefSum = metrics.beliefSum;
        Metric beliefSquares = metrics.beliefSquares;
        int sum = beliefSum.base();
        int squares = beliefSquares.base();
        int adults = metrics.adults.base();
        int loyalty = metrics.loyaltySum.base();
        int statuses = Status.COUNT;
        int provinces = Province.values().length;
        ctx.touched(pop.size);
        ctx.ranges().run(pop.size, ctx.counters(), (chunk, from, to, c) -> {
            byte[] province = pop.province;
            byte[] status = pop.status;
            short[] heard = pop.heard;
            short[] birth = pop.birth;
            float[] belief = pop.belief;
            byte[] loyal = pop.loyalty;
            // Rows are grouped by province, so the chunk is read as runs of one province with
            // every count in a local variable. Statuses are counted in one long, 9 bits per
            // status, flushed before a field can overflow (one add per row instead of a
            // read-modify-write of a counter cell). The adult test is a 0/1 mask, not a branch
            // (ages are mixed within households). Belief sums are doubles added in row order,
            // as a plain loop would, and rounded once per chunk: chunks are fixed, so totals are
            // the same on any number of threads.
            double[] sums = new double[provinces];
            double[] sq = new double[provinces];
            int i = from;
            while (i < to) {
                int pr = province[i];
                int end = i + 1;
                while (end < to && province[end] == pr) {
                    end++;
                }
                int cells = persons + pr * statuses;
                double s = sums[pr];
                double q = sq[pr];
                long heardCount = 0;
                long adultCount = 0;
                long loyalSum = 0;
                long packed = 0;
                int inBlock = 0;
                for (; i < end; i++) {
                    int st = status[i];
                    packed += 1L << (st * STATUS_BITS);
                    if (++inBlock == STATUS_BLOCK) {
                        flush(c, cells, statuses, packed);
                        packed = 0;
                        inBlock = 0;
                    }
                    heardCount += (heard[i] >> 15) + 1; // 1 if heard >= 0, else 0
                    // 1 if an adult (born no later than adultBirth) not dead, defected or in service, else 0
                    int adult = (((adultBirth - birth[i]) >>> 31) ^ 1) & ((st - Status.DEAD) >>> 31);
                    double b = belief[i] * (double) adult;
                    s += b;
                    q += b * b;
                    adultCount += adult;
                    loyalSum += adult * loyal[i];
                }
                flush(c, cells, statuses, packed);
                sums[pr] = s;
                sq[pr] = q;
                c[informed + pr] += heardCount;
                c[adults + pr] += adultCount;
                c[loyalty + pr] += loyalSum;
            }
            for (int pr = 0; pr < provinces; pr++) {
                c[sum + pr] += beliefSum.fixed(sums[pr]);
                c[squares + pr] += beliefSquares.fixed(sq[pr]);
            }
        });
    }

    /** Adds the packed status counts to the counter cells {@code base .. base + statuses - 1}. */
    private static void flush(long[] c, int base, int statuses, long packed) {
        for (int k = 0; k < statuses; k++) {
            c[base + k] += (packed >>> (k * STATUS_BITS)) & STATUS_BLOCK;
        }
    }
}
