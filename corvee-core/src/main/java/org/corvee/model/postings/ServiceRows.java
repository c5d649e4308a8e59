package org.corvee.model.postings;

import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;

/**
 * The row-local work of military service's monthly step ({@link MilitaryServicePhase}), on the
 * phase's workers: finding this month's men of enlistment age in a bucket of the birth-month
 * index, checking and drawing which of them enlist, and writing the status of those who enlist
 * or are discharged, with their census hooks and their counts by province.
 *
 * <p>Why the result is that of the serial loop on any thread count: the lists are cut into
 * chunks of {@link #CHUNK} positions (the cut depends on the list only); a man's check reads his
 * own row only and his draw is keyed by row and month; each row is in one chunk (the lists hold
 * each row once: a bucket that is not ascending is sorted with each row once first); the census's
 * sums and the counts by province are integer sums, the same in any order. What depends on order,
 * the roster's order of enlistment, is left to the caller: the enlisted men come back per chunk,
 * joined in chunk order, which is the men's order.
 */
final class ServiceRows {
    /**
     * Positions of a list per chunk: fixed, so the chunks do not depend on the thread count (a
     * month's bucket holds some 9 chunks at scale 0.3, 30 at full scale).
     */
    static final int CHUNK = 1024;
    /**
     * Lists of fewer chunks run them in order on the engine's thread (as the list phases do,
     * {@code dispatch.ListChunks}): at scale 0.3 (some 9 chunks a month) the hand-off to the
     * workers cost more than it saved on the shared 2-core machine (measured per month, busy
     * machine); at full scale (30) the workers take them. The chunks are the same either way.
     */
    static final int PARALLEL_FROM = 12;
    /** Rows per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 128;
    private final Population pop;
    private final CensusTally census;
    private final ServiceMetrics metrics;
    /**
     * The men found in a bucket: chunk k's at positions [k × CHUNK, k × CHUNK + found[k]) (a
     * chunk finds at most its own positions' rows). One array cut by chunk, not a list per chunk,
     * so that the two threads never write one cache line but at a chunk's ends.
     */
    private int[] men = new int[0];
    /** The men who enlist, placed as {@link #men}: chunk k's start at k × CHUNK. */
    private int[] enlisting = new int[0];
    /** Per chunk: how many men it found, how many enlist. */
    private int[] found = new int[0];
    private int[] enlisted = new int[0];
    /** Per chunk: what the loads ahead read, kept so that they are not optimised away. */
    private long[] loaded = new long[0];
    /** The month's men when found from a bucket that is not ascending. */
    private final IntList sorted = new IntList();
    /** This month's enlisted men, in the men's order. */
    private final IntList joined = new IntList();

    ServiceRows(Population pop, CensusTally census, ServiceMetrics metrics) {
        this.pop = pop;
        this.census = census;
        this.metrics = metrics;
    }

    /**
     * The men of {@code rows} (a bucket of the birth-month index) still born in {@code born} who
     * enlist in month {@code m}, in ascending row order (the order the yearly pass would give),
     * made soldiers (status written, census told, counted by province in {@code c}); the roster is
     * left to the caller. A bucket is ascending except for rows appended at birth, and may name a
     * row twice or a row since reborn.
     */
    IntList enlistFromBucket(ParallelRanges ranges, long[] c, IntList rows, int born, int m, long stream,
                             double share) {
        boolean ascending = rows.ascending();
        int chunks = fit(rows.size());
        // An ascending bucket's men are ascending: each chunk enlists its men at once, on the lines it loaded.
        ranges.run(rows.size(), CHUNK, PARALLEL_FROM, c, (chunk, from, to, delta) -> {
            long bits = 0;
            int n = from;
            for (int k = from; k < to; k += BLOCK) {
                int end = Math.min(to, k + BLOCK);
                bits += RowLoads.of(rows, k, end, pop.birth) + RowLoads.of(rows, k, end, pop.sex);
                for (int q = k; q < end; q++) {
                    int i = rows.get(q);
                    if (pop.birth[i] == born && pop.sex[i] == 1) {
                        men[n++] = i;
                    }
                }
            }
            found[chunk] = n - from;
            loaded[chunk] = bits;
            enlisted[chunk] = 0;
            if (ascending) {
                enlist(chunk, from, n, born, m, stream, share, delta);
            }
        });
        if (ascending) {
            return join(chunks);
        }
        sorted.clear();
        for (int k = 0; k < chunks; k++) {
            for (int q = k * CHUNK, end = q + found[k]; q < end; q++) {
                sorted.add(men[q]);
            }
        }
        sorted.sortDistinct();
        return enlist(ranges, c, sorted, born, m, stream, share);
    }

    /**
     * The men of {@code list} (ascending, each once) who enlist in month {@code m}, made soldiers
     * as by {@link #enlistFromBucket}, in the men's order.
     */
    IntList enlist(ParallelRanges ranges, long[] c, IntList list, int born, int m, long stream, double share) {
        int chunks = fit(list.size());
        ranges.run(list.size(), CHUNK, PARALLEL_FROM, c, (chunk, from, to, delta) -> {
            for (int q = from; q < to; q++) {
                men[q] = list.get(q);
            }
            loaded[chunk] = 0;
            enlist(chunk, from, to, born, m, stream, share, delta);
        });
        return join(chunks);
    }

    /** Rows {@code rows} (each once), just taken off the roster, are at home again: counted by province in {@code c}. */
    void discharge(ParallelRanges ranges, long[] c, IntList rows) {
        fit(rows.size());
        ranges.run(rows.size(), CHUNK, PARALLEL_FROM, c, (chunk, from, to, delta) -> {
            long bits = 0;
            for (int k = from; k < to; k += BLOCK) {
                int end = Math.min(to, k + BLOCK);
                bits += pop.memory.load(pop, rows, k, end) + RowLoads.of(rows, k, end, pop.status)
                        + RowLoads.of(rows, k, end, pop.province) + census.load(rows, k, end);
                for (int q = k; q < end; q++) {
                    int i = rows.get(q);
                    ServiceRoster.leaveService(pop, i);
                    census.moved(i, Status.SERVICE);
                    delta[metrics.discharged.base() + pop.province[i]]++;
                }
            }
            loaded[chunk] = bits;
        });
    }

    /**
     * Chunk {@code chunk}'s men at positions [from, to) of {@link #men}: by blocks, the columns the
     * checks read are loaded for the whole block first, then the men who enlist are found, then
     * the columns the enlistment and its census hook read and write are loaded for them, then they
     * enlist. Each
     * check reads the man's own row only, so checking a block before enlisting it decides exactly
     * what checking each man just before his enlistment would. The enlisted go to
     * {@link #enlisting} from the chunk's start.
     */
    private void enlist(int chunk, int from, int to, int born, int m, long stream, double share, long[] delta) {
        int start = chunk * CHUNK;
        int n = start;
        long bits = 0;
        for (int k = from; k < to; k += BLOCK) {
            int end = Math.min(to, k + BLOCK);
            for (int q = k; q < end; q++) {
                int i = men[q];
                bits += pop.birth[i] + pop.sex[i] + pop.status[i] + pop.posting[i];
            }
            int first = n;
            for (int q = k; q < end; q++) {
                int i = men[q];
                // The row may since hold a newborn (a death at home), or the man may be away.
                if (pop.birth[i] == born && pop.sex[i] == 1 && pop.status[i] == Status.HOME
                        && pop.posting[i] == PostingStatus.NONE && RandomStreams.uniform(stream, i, m, 0) < share) {
                    enlisting[n++] = i;
                }
            }
            for (int q = first; q < n; q++) {
                int i = enlisting[q];
                bits += pop.memory.load(i) + Float.floatToRawIntBits(pop.confidence[i])
                        + Float.floatToRawIntBits(pop.resentment[i]) + pop.province[i] + census.load(i);
            }
            for (int q = first; q < n; q++) {
                int i = enlisting[q];
                ServiceRoster.enterService(pop, i);
                census.moved(i, Status.HOME);
                delta[metrics.enlisted.base() + pop.province[i]]++;
            }
        }
        enlisted[chunk] = n - start;
        loaded[chunk] += bits;
    }

    /** The chunks' enlisted men joined in chunk order. */
    private IntList join(int chunks) {
        joined.clear();
        for (int k = 0; k < chunks; k++) {
            for (int q = k * CHUNK, end = q + enlisted[k]; q < end; q++) {
                joined.add(enlisting[q]);
            }
        }
        return joined;
    }

    /** Makes room for the chunks of a list of {@code n}; returns their number. */
    private int fit(int n) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (men.length < chunks * CHUNK) {
            int size = Math.max(chunks * CHUNK, 2 * men.length);
            men = new int[size];
            enlisting = new int[size];
            found = new int[size / CHUNK];
            enlisted = new int[size / CHUNK];
            loaded = new long[size / CHUNK];
        }
        return chunks;
    }
}
