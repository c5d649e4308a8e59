package org.corvee.model;

import org.corvee.engine.Metric;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * The census by a full scan of the person table (the month-end census before it was kept
 * incrementally), the oracle of {@link CensusTallyTest}. Counts as the census defines them;
 * belief sums both ways: in the tally's units (each person's belief rounded to 2^-20 USD, b² to
 * 2^-8 USD², summed exactly) and as the old census reported them (double sums in row order,
 * rounded to the metric's resolution once per chunk of {@link ParallelRanges#CHUNK} rows and
 * province).
 */
final class CensusRecount {
    final long[][] persons;
    final long[] informed;
    final long[] adults;
    final long[] beliefUnits;
    final long[] squareUnits;
    final long[] loyalty;
    final long[] oldBeliefSum;
    final long[] oldBeliefSquares;

    CensusRecount(Population pop, int absoluteMonth, Metric beliefSum, Metric beliefSquares) {
        int provinces = Province.values().length;
        persons = new long[provinces][Status.COUNT];
        informed = new long[provinces];
        adults = new long[provinces];
        beliefUnits = new long[provinces];
        squareUnits = new long[provinces];
        loyalty = new long[provinces];
        oldBeliefSum = new long[provinces];
        oldBeliefSquares = new long[provinces];
        int adultBirth = absoluteMonth - 18 * 12 - Population.BIRTH_BASE;
        for (int chunk = 0; chunk < ParallelRanges.chunks(pop.size); chunk++) {
            double[] sums = new double[provinces];
            double[] sq = new double[provinces];
            int to = Math.min(pop.size, (chunk + 1) * ParallelRanges.CHUNK);
            for (int i = chunk * ParallelRanges.CHUNK; i < to; i++) {
                int pr = pop.province[i];
                int st = pop.status[i];
                if (st == Status.VACANT) {
                    continue; // a row that holds nobody (X1 fertility)
                }
                persons[pr][st]++;
                if (pop.heard[i] >= 0) {
                    informed[pr]++;
                }
                if (pop.birth[i] <= adultBirth && st < Status.DEAD) {
                    float b = pop.belief[i];
                    adults[pr]++;
                    beliefUnits[pr] += CensusTally.beliefUnits(b);
                    squareUnits[pr] += CensusTally.squareUnits(b);
                    loyalty[pr] += pop.loyalty[i];
                    sums[pr] += b;
                    sq[pr] += (double) b * b;
                }
            }
            for (int pr = 0; pr < provinces; pr++) {
                oldBeliefSum[pr] += beliefSum.fixed(sums[pr]);
                oldBeliefSquares[pr] += beliefSquares.fixed(sq[pr]);
            }
        }
    }
}
