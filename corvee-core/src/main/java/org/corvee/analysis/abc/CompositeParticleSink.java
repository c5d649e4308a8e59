package org.corvee.analysis.abc;

import java.util.List;
import org.corvee.analysis.experiment.ParameterPrior;

/**
 * Several {@link ParticleSink}s as one (e.g. the CSV files and the results database): each
 * call goes to every sink in the given order. The interface's contract holds for the whole
 * because it holds for each part: a failure in one sink propagates before the checkpoint is
 * written, so the next {@link #resumeAfter} drops the generation from every sink that stored it.
 * {@link #close} closes every sink, even if one of them fails, and then rethrows the first failure.
 */
public final class CompositeParticleSink implements ParticleSink {
    private final List<ParticleSink> sinks;

    public CompositeParticleSink(List<ParticleSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void resumeAfter(int generation, List<String> parameters, List<String> stats) {
        for (ParticleSink s : sinks) {
            s.resumeAfter(generation, parameters, stats);
        }
    }

    @Override
    public void generation(Generation accepted, List<Proposal> proposals, List<ParameterPrior> priors) {
        for (ParticleSink s : sinks) {
            s.generation(accepted, proposals, priors);
        }
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (ParticleSink s : sinks) {
            try {
                s.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
