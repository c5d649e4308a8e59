package org.corvee.store;

import java.time.LocalDateTime;

/**
 * A run as stored. {@code started}/{@code ended} are UTC; {@code ended} and {@code wallSeconds}
 * are null while running.
 */
public record StoredRun(long id, long batch, int replicate, String scenario, String scenarioHash, long seed,
                        int threads, double scale, String programVersion, String gitCommit, LocalDateTime started,
                        LocalDateTime ended, Double wallSeconds, RunStatus status, String message) {

    /**
     * The status shown to users. A row still 'running' when the database can be opened was left
     * by a process that died (killed, out of memory, power cut): DuckDB lets only one process
     * write a file, so no live run can hold it while we read. Such a row is "incomplete".
     */
    public String displayStatus(long ownBatch) {
        if (status == RunStatus.RUNNING && batch != ownBatch) {
            return "incomplete";
        }
        return status.text();
    }
}
