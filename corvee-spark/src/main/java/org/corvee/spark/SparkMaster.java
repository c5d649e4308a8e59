package org.corvee.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spark master URL an experiment runs on.
 *
 * <p>Design thoughts: Spark's local mode tries a failed task only once ({@code local[N]});
 * {@code local[N,F]} tries it F times, as a cluster does ({@code spark.task.maxFailures},
 * default 4). So that a task failure is survived the same way on a laptop and on a cluster,
 * {@code local}, {@code local[N]} and {@code local[*]} become {@code local[N,4]}; a master that
 * names its own tries, or a cluster URL, is kept as given.
 */
final class SparkMaster {
    /** Tries of a task in local mode (Spark's default spark.task.maxFailures on a cluster). */
    static final int LOCAL_TASK_TRIES = 4;
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)])?");

    private SparkMaster() {
    }

    /** The master to use: {@code requested}, else the one Spark was configured with, else local[*]. */
    static String resolve(String requested, String configured) {
        String m = requested != null ? requested.trim() : configured != null ? configured.trim() : "local[*]";
        Matcher lm = LOCAL.matcher(m);
        if (lm.matches()) {
            String threads = lm.group(1) == null ? "1" : lm.group(1);
            return "local[" + threads + "," + LOCAL_TASK_TRIES + "]";
        }
        return m;
    }

    /** True for a master that runs everything in this JVM. */
    static boolean isLocal(String master) {
        return master.startsWith("local");
    }
}
