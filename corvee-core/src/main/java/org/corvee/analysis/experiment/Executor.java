package org.corvee.analysis.experiment;

import java.util.List;

/**
 * Runs batches of {@link RunSpec}s with one {@link RunModel} and returns their summaries in
 * the order of the specs, whatever order they actually ran in.
 *
 * <p>Contract: the result depends only on the specs and the model, never on the number of
 * workers or on scheduling; runs share no mutable state. A failing run fails the batch with
 * an {@link ExperimentException} naming the run.
 */
public interface Executor extends AutoCloseable {
    /** Runs every spec and returns the summaries in spec order. */
    List<RunSummary> run(List<RunSpec> specs, RunProgress progress);

    /** How many runs can proceed at once (for choosing batch sizes and for reports). */
    int parallelism();

    /** Releases worker threads or connections. */
    @Override
    void close();
}
