package org.corvee.analysis.experiment;

/**
 * How an experiment wants its runs executed, as given on the command line: the executor's
 * name ({@code local}, {@code spark}), the worker threads of the local executor and the
 * cluster address of a distributed one ({@code local[2]}, {@code spark://host:7077}, or null
 * for the engine's own default, e.g. the master that {@code spark-submit} set).
 */
public record ExecutorSettings(String executor, int threads, String master) {
    /** The local executor with {@code threads} workers. */
    public static ExecutorSettings local(int threads) {
        return new ExecutorSettings(LocalExecutorProvider.NAME, threads, null);
    }
}
