package org.corvee.analysis.experiment;


/** Told each time a run of a batch finishes (in any order); used for progress bars. */
@FunctionalInterface
public interface RunProgress {
    /** No progress reporting. */
    RunProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} runs of the current batch are finished. */
    void finished(int done, int total);
}
