package org.corvee.analysis.abc;

import java.util.List;
import org.corvee.analysis.experiment.ParameterPrior;

/**
 * Where a calibration stores every proposal and each accepted ensemble: {@link CsvParticleSink}
 * (files), corvee-store's {@code DatabaseParticleSink} (the results database), or both through
 * {@link CompositeParticleSink}.
 *
 * <p>Contract: {@link #generation} is called once per completed generation, after all its
 * runs and before its checkpoint is written, so a store never holds a generation the
 * checkpoint does not know; {@link #resumeAfter} drops anything stored for later generations
 * (left by a calibration killed between the two).
 */
public interface ParticleSink extends AutoCloseable {
    /** Prepares to continue after {@code generation} (−1 = fresh start); drops later rows. */
    void resumeAfter(int generation, List<String> parameters, List<String> stats);

    /** Stores every proposal of a completed generation and its accepted ensemble. */
    void generation(Generation accepted, List<Proposal> proposals, List<ParameterPrior> priors);

    @Override
    void close();
}
