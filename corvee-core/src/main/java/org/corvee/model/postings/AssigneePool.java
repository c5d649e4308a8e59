package org.corvee.model.postings;

import org.corvee.engine.RandomStreams;
import org.corvee.model.Population;
import org.corvee.model.Province;
import org.corvee.model.Status;

/**
 * Draws the persons of a cohort from the person table without scanning it (DP1): pick a
 * province by weight, then a random row of that province's row range, and accept it if the
 * person fits (sex, birth window, never assigned, at home in the dispatch channel). Rows are
 * grouped by province, so each province's range is found once, at construction.
 *
 * <p>Cost is proportional to the cohort size divided by the share of fitting persons (about
 * 40 tries per ex-soldier), never to the population. Draws are keyed by (stream, try, month,
 * cohort), so the same cohort gets the same persons on any thread count.
 */
final class AssigneePool {
    /** Tries per wanted person before giving up (about 4 times the usual need for ex-soldiers). */
    private static final int TRIES_PER_PERSON = 200;

    private final Population pop;
    private final int[] from;
    private final int[] to;

    AssigneePool(Population pop) {
        this.pop = pop;
        int n = Province.values().length;
        from = new int[n];
        to = new int[n];
        java.util.Arrays.fill(from, Integer.MAX_VALUE);
        for (int i = 0; i < pop.size; i++) {
            int pr = pop.province[i];
            from[pr] = Math.min(from[pr], i);
            to[pr] = i + 1;
        }
    }

    /** Who may be drawn: sex (-1 any) and birth months (encoded as in {@link Population#birth}). */
    record Criteria(int sex, int oldestBirth, int youngestBirth) {
    }

    /**
     * Draws up to {@code wanted} distinct fitting persons, each from a province chosen with
     * probability proportional to {@code weights}. Each drawn person is marked
     * {@link PostingStatus#NO_SHOW} at once (so no one is drawn twice); the caller marks those who
     * arrive {@link PostingStatus#ON_SITE}.
     */
    int[] draw(long stream, int month, int cohortId, int wanted, double[] weights, Criteria c) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int got = 0;
        long tries = 0;
        long limit = (long) TRIES_PER_PERSON * wanted + 1000;
        int[] picked = new int[wanted];
        while (got < wanted && tries < limit && total > 0) {
            long t = tries++;
            double u = RandomStreams.uniform(stream, t, month, cohortId * 2) * total;
            int pr = 0;
            while (pr < weights.length - 1 && u >= weights[pr]) {
                u -= weights[pr];
                pr++;
            }
            if (to[pr] <= from[pr]) {
                continue;
            }
            int span = to[pr] - from[pr];
            int i = from[pr] + (int) ((RandomStreams.bits(stream, t, month, cohortId * 2 + 1) >>> 1) % span);
            if (fits(i, pr, c)) {
                pop.posting[i] = PostingStatus.NO_SHOW;
                picked[got++] = i;
            }
        }
        return java.util.Arrays.copyOf(picked, got);
    }

    private boolean fits(int i, int pr, Criteria c) {
        // Most selective column first: a try costs one cache miss unless the birth month fits.
        int b = pop.birth[i];
        return b >= c.oldestBirth() && b <= c.youngestBirth() && (c.sex() < 0 || pop.sex[i] == c.sex())
                && pop.posting[i] == PostingStatus.NONE && pop.status[i] == Status.HOME && pop.province[i] == pr;
    }
}
