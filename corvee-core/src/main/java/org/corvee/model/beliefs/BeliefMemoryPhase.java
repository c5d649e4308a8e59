package org.corvee.model.beliefs;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.ConditionsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.HomeMemory;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.state.CensusTally;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;

/**
 * Memory and turnover of beliefs at home (X3, X4; switch {@code mechanism.x3_belief_memory}).
 * Each month, for every person not abroad: confidence decays by {@code beliefs.confidence_decay}
 * (trust in what one heard fades without news, so the state's promise, weighing
 * {@code propaganda_credibility × (1 − confidence)} in the expectation, regains ground: a standing
 * counterweight); resentment recovers by {@code conditions.resentment_recovery_home}; and a
 * person who turns {@code beliefs.adult_age} this month starts as an uninformed adult: a belief
 * drawn around the promise as at the start, {@code initial_confidence}, no account heard.
 *
 * <p>With news arriving to a person with probability λ a month from a source of trust τ, mean
 * confidence obeys E[c'] = (1 − δ)(E[c](1 − λτ/2) + λτ/2), so it settles at
 * c* = (1 − δ)a / (1 − (1 − δ)(1 − a)) with a = λτ/2 (tested in a mean-field world).
 *
 * <p>Scheduled, not polled: the fading is deterministic, so the phase records the month's two
 * factors in {@link HomeMemory} and each person's values are brought up to date when read or
 * written (bit for bit the values of a monthly pass); those coming of age are found in an index
 * of rows by birth month (built at the first step, births appended by demography), so a month
 * touches only them. Months outside the index's window (a timeline changing {@code adult_age})
 * fall back to a scan of the birth column.
 *
 * <p>On the phase's workers (from {@link #PARALLEL_FROM} chunks): the rows are cut into fixed
 * chunks of the month's list (so the cut does not depend on the thread count). Starting a row writes only that row (its draw is keyed by
 * the row and month) and the census's integer sums, which come out the same in any order; a list
 * that is not ascending (rows appended at birth) is first sorted with each row once, so that no
 * row is started by two chunks at a time. The result is that of the serial loop on any thread count.
 */
public final class BeliefMemoryPhase implements Phase {
    /** Rows of a birth month whose columns are loaded together ({@link #gather}). */
    private static final int BLOCK = 64;
    /**
     * Rows of a birth month per chunk of the workers: fixed, so the chunks do not depend on the
     * thread count; some 9 chunks a month at scale 0.3, 30 at full scale.
     */
    static final int CHUNK = 1024;
    /**
     * A month of fewer chunks runs them in order on the engine's thread (as the list phases do):
     * at scale 0.3 (some 9 chunks) the hand-off to the workers cost more than it saved on the
     * shared 2-core machine; at full scale (30) the workers take them. Same chunks either way.
     */
    static final int PARALLEL_FROM = 12;
    private static final long[] NO_COUNTERS = new long[0];
    private final World world;
    /** Kept so the loads of {@link #gather} are not dropped by the JIT: one sink per chunk. */
    private long[] gathered = new long[0];
    /** Scratch: a birth month's rows sorted, each once, when its list is not ascending. */
    private final IntList distinct = new IntList();

    public BeliefMemoryPhase(World world) {
        this.world = world;
    }

    @Override
    public String name() {
        return "belief-memory";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        Population pop = world.population();
        HomeMemory memory = pop.memory;
        int m = ctx.month();
        if (!p.on(MechanismKeys.X3_BELIEF_MEMORY)) {
            memory.record(m, 1f, 1f);
            return;
        }
        float keepConfidence = (float) (1 - p.get(BeliefsKeys.CONFIDENCE_DECAY));
        float keepResentment = (float) (1 - p.get(ConditionsKeys.RESENTMENT_RECOVERY_HOME));
        int now = ctx.clock().absolute(m);
        int adultMonths = p.getInt(BeliefsKeys.ADULT_AGE) * 12;
        if (memory.births() == null) {
            // Birth months of those who come of age during the run at today's adult age.
            int first = now - adultMonths - Population.BIRTH_BASE;
            memory.useBirths(RowsByMonth.of(ctx.ranges(), pop.birth, pop.size, first, ctx.clock().months() - m));
            ctx.touched(pop.size); // the one scan of the birth column that files the rows
        }
        // Born in this birth-column month: turns adult_age this month.
        Adulthood adulthood = new Adulthood(now - adultMonths - Population.BIRTH_BASE, m,
                ctx.random().stream("adult-beliefs"), p.get(BeliefsKeys.PROMISED_PAY),
                p.get(BeliefsKeys.INITIAL_SPREAD), (float) p.get(BeliefsKeys.INITIAL_CONFIDENCE));
        RowsByMonth births = memory.births();
        CensusTally census = world.census();
        if (births.covers(adulthood.born)) {
            IntList rows = births.at(adulthood.born);
            ctx.touched(rows.size());
            if (!rows.ascending()) {
                // Rows appended at birth: sorted and each once, so that no row is in two chunks.
                distinct.clear();
                distinct.addAll(rows);
                distinct.sortDistinct();
                rows = distinct;
            }
            IntList list = rows;
            int chunks = (list.size() + CHUNK - 1) / CHUNK;
            if (gathered.length < chunks) {
                gathered = new long[Math.max(chunks, 2 * gathered.length)];
            }
            ctx.ranges().run(list.size(), CHUNK, PARALLEL_FROM, NO_COUNTERS, (chunk, from, to, none) -> {
                long bits = 0;
                for (int k = from; k < to; k += BLOCK) {
                    int end = Math.min(to, k + BLOCK);
                    bits += gather(pop, list, k, end);
                    for (int q = k; q < end; q++) {
                        adulthood.start(pop, census, list.get(q));
                    }
                }
                gathered[chunk] = bits; // once per chunk: the chunks' sinks share cache lines
            });
        } else {
            ctx.touched(pop.size);
            ctx.ranges().run(pop.size, NO_COUNTERS, (chunk, from, to, none) -> {
                for (int i = from; i < to; i++) {
                    adulthood.start(pop, census, i);
                }
            });
        }
        memory.record(m, keepConfidence, keepResentment);
    }

    /**
     * Loads the columns read or written by {@link Adulthood#start} for rows {@code from..to} of the
     * list before any is started: the rows of one birth month lie far apart, and independent loads
     * let the processor overlap their cache misses (the memory's base months and the confidence
     * too: settling reads them and the start writes them). Reads only.
     */
    private static long gather(Population pop, IntList rows, int from, int to) {
        long acc = pop.memory.load(pop, rows, from, to);
        for (int k = from; k < to; k++) {
            int i = rows.get(k);
            acc += pop.birth[i] + pop.status[i] + pop.heard[i] + pop.province[i]
                    + Float.floatToRawIntBits(pop.belief[i]);
        }
        return acc;
    }

    /** This month's coming of age: those born in birth-column month {@code born}. */
    private record Adulthood(int born, int m, long stream, double promise, double spread, float initial) {
        /** Row {@code i} starts as an uninformed adult if born in {@link #born} and not abroad. */
        void start(Population pop, CensusTally census, int i) {
            if (pop.birth[i] != born || pop.status[i] >= Status.ABROAD) {
                return; // a row since reborn, or abroad, dead or defected
            }
            // The months before this one fade the resentment; this month's fading is skipped, as
            // in the monthly pass, which left those coming of age untouched otherwise.
            pop.settle(i);
            short heardBefore = pop.heard[i];
            float beliefBefore = pop.belief[i];
            double z = RandomStreams.normal(stream, i, m, 0);
            pop.belief[i] = (float) (promise * Math.exp(spread * z - spread * spread / 2));
            pop.confidence[i] = initial;
            pop.heard[i] = -1;
            pop.memory.freshNextMonth(i);
            census.beliefChanged(i, heardBefore, beliefBefore); // heard and belief alone changed
        }
    }
}
