package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.engine.StepContext;
import org.corvee.model.beliefs.WordOfMouthPhase;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.World;
import org.junit.jupiter.api.Test;

/**
 * Word of mouth as pure SI spread (the Bass model with no external source) on a well-mixed
 * random network, against the discrete-time mean-field recursion.
 *
 * <p>With relays speaking for ever, each informed person tells each tie with probability β
 * each month, and the newly informed speak from the next month. An uninformed person with k
 * ties, a share F of them informed, stays uninformed with probability (1 − β)^{kF}, so
 * F' = F + (1 − F)(1 − (1 − β)^{kF}). On a random graph of N = 10,000 and mean degree k = 100,
 * the mean curve of {@link #SEEDS} runs must stay within 0.03 of the recursion at every month
 * (mean-field error on such a graph is of order 1/k plus sampling noise of order 1/sqrt(N)).
 * One run alone is not enough: the early months are a branching process whose timing noise
 * shifts the whole curve, and a single run's worst gap exceeded 0.03 for about a third of 160
 * seeds (0.024 on average), with the per-tie draws as with the geometric gaps.
 */
class WordOfMouthMeanFieldTest {
    private static final int SEEDS = 6;

    @Test
    void siSpreadFollowsTheMeanFieldCurve() {
        int months = 40;
        double[] mean = new double[months];
        double[] meanField = null;
        for (int seed = 1; seed <= SEEDS; seed++) {
            double[][] curves = run(seed, months);
            meanField = curves[1];
            for (int m = 0; m < months; m++) {
                mean[m] += curves[0][m] / SEEDS;
            }
        }
        double worst = 0;
        for (int m = 0; m < months; m++) {
            worst = Math.max(worst, Math.abs(mean[m] - meanField[m]));
        }
        assertThat(meanField[months - 1]).as("the curve must actually rise for the test to mean anything")
                .isGreaterThan(0.9);
        assertThat(worst).isLessThan(0.03);
    }

    /** The simulated share informed by month, and the mean-field recursion's. */
    private static double[][] run(int seed, int months) {
        int n = 10_000;
        int halfDegree = 50;
        double beta = 0.01;
        Parameters p = ParameterCatalog.load().defaults().with("run.start_year", 2010).with("run.end_year", 2013)
                .with("run.scale", 1.0)
                .with("beliefs.relay_months", 600).with("beliefs.relay_probability", beta);
        Population pop = SingleHouseholds.of(n);
        SocialNetwork net = randomGraph(n, halfDegree, 11);
        World world = new World(pop, net, MonthClock.years(2010, 2013), p);
        CounterRegistry reg = new CounterRegistry();
        DispatchMetrics dm = new DispatchMetrics(reg);
        WordOfMouthPhase phase = new WordOfMouthPhase(world, dm);
        // Seed 1% as speakers.
        int seeds = n / 100;
        for (int i = 0; i < seeds; i++) {
            int id = i * 100;
            pop.heard[id] = 0;
            world.dispatch().speakers.add(id);
            world.dispatch().speakUntil.add(10_000);
        }
        double meanDegree = (double) net.entries() / n;
        double fMf = (double) seeds / n;
        double[][] curves = new double[2][months];
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            for (int m = 0; m < months; m++) {
                long[] counters = new long[reg.size()];
                phase.step(new StepContext(m, world.clock(), counters, ranges, new RandomStreams(seed)));
                int informed = 0;
                for (int i = 0; i < n; i++) {
                    informed += pop.heard[i] >= 0 ? 1 : 0;
                }
                fMf = fMf + (1 - fMf) * (1 - Math.pow(1 - beta, meanDegree * fMf));
                curves[0][m] = (double) informed / n;
                curves[1][m] = fMf;
            }
        }
        return curves;
    }

    private static SocialNetwork randomGraph(int n, int half, long seed) {
        long s = new RandomStreams(seed).stream("graph");
        int[] deg = new int[n];
        int[][] ends = new int[n][half];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < half; t++) {
                int j = RandomStreams.below(s, i, 0, t, n - 1);
                if (j >= i) {
                    j++;
                }
                ends[i][t] = j;
                deg[i]++;
                deg[j]++;
            }
        }
        int[] off = new int[n + 1];
        for (int i = 0; i < n; i++) {
            off[i + 1] = off[i] + deg[i];
        }
        int[] fill = new int[n];
        int[] tg = new int[off[n]];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < half; t++) {
                int j = ends[i][t];
                tg[off[i] + fill[i]++] = j;
                tg[off[j] + fill[j]++] = i;
            }
        }
        return new SocialNetwork(off, tg);
    }
}
