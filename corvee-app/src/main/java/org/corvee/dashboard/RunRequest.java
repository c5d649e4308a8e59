package org.corvee.dashboard;

import java.util.List;
import java.util.Map;

/**
 * A run request as JSON ({@code POST /api/runs}): the bundled scenario to start from, the
 * parameters to change from the start ({@code --set}), optionally a timeline that replaces the
 * scenario's own, a name and a replicate count. Nothing in it names a file: a scenario is only
 * ever a bundled one, by name.
 *
 * @param scenario   bundled scenario name (default "baseline")
 * @param name       name to store the run under (default: the scenario's)
 * @param set        dotted key → value (number, boolean or text as on the command line)
 * @param timeline   dated changes replacing the scenario's timeline; null keeps it
 * @param replicates runs with seeds derived from run.seed, stored as one batch (default 1)
 */
record RunRequest(String scenario, String name, Map<String, Object> set, List<Change> timeline, Integer replicates) {

    /** One timeline entry: date "YYYY-MM", optional event name, keys to set from that month. */
    record Change(String date, String event, Map<String, Object> set) {
    }
}
