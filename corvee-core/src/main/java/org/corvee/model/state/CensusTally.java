package org.corvee.model.state;

import org.corvee.engine.IntList;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RowLoads;
import org.corvee.model.people.Population;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * The running counts behind the month-end census (X6), kept where persons change instead of
 * recounted over the whole population every month.
 *
 * <p>What is kept, per province: persons by status; the informed (heard &ge; 0); and, for the
 * persons not dead or defected, by birth month: their number and the sums of belief, squared
 * belief and loyalty. Adults (18+) are then a prefix of the birth months, so ageing costs no
 * per-person work: each month the census adds up the months up to the cut-off.
 *
 * <p>Rows that hold nobody ({@link Status#VACANT}: died at home, or spare for births) count
 * nowhere: a death is a {@link #changing}/{@link #changed} pair around vacating the row, a
 * birth the same pair around filling it.
 *
 * <p>The protocol is a pair of hooks around every write of a column the census reads (status,
 * heard, belief, loyalty, birth): {@link #changing(int)} just before takes the person's
 * contribution out, {@link #changed(int)} just after puts it back with the new values. Two
 * cheaper forms cover the frequent writes: {@link #moved(int, int)} after a write of the status
 * alone, and {@link #beliefChanged(int, short, float)} after a write of heard and belief alone
 * (word of mouth, the outside source), so that a hook reads few columns the phase does not read
 * anyway. The census itself reads no person. A write outside such a pair makes the census wrong
 * (CensusTallyTest recounts every month of whole runs against a full scan to catch that).
 * Before the first census the hooks do nothing: the first census ({@link #countOnce(ParallelRanges)})
 * counts everyone.
 *
 * <p>Sums are integers, so they are exact and independent of the order of updates (and of the
 * thread count): each person's belief contributes {@code round(b × 2^20)} (units of 2^-20 USD)
 * and squared belief {@code round(b² × 2^8)} (units of 2^-8 USD²); b and b² of a float are exact
 * in a double, so the only rounding is this one per person, at most 2^-21 USD and 2^-9 USD² each.
 * A long holds a province's sums while the mean |belief| is below 2 × 10^6 USD and the root mean
 * square below 9 × 10^4 USD with 4 million persons in a province (scale 1.0).
 *
 * <p>The hooks may be called from parallel chunk bodies (each on its own rows). The engine's
 * thread, which runs the census and every sequential phase, adds plainly into the counts; any
 * other thread (a worker of the parallel ranges) adds plainly into its own copy of the cells
 * ({@link WorkerCells}), so workers never write a shared line: the persons coming of age in a
 * month share one birth month and so the same cells, and atomic adds from two cores to one line
 * made each hook wait for the line. The copies are added into the counts, line by touched line,
 * when the counts are next read ({@link #persons}, {@link #informed}, {@link #bornBy}): on the
 * engine's thread, once the parallel runs that wrote them have finished (the hand-over of their
 * results orders the workers' writes before the read). Integer adds in any order give the same
 * totals, so results do not depend on the thread count or on which worker ran which rows.
 */
public final class CensusTally {
    /** Raw units per USD in the belief sums. */
    public static final double BELIEF_UNIT = 1 << 20;
    /** Raw units per USD² in the squared-belief sums. */
    public static final double SQUARE_UNIT = 1 << 8;
    private static final int PROVINCES = Province.values().length;

    /** Offset of the informed counts in {@link #cells}. */
    private static final int INFORMED = PROVINCES * Status.COUNT;
    /** Offset of the living persons' sums by province and birth month in {@link #cells}. */
    private static final int LIVING = INFORMED + PROVINCES;

    private final Population pop;
    private final MonthClock clock;
    /**
     * Every count in one array (so that the first count can use the parallel ranges' per-worker
     * sums): persons by [province × Status.COUNT + status]; then the informed by province; then
     * for the living (not dead or defected), per (province, birth month − firstBirth), four
     * cells: persons, belief sum, squared-belief sum, loyalty sum.
     */
    private long[] cells = new long[LIVING];
    private int firstBirth;
    private int months;
    private boolean counted;
    /** The thread that ran the first census (the engine's): it adds into {@link #cells} itself. */
    private Thread owner;
    /** The other threads' additions not yet in {@link #cells} (made by the first census). */
    private WorkerCells workers;

    public CensusTally(Population pop, MonthClock clock) {
        this.pop = pop;
        this.clock = clock;
    }

    /** Person {@code i} is about to change a column the census reads: call just before the write. */
    public void changing(int i) {
        if (counted) {
            count(i, -1, target());
        }
    }

    /** Person {@code i} has changed: call just after the writes that {@link #changing} announced. */
    public void changed(int i) {
        if (counted) {
            count(i, 1, target());
        }
    }

    /**
     * Person {@code i}'s status has just been set, from {@code from}: the cheap hook for a write
     * of the status alone (it reads only the province and the status unless the person died or
     * defected).
     */
    public void moved(int i, int from) {
        if (!counted) {
            return;
        }
        WorkerCells.Copy into = target();
        int pr = pop.province[i];
        int to = pop.status[i];
        add(into, pr * Status.COUNT + from, -1);
        add(into, pr * Status.COUNT + to, 1);
        if ((from < Status.DEAD) != (to < Status.DEAD)) {
            living(i, pr, to < Status.DEAD ? 1 : -1, into);
        }
    }

    /**
     * Reads the columns that {@link #moved} reads of row {@code i} when the person enters or
     * leaves the living (military service: a soldier counts apart from them), to bring them into
     * cache ahead of the hook: birth, belief and loyalty, besides the province and status the
     * caller reads anyway. Returns a meaningless mix ({@link org.corvee.engine.RowLoads}).
     */
    public long load(int i) {
        return pop.birth[i] + Float.floatToRawIntBits(pop.belief[i]) + pop.loyalty[i];
    }

    /** As {@link #load(int)}, at the rows in positions [from, to) of {@code rows}. */
    public long load(IntList rows, int from, int to) {
        return RowLoads.of(rows, from, to, pop.birth) + RowLoads.of(rows, from, to, pop.belief)
                + RowLoads.of(rows, from, to, pop.loyalty);
    }

    /**
     * Person {@code i}'s heard and belief alone have just changed (an account heard, coming of
     * age), from
     * {@code heardBefore} and {@code beliefBefore} (call just after the writes). One hook instead
     * of a pair around the write: it reads the row's province, status and birth once and adds the
     * difference of the belief units, the same integers as taking the old contribution out and
     * putting the new one in; loyalty and the status count are left alone.
     */
    public void beliefChanged(int i, short heardBefore, float beliefBefore) {
        if (!counted) {
            return;
        }
        WorkerCells.Copy into = target();
        int pr = pop.province[i];
        int informed = (pop.heard[i] >= 0 ? 1 : 0) - (heardBefore >= 0 ? 1 : 0);
        if (informed != 0) {
            add(into, INFORMED + pr, informed);
        }
        if (pop.status[i] < Status.DEAD) {
            int k = slot(i, pr);
            float b = pop.belief[i];
            add(into, k + 1, beliefUnits(b) - beliefUnits(beliefBefore));
            add(into, k + 2, squareUnits(b) - squareUnits(beliefBefore));
        }
    }

    /**
     * The first call counts every person (in parallel over {@code ranges}) and starts the hooks;
     * later calls do nothing. Returns the number of persons it read: everyone, then 0.
     */
    public int countOnce(ParallelRanges ranges) {
        if (counted) {
            return 0;
        }
        countAll(ranges);
        workers = new WorkerCells(cells.length);
        owner = Thread.currentThread();
        counted = true;
        return pop.size;
    }

    /** Persons of province {@code pr} with status {@code status}. */
    public long persons(int pr, int status) {
        merge();
        return cells[pr * Status.COUNT + status];
    }

    /** Persons of province {@code pr} who have heard an account (heard &ge; 0), any status. */
    public long informed(int pr) {
        merge();
        return cells[INFORMED + pr];
    }

    /**
     * Sums over the living persons of province {@code pr} born in or before birth month
     * {@code lastBirth} (encoded as {@link Population#birth}): into {@code out} go the count, the
     * belief sum (units 1/{@link #BELIEF_UNIT}), the squared-belief sum (1/{@link #SQUARE_UNIT})
     * and the loyalty sum.
     */
    public void bornBy(int pr, int lastBirth, long[] out) {
        merge();
        long n = 0;
        long b = 0;
        long q = 0;
        long l = 0;
        int end = Math.min(months, lastBirth - firstBirth + 1);
        for (int k = LIVING + 4 * pr * months, last = k + 4 * end; k < last; k += 4) {
            n += cells[k];
            b += cells[k + 1];
            q += cells[k + 2];
            l += cells[k + 3];
        }
        out[0] = n;
        out[1] = b;
        out[2] = q;
        out[3] = l;
    }

    /** One person's belief in the raw units of the belief sums. */
    public static long beliefUnits(float belief) {
        return Math.round(belief * BELIEF_UNIT);
    }

    /** One person's squared belief in the raw units of the squared-belief sums. */
    public static long squareUnits(float belief) {
        return Math.round((double) belief * belief * SQUARE_UNIT);
    }

    private void countAll(ParallelRanges ranges) {
        // The birth months held, in chunks on the workers (a minimum and a maximum per chunk:
        // the same on any thread count). Births later in the run are born in the run's months;
        // none is later than its last.
        int chunks = ParallelRanges.chunks(pop.size);
        int[] lows = new int[chunks];
        int[] highs = new int[chunks];
        ranges.run(pop.size, NONE, (chunk, from, to, unused) -> {
            byte[] status = pop.status;
            short[] birth = pop.birth;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int i = from; i < to; i++) {
                if (status[i] != Status.VACANT) {
                    lo = Math.min(lo, birth[i]);
                    hi = Math.max(hi, birth[i]);
                }
            }
            lows[chunk] = lo;
            highs[chunk] = hi;
        });
        int lo = Integer.MAX_VALUE;
        int hi = clock.absolute(clock.months() - 1) - Population.BIRTH_BASE;
        for (int k = 0; k < chunks; k++) {
            lo = Math.min(lo, lows[k]);
            hi = Math.max(hi, highs[k]);
        }
        firstBirth = lo == Integer.MAX_VALUE ? 0 : lo;
        months = Math.max(1, hi - firstBirth + 1);
        cells = new long[LIVING + 4 * PROVINCES * months];
        // Each thread adds into its own delta of the cells (added into them after the run); the
        // loop is count(i, 1, ·) written out over the columns, without the copy's marks of the
        // lines written, which only the hooks' copies need: this pass runs once, on code the JIT
        // has barely compiled, so the less it does per row the better.
        ranges.run(pop.size, cells, (chunk, from, to, c) -> {
            byte[] province = pop.province;
            byte[] status = pop.status;
            short[] heard = pop.heard;
            short[] birth = pop.birth;
            float[] belief = pop.belief;
            byte[] loyalty = pop.loyalty;
            int first = firstBirth;
            int span = months;
            for (int i = from; i < to; i++) {
                int st = status[i];
                if (st == Status.VACANT) {
                    continue;
                }
                int pr = province[i];
                c[pr * Status.COUNT + st]++;
                if (heard[i] >= 0) {
                    c[INFORMED + pr]++;
                }
                if (st < Status.DEAD) {
                    int k = LIVING + 4 * (pr * span + birth[i] - first);
                    float b = belief[i];
                    c[k]++;
                    c[k + 1] += beliefUnits(b);
                    c[k + 2] += squareUnits(b);
                    c[k + 3] += loyalty[i];
                }
            }
        });
    }

    /** No counters: for a parallel run that writes only its own per-chunk results. */
    private static final long[] NONE = new long[0];

    /** Where the calling thread adds: null (the counts themselves) on the engine's thread, else its own copy. */
    private WorkerCells.Copy target() {
        return Thread.currentThread() == owner ? null : workers.mine();
    }

    /** Adds the other threads' copies into the counts: before every read. */
    private void merge() {
        if (workers != null) {
            workers.drainInto(cells);
        }
    }

    /** Adds ({@code sign} 1) or removes (-1) row i's contribution to {@code into} (null: the counts). */
    private void count(int i, int sign, WorkerCells.Copy into) {
        int pr = pop.province[i];
        int st = pop.status[i];
        if (st == Status.VACANT) {
            return; // a row that holds nobody (X1 fertility) counts nowhere
        }
        add(into, pr * Status.COUNT + st, sign);
        if (pop.heard[i] >= 0) {
            add(into, INFORMED + pr, sign);
        }
        if (st < Status.DEAD) {
            living(i, pr, sign, into);
        }
    }

    /** Row i's four cells by birth month (living persons), with {@code sign}. */
    private void living(int i, int pr, int sign, WorkerCells.Copy into) {
        int k = slot(i, pr);
        float b = pop.belief[i];
        add(into, k, sign);
        add(into, k + 1, sign * beliefUnits(b));
        add(into, k + 2, sign * squareUnits(b));
        add(into, k + 3, sign * pop.loyalty[i]);
    }

    /** Index of the first of row i's four cells by province and birth month. */
    private int slot(int i, int pr) {
        int slot = pop.birth[i] - firstBirth;
        if (slot < 0 || slot >= months) {
            throw new IllegalStateException("census: person " + i + " born in month " + pop.birth[i]
                    + ", outside the months " + firstBirth + ".." + (firstBirth + months - 1) + " counted");
        }
        return LIVING + 4 * (pr * months + slot);
    }

    /** Adds v to cell k of {@code into}, or of the counts if null. */
    private void add(WorkerCells.Copy into, int k, long v) {
        if (into == null) {
            cells[k] += v;
        } else {
            into.add(k, v);
        }
    }
}
