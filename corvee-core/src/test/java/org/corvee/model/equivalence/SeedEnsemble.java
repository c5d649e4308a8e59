package org.corvee.model.equivalence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.Parameters;

/**
 * The statistics of {@code n} replicates of one scenario: replicate k runs with
 * {@link ReplicateSeeds#of}(base, k), as {@code corvee run --replicates} does. Runs go side by
 * side, one per core and each single-threaded, as the local replicate executor runs them; results
 * are kept by replicate index, so scheduling cannot change them.
 */
final class SeedEnsemble {
    private final Map<StatisticId, double[]> values;
    private final long[] seeds;

    /** An ensemble of given values (tests of the check itself). */
    SeedEnsemble(Map<StatisticId, double[]> values, long[] seeds) {
        this.values = values;
        this.seeds = seeds;
    }

    static SeedEnsemble run(Parameters scenario, long base, int n) {
        long[] seeds = new long[n];
        for (int k = 0; k < n; k++) {
            seeds[k] = ReplicateSeeds.of(base, k);
        }
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "equivalence-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Map<StatisticId, Double>>> runs = new ArrayList<>();
            for (long seed : seeds) {
                runs.add(pool.submit(() -> {
                    Simulation sim = Simulation.build(scenario.with("run.seed", seed), 1);
                    MonthlySeries s = sim.run(1, m -> { });
                    return SeriesStatistics.of(s, sim.clock());
                }));
            }
            Map<StatisticId, double[]> values = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                int replicate = k;
                for (Map.Entry<StatisticId, Double> e : runs.get(k).get().entrySet()) {
                    values.computeIfAbsent(e.getKey(), id -> filledNaN(n))[replicate] = e.getValue();
                }
            }
            return new SeedEnsemble(values, seeds);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replicate failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] filledNaN(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Per statistic, its value in each replicate (NaN where undefined in that replicate). */
    Map<StatisticId, double[]> values() {
        return values;
    }

    long[] seeds() {
        return seeds.clone();
    }

    /** Mean, standard error and count of the defined replicates of every statistic. */
    Map<StatisticId, Moments> moments() {
        Map<StatisticId, Moments> out = new LinkedHashMap<>();
        values.forEach((id, v) -> out.put(id, Moments.of(v)));
        return out;
    }
}
