package org.corvee.model.postings;

import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowsByKey;
import org.corvee.model.people.Population;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * Draws the persons of a cohort from the person table without scanning it (DP1): pick a
 * province by weight, then a random candidate of that province, and accept them if they fit
 * (birth window, sex, never assigned, at home in the dispatch channel).
 *
 * <p>Candidates come from an index built once: the rows of everyone who can be 14 to 45 years
 * old at some time in the run, grouped by province and birth year (a counting sort, counted and
 * written on the workers, so each group is in row order). The persons of a province born in a
 * range of years are then one contiguous slice, and a try is accepted about half the time (sex,
 * edge years). A request outside the indexed years falls back to tries over the province's whole
 * row range. Either way the cost is proportional to the cohort, never to the population; memory
 * is one int per indexed person (about 70% of the population).
 *
 * <p>Draws are keyed by (stream, try, month, cohort), so the same cohort gets the same persons on
 * any thread count.
 */
final class AssigneePool {
    /** Ages covered by the index. */
    static final int YOUNGEST = 14;
    static final int OLDEST = 45;
    /** Tries per wanted person before giving up (nobody, or too few, fit). */
    private static final int TRIES_PER_PERSON = 200;

    private final Population pop;
    private final int[] provinceFrom;
    private final int[] provinceTo;
    private final int firstYear;
    private final int years;
    /** Indexed rows by (province, birth year); group g is rows[offsets[g] .. offsets[g + 1]). */
    private final int[] rows;
    private final int[] offsets;
    /** Rows tried by the last {@link #draw} (for the bench's touched share). */
    private long lastTries;

    /**
     * Indexes the rows of {@code pop} on {@code ranges}' workers: counted by group chunk by chunk,
     * then written chunk by chunk to their places ({@link RowsByKey}), each group in row order on
     * any thread count.
     */
    AssigneePool(Population pop, MonthClock clock, ParallelRanges ranges) {
        this.pop = pop;
        int n = Province.values().length;
        firstYear = clock.year(0) - OLDEST - 1;
        years = clock.year(clock.months() - 1) - YOUNGEST - firstYear + 1;
        // Each chunk's first and last row per province (rows holding someone), and its rows per group.
        int chunks = ParallelRanges.chunks(pop.size);
        int[] from = new int[chunks * n];
        int[] to = new int[chunks * n];
        java.util.Arrays.fill(from, Integer.MAX_VALUE);
        RowsByKey byGroup = new RowsByKey(pop.size, n * years);
        long[] none = new long[0];
        ranges.run(pop.size, none, (chunk, lo, hi, c) -> {
            for (int i = lo; i < hi; i++) {
                if (pop.status[i] != Status.VACANT) { // nobody here (X1 fertility)
                    int cell = chunk * n + pop.province[i];
                    from[cell] = Math.min(from[cell], i);
                    to[cell] = i + 1;
                    int g = group(i);
                    if (g >= 0) {
                        byGroup.count(chunk, g);
                    }
                }
            }
        });
        byGroup.sum();
        provinceFrom = new int[n];
        provinceTo = new int[n];
        java.util.Arrays.fill(provinceFrom, Integer.MAX_VALUE);
        for (int k = 0; k < chunks * n; k++) {
            provinceFrom[k % n] = Math.min(provinceFrom[k % n], from[k]);
            provinceTo[k % n] = Math.max(provinceTo[k % n], to[k]);
        }
        offsets = new int[n * years + 1];
        for (int g = 0; g < n * years; g++) {
            offsets[g + 1] = offsets[g] + byGroup.count(g);
        }
        rows = new int[offsets[n * years]];
        ranges.run(pop.size, none, (chunk, lo, hi, c) -> {
            for (int i = lo; i < hi; i++) {
                int g = group(i);
                if (g >= 0) {
                    rows[offsets[g] + byGroup.next(chunk, g)] = i;
                }
            }
        });
    }

    private int group(int i) {
        if (pop.status[i] == Status.VACANT) {
            return -1;
        }
        int y = Math.floorDiv(pop.birth[i] + Population.BIRTH_BASE, 12) - firstYear;
        return y < 0 || y >= years ? -1 : pop.province[i] * years + y;
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
        int y0 = Math.floorDiv(c.oldestBirth() + Population.BIRTH_BASE, 12) - firstYear;
        int y1 = Math.floorDiv(c.youngestBirth() + Population.BIRTH_BASE, 12) - firstYear;
        boolean indexed = y0 >= 0 && y1 < years && y0 <= y1;
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
            int lo = indexed ? offsets[pr * years + y0] : provinceFrom[pr];
            int hi = indexed ? offsets[pr * years + y1 + 1] : provinceTo[pr];
            if (hi <= lo) {
                continue;
            }
            int k = lo + (int) ((RandomStreams.bits(stream, t, month, cohortId * 2 + 1) >>> 1) % (hi - lo));
            int i = indexed ? rows[k] : k;
            if (fits(i, pr, c)) {
                pop.posting[i] = PostingStatus.NO_SHOW;
                picked[got++] = i;
            }
        }
        lastTries = tries;
        return java.util.Arrays.copyOf(picked, got);
    }

    /** Rows the last {@link #draw} tried. */
    long lastTries() {
        return lastTries;
    }

    private boolean fits(int i, int pr, Criteria c) {
        // Most selective column first: a try costs one cache miss unless the birth month fits.
        int b = pop.birth[i];
        return b >= c.oldestBirth() && b <= c.youngestBirth() && (c.sex() < 0 || pop.sex[i] == c.sex())
                && pop.posting[i] == PostingStatus.NONE && pop.status[i] == Status.HOME && pop.province[i] == pr;
    }
}
