package org.corvee.analysis.abc;

import java.util.List;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.engine.RandomStreams;

/**
 * A toy model with a known posterior: n workers each stay with probability p (the override
 * "p"); the summary is k, the number who stayed. With a Beta(a, b) prior and observed k, the
 * posterior is Beta(a + k, b + n − k).
 */
record BinomialRetention(int n) implements RunModel {
    @Override
    public RunSummary run(RunSpec spec) {
        double p = spec.override("p");
        long key = new RandomStreams(spec.seed()).stream("toy");
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (RandomStreams.uniform(key, i, 0) < p) {
                k++;
            }
        }
        return new RunSummary(spec, List.of("k"), new double[] {k}, List.of());
    }
}
