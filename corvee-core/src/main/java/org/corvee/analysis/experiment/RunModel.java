package org.corvee.analysis.experiment;

import java.io.Serializable;

/**
 * The function an executor applies to every run specification: a pure function of the spec
 * (same spec, same summary, on any machine and any thread). Implementations hold only plain
 * serialisable configuration, never live objects shared between runs.
 */
@FunctionalInterface
public interface RunModel extends Serializable {
    /** Performs one run, single-threaded, and summarises it. */
    RunSummary run(RunSpec spec);
}
