package org.corvee.spark;

import java.io.Serializable;
import org.corvee.analysis.experiment.RunSpec;

/** A spec on its way to an executor, with its position in the batch (to put results back in order). */
record RunTask(int position, RunSpec spec) implements Serializable {
}
