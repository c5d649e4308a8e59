package org.corvee.analysis.experiment;


/** An experiment cannot go on: a run failed, or a checkpoint or input file is unusable. */
public final class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
