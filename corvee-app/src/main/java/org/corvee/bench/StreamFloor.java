package org.corvee.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.PhaseObserver;
import org.corvee.engine.SocialNetwork;
import org.corvee.engine.StepContext;
import org.corvee.model.DemographyMetrics;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PostingsKeys;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.postings.Cohort;
import org.corvee.model.postings.Postings;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;

/**
 * The memory-speed floor of each phase, measured in the same run, month by month, on the same
 * workers: the time to read that phase's columns once, as a plain parallel sum (demography's
 * also writes the columns of its births' rows, below).
 *
 * <p>What each floor reads (stated here because it is what the printed ratio means):
 * <ul>
 *   <li>census, demography, belief-memory — scheduled phases: they read the rows whose turn has
 *       come, not every row, and report how many ({@link StepContext#touched}). Their floor is
 *       the time to read their columns at as many rows as they touched that month, drawn at
 *       random (their rows lie scattered: the dead, the picked mothers and spouses, the rows
 *       whose memory is due), a whole pass of the table counting as a stream of it (their first
 *       month's filings). Beside it, {@link #pollTotals()} keeps what reading those columns of
 *       every row each month would cost (the poll the schedule replaced). Columns: census —
 *       province, status, heard, birth and belief (its hooks' reads are done, and counted, by
 *       the phases that change a row, so after its first count it touches none); demography —
 *       death, status, posting, birth and sex (the due deaths' and the picks' tests), and at as
 *       many other random rows as the month's births every column of {@link Population} a
 *       newborn writes ({@link #newborn}), each rewritten with its own value (a birth takes a
 *       row whose columns all change; the household's links and the weddings' writes are left
 *       out, so the ratio still errs high); belief-memory —
 *       status, birth, confidence and resentment;</li>
 *   <li>application — status, birth and songbun of every row. The phase visits every twelfth
 *       row, but 12 bytes of stride is less than a 64-byte cache line, so all those lines are
 *       loaded anyway. The columns it reads only for eligible persons (province, urban, belief,
 *       confidence, savings) are left out, so this floor is low and the ratio errs high;</li>
 *   <li>selection, departure, abroad, work-conditions, defection, abroad-census — list phases
 *       that touch few rows: their floor is a gather of the columns they read at the rows
 *       actually on their list this month (applicants; the screening queue; workers abroad);</li>
 *   <li>military-service — birth, sex, status and posting at the rows of this month's bucket
 *       of the birth-month index (everyone turning the enlistment age: the rows the phase checks;
 *       it reads status and posting of the men only, but more columns of those who enlist, and a
 *       discharge wave's soldiers are left out); in its first month, before the index is built,
 *       birth and sex of every row (its pass over the birth column);</li>
 *   <li>family-watch — scheduled too: its ledger counts the watchers where workers leave and
 *       come back, and passes the table (status and flags) only in a month the watch's values
 *       change; its floor is that pass, its poll the walk it replaced (for each worker abroad,
 *       household, then province and risk of every household member);</li>
 *   <li>posting-site-life, posting-census — the per-member arrays of every cohort with someone
 *       on site (flags, resentments, fear, distance; for site life also each member's status);</li>
 *   <li>word of mouth — for each speaker this month, status and household and the start of
 *       their ties; then, at as many random rows as the accounts the phase reports told this
 *       month (its touched rows less its speakers), a listener's status read and heard, belief
 *       and confidence rewritten with their own values (an account changes them). The phase
 *       reaches a tie only when the draw says the account is told (half the ties of a returnee,
 *       a few of a relay's). Its poll is what reading status, heard, belief and confidence of
 *       every household member and every tie of every speaker would cost (its floor until
 *       2026-12-03, when the ratio erred low: 0.4).</li>
 * </ul>
 * List floors are gathered in parallel over the list; the list phases, which work their rows in
 * parallel chunks but what rows share on one thread in list order (selection: all on one
 * thread), are thus compared with what two threads could do with no serial part. Phases without a floor (timeline, host-policy,
 * host-report, outside-source with no reach, posting-assignment, posting-housing) read no
 * column in bulk or only the list of workers abroad.
 * Observing does not change the world; the observer's own time (floors and the list copies
 * they need) is summed in {@link #overheadNanos()} so that the bench can leave it out of the
 * run's wall time.
 */
public final class StreamFloor implements PhaseObserver {
    private final World world;
    private final Postings postings;
    /** The month's births are read from the counters after the demography phase (null: no births' writes). */
    private final DemographyMetrics demography;
    /**
     * Always 0, but a field the compiler cannot take for a constant: the births' floor rewrites each
     * value as itself xor this, so the stores are made and the world is left as it was.
     */
    private int unchanged;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> poll = new LinkedHashMap<>();
    private final IntList rows = new IntList();
    /** The speakers listed when word of mouth began this month (its touched rows count them, then the accounts told). */
    private long speakersBefore;
    /** Rows drawn at random, once, for the scheduled phases' floors (walked round by {@link #scattered}). */
    private int[] randomRows;
    private int nextRandom;
    private long sink;
    private long overhead;

    public StreamFloor(World world, Postings postings, DemographyMetrics demography) {
        this.world = world;
        this.postings = postings;
        this.demography = demography;
    }

    /**
     * The columns of {@link Population} a newborn's row gets written ({@code Newborn}: its own
     * draws and defaults, the mother's province, place, class and flags, the household, the home
     * memory's settled month).
     */
    private static Object[] newborn(Population pop) {
        return new Object[] {pop.province, pop.urban, pop.songbun, pop.flags, pop.household, pop.sex, pop.birth,
            pop.death, pop.loyalty, pop.belief, pop.confidence, pop.savings, pop.debt, pop.status, pop.destination,
            pop.due, pop.departed, pop.heard, pop.returned, pop.kept, pop.posting, pop.cohort, pop.resentment,
            pop.risk, pop.worksite, pop.settled};
    }

    @Override
    public void before(Phase phase, StepContext ctx) {
        DispatchState state = world.dispatch();
        Population pop = world.population();
        ParallelRanges ranges = ctx.ranges();
        long start = System.nanoTime();
        long t0 = start;
        long s;
        switch (phase.name()) {
            case "selection" -> {
                rows.clear();
                for (IntList l : state.applicantsByChunk) {
                    for (int k = 0; k < l.size(); k++) {
                        rows.add(l.get(k));
                    }
                }
                t0 = System.nanoTime();
                s = gather(ranges, rows, pop.province, pop.songbun, pop.status, pop.savings);
            }
            case "departure" -> s = gather(ranges, state.screening, pop.destination, pop.status, pop.province,
                    pop.songbun);
            // The passes over the workers abroad read destination, worksite, province, urban, the
            // soldier flag and the month due from the list (DispatchState), the status only after someone left.
            case "abroad" -> s = gather(ranges, state.abroad, pop.debt, pop.savings, pop.kept);
            case "word-of-mouth" -> {
                // its poll, every tie of every speaker; its floor is taken after it (accounts told)
                s = speakers(ranges, pop, world.network(), state.speakers);
                poll.merge(phase.name(), System.nanoTime() - t0, Long::sum);
                speakersBefore = state.speakers.size();
                sink += s;
                overhead += System.nanoTime() - start;
                return;
            }
            case "work-conditions" -> s = gather(ranges, state.abroad, pop.resentment, pop.province);
            case "defection" -> s = gather(ranges, state.abroad, pop.loyalty, pop.resentment);
            case "abroad-census" -> s = gather(ranges, state.abroad, pop.flags, pop.resentment);
            case "military-service" -> s = service(ranges, pop, ctx);
            case "posting-site-life" -> s = cohorts(pop, true);
            case "posting-census" -> s = cohorts(pop, false);
            default -> {
                return;
            }
        }
        long end = System.nanoTime();
        add(phase.name(), end - t0, s);
        overhead += end - start;
    }

    @Override
    public void after(Phase phase, StepContext ctx) {
        Population pop = world.population();
        long t0 = System.nanoTime();
        long s;
        switch (phase.name()) {
            case "census" -> s = scheduled(phase.name(), ctx, pop, pop.province, pop.status, pop.heard, pop.birth,
                    pop.belief);
            case "application" -> {
                s = stream(ctx.ranges(), pop.size, pop.status, pop.birth, pop.songbun);
                add(phase.name(), System.nanoTime() - t0, s);
            }
            case "demography" -> s = scheduled(phase.name(), ctx, pop, pop.death, pop.status, pop.posting, pop.birth,
                    pop.sex) + births(ctx, pop);
            case "belief-memory" -> s = scheduled(phase.name(), ctx, pop, pop.status, pop.birth, pop.confidence,
                    pop.resentment);
            case "word-of-mouth" -> s = accounts(ctx, pop, world.network(), world.dispatch().speakers);
            case "family-watch" -> {
                // its poll is the walk of the workers' households that its ledger replaced
                s = households(ctx.ranges(), pop, world.dispatch().abroad);
                poll.merge(phase.name(), System.nanoTime() - t0, Long::sum);
                s += scheduledFloor(phase.name(), ctx, pop, pop.status, pop.flags);
            }
            default -> {
                return;
            }
        }
        sink += s;
        overhead += System.nanoTime() - t0;
    }

    /**
     * A scheduled phase's poll (its columns of every row, into {@link #poll}) and floor (its
     * columns at as many rows as it touched this month: a stream per whole pass of the table,
     * the rest at random rows, {@link #scheduledFloor}).
     */
    private long scheduled(String phase, StepContext ctx, Population pop, Object... columns) {
        long t0 = System.nanoTime();
        long s = stream(ctx.ranges(), pop.size, columns);
        poll.merge(phase, System.nanoTime() - t0, Long::sum);
        return s + scheduledFloor(phase, ctx, pop, columns);
    }

    /** The floor of {@link #scheduled}: a stream per whole pass of the table touched, the rest at random rows. */
    private long scheduledFloor(String phase, StepContext ctx, Population pop, Object... columns) {
        ParallelRanges ranges = ctx.ranges();
        long s = 0;
        long touched = ctx.work().touched();
        int[] picked = scattered((int) (touched % pop.size), pop.size);
        long t1 = System.nanoTime();
        for (long pass = touched / pop.size; pass > 0; pass--) {
            s += stream(ranges, pop.size, columns);
        }
        s += gather(ranges, picked, columns);
        nanos.merge(phase, System.nanoTime() - t1, Long::sum);
        return s;
    }

    /**
     * The births' part of demography's floor ({@link #newborn}): every column a newborn writes,
     * rewritten with its own value at as many random rows as the month's births.
     */
    private long births(StepContext ctx, Population pop) {
        if (demography == null) {
            return 0;
        }
        long[] c = ctx.counters();
        int base = demography.births.base();
        long born = 0;
        for (int k = 0; k < demography.births.size(); k++) {
            born += c[base + k];
        }
        if (born == 0) {
            return 0;
        }
        int[] rows = scattered((int) Math.min(born, pop.size), pop.size);
        int zero = unchanged;
        long t0 = System.nanoTime();
        long[] total = new long[1];
        Object[] columns = newborn(pop);
        ctx.ranges().run(rows.length, total, (chunk, from, to, sum) -> {
            long s = 0;
            for (Object col : columns) {
                s += Columns.rewrite(col, rows, from, to, zero);
            }
            sum[0] += s;
        });
        nanos.merge("demography", System.nanoTime() - t0, Long::sum);
        return total[0];
    }

    /**
     * {@code n} rows of [0, size) at random: the next {@code n} of a million rows drawn once (a
     * fixed seed, no stream of the model's), walked round; the lines of a million scattered rows
     * do not stay in the cache from one month to the next.
     */
    private int[] scattered(int n, int size) {
        if (randomRows == null) {
            SplittableRandom r = new SplittableRandom(15);
            randomRows = new int[Math.min(size, 1 << 20)];
            for (int k = 0; k < randomRows.length; k++) {
                randomRows[k] = r.nextInt(size);
            }
        }
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = randomRows[nextRandom];
            nextRandom = nextRandom + 1 == randomRows.length ? 0 : nextRandom + 1;
        }
        return out;
    }

    private void add(String phase, long ns, long s) {
        nanos.merge(phase, ns, Long::sum);
        sink += s;
    }

    /** Floor nanoseconds per phase over the run so far (phases without a floor are absent). */
    public Map<String, Long> totals() {
        return new LinkedHashMap<>(nanos);
    }

    /**
     * Per scheduled phase (census, demography, belief-memory), what reading its columns of every
     * row each month would have cost over the run so far: the poll its schedule replaced.
     */
    public Map<String, Long> pollTotals() {
        return new LinkedHashMap<>(poll);
    }

    /** Nanoseconds the observer itself spent (floors and list copies) over the run so far. */
    public long overheadNanos() {
        return overhead;
    }

    /** A value depending on everything read, so the reads cannot be optimised away. */
    public long checksum() {
        return sink;
    }

    /** Sum of all elements of the given columns over rows [0, n), on the run's workers. */
    static long stream(ParallelRanges ranges, int n, Object... columns) {
        long[] total = new long[1];
        ranges.run(n, total, (chunk, from, to, c) -> {
            long s = 0;
            for (Object col : columns) {
                s += Columns.sum(col, from, to);
            }
            c[0] += s;
        });
        return total[0];
    }

    /** Sum of the given columns at the rows listed in {@code list}, on the run's workers. */
    static long gather(ParallelRanges ranges, IntList list, Object... columns) {
        return gather(ranges, list.toArray(), columns);
    }

    /** Sum of the given columns at rows {@code ids}, on the run's workers. */
    static long gather(ParallelRanges ranges, int[] ids, Object... columns) {
        long[] total = new long[1];
        if (ids.length == 0) {
            return 0;
        }
        ranges.run(ids.length, total, (chunk, from, to, c) -> {
            long s = 0;
            for (Object col : columns) {
                s += Columns.gather(col, ids, from, to);
            }
            c[0] += s;
        });
        return total[0];
    }

    private static long speakers(ParallelRanges ranges, Population pop, SocialNetwork net, IntList speakers) {
        long[] total = new long[1];
        int[] ids = speakers.toArray();
        ranges.run(ids.length, total, (chunk, from, to, c) -> {
            long s = 0;
            for (int k = from; k < to; k++) {
                int sp = ids[k];
                s += pop.status[sp];
                for (int j = pop.households.first(pop.household[sp]); j >= 0; j = pop.households.next(j)) {
                    s += listener(pop, j);
                }
                for (int e = net.start(sp); e < net.end(sp); e++) {
                    s += listener(pop, net.target(e));
                }
            }
            c[0] += s;
        });
        return total[0];
    }

    /**
     * Word of mouth's floor: each speaker's status, household and first tie; then, at as many
     * random rows as accounts told this month, a listener's status read and heard, belief and
     * confidence rewritten with their own values.
     */
    private long accounts(StepContext ctx, Population pop, SocialNetwork net, IntList speakers) {
        long told = Math.max(0, ctx.work().touched() - speakersBefore);
        int[] listeners = scattered((int) Math.min(told, pop.size), pop.size);
        int[] ids = speakers.toArray();
        int zero = unchanged;
        long t0 = System.nanoTime();
        long[] total = new long[1];
        ParallelRanges ranges = ctx.ranges();
        if (ids.length > 0) {
            ranges.run(ids.length, total, (chunk, from, to, c) -> {
                long s = Columns.gather(pop.status, ids, from, to) + Columns.gather(pop.household, ids, from, to);
                for (int k = from; k < to; k++) {
                    int e = net.start(ids[k]);
                    s += e + (e < net.end(ids[k]) ? net.target(e) : 0);
                }
                c[0] += s;
            });
        }
        if (listeners.length > 0) {
            ranges.run(listeners.length, total, (chunk, from, to, c) -> {
                c[0] += Columns.gather(pop.status, listeners, from, to)
                        + Columns.rewrite(pop.heard, listeners, from, to, zero)
                        + Columns.rewrite(pop.belief, listeners, from, to, zero)
                        + Columns.rewrite(pop.confidence, listeners, from, to, zero);
            });
        }
        nanos.merge("word-of-mouth", System.nanoTime() - t0, Long::sum);
        return total[0];
    }

    private static long households(ParallelRanges ranges, Population pop, IntList workers) {
        long[] total = new long[1];
        int[] ids = workers.toArray();
        ranges.run(ids.length, total, (chunk, from, to, c) -> {
            long s = 0;
            for (int k = from; k < to; k++) {
                for (int j = pop.households.first(pop.household[ids[k]]); j >= 0; j = pop.households.next(j)) {
                    s += pop.province[j] + Float.floatToRawIntBits(pop.risk[j]);
                }
            }
            c[0] += s;
        });
        return total[0];
    }

    /**
     * Military service: birth, sex, status and posting at the rows of this month's bucket of the
     * birth-month index (everyone turning the enlistment age, the rows whose checks the phase
     * reads); where the index does not hold the bucket (the first month), birth and sex of every
     * row, as the phase's pass over the birth column.
     */
    private long service(ParallelRanges ranges, Population pop, StepContext ctx) {
        Parameters p = world.parameters();
        if (!p.on(MechanismKeys.X1_MILITARY_SERVICE)) {
            return 0;
        }
        int born = ctx.clock().absolute(ctx.month()) - p.getInt(PostingsKeys.ENLIST_AGE) * 12 - Population.BIRTH_BASE;
        RowsByMonth births = pop.memory.births();
        if (births == null || !births.covers(born)) {
            return stream(ranges, pop.size, pop.birth, pop.sex);
        }
        return gather(ranges, births.at(born), pop.birth, pop.sex, pop.status, pop.posting);
    }

    /** Sequential read of the per-member arrays of cohorts with someone on site (as the phases run). */
    private long cohorts(Population pop, boolean withStatus) {
        long s = 0;
        for (Cohort co : postings.cohorts()) {
            if (co.onSite() == 0) {
                continue;
            }
            int n = co.members.length;
            s += Columns.sum(co.flags, 0, n) + Columns.sum(co.resentment, 0, n)
                    + Columns.sum(co.resentmentWithoutSessions, 0, n);
            if (withStatus) {
                s += Columns.sum(co.fear, 0, n) + Columns.sum(co.kilometres, 0, n)
                        + Columns.gather(pop.status, co.members, 0, n);
            }
        }
        return s;
    }

    private static long listener(Population pop, int j) {
        return pop.status[j] + pop.heard[j] + Float.floatToRawIntBits(pop.belief[j])
                + Float.floatToRawIntBits(pop.confidence[j]);
    }
}
