package org.corvee.dashboard;

import java.util.List;

/**
 * What the API tells about a job ({@code GET /api/jobs/{id}} and every progress event).
 *
 * @param progress  0..1 over all replicates
 * @param replicate the replicate running (1-based)
 * @param runs      ids of the runs stored so far (the first is the one to open)
 * @param duplicate true when the request matched a stored or active run of the same resolved
 *                  scenario and seed, which is answered instead of running it again
 */
record JobView(long id, String scenario, String state, double progress, int replicate, int replicates,
               int monthsDone, int monthsTotal, Long batch, List<Long> runs, String message, String hash,
               boolean duplicate) {

    /** The same view marked as the answer to a duplicate request. */
    JobView asDuplicate() {
        return new JobView(id, scenario, state, progress, replicate, replicates, monthsDone, monthsTotal, batch, runs,
                message, hash, true);
    }
}
