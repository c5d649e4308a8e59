package org.corvee.model.state;

import java.util.Arrays;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * The watch on the families of workers abroad (OD7) kept where it changes, not walked monthly.
 *
 * <p>The rule: each month (a "tick" of the family-watch phase) every member of a worker's
 * household, other than the worker, adds the month's watch risk to their perceived risk, once
 * per member of the household abroad. Walking the member lists of every worker abroad each
 * month costs a cache miss per member (members are scattered once births and marriages move
 * people). Instead, per household, the number of members abroad (watchers) and the count of
 * watcher-months so far (its tally) are kept, updated where a worker leaves or comes home; per
 * row, the tally at which its risk was last brought up to date. A row's pending additions are
 * the tally's growth since then, less the months it watched itself; they are added to its risk
 * ({@link #settle}) only before anything reads or otherwise changes that risk: the application
 * round, the punishment of a defector's family, news of a group event, a move to another
 * household. A worker abroad keeps its mark in "watcher form" (its row value less the ticks),
 * so the months it watched are left out without being counted.
 *
 * <p>Byte-identical to the monthly walk: between two settlements a row's risk receives only
 * watch additions, all of the same float value (a household lives in one province: marriages
 * are within a province and a child takes the mother's; the value changes over a run only with
 * the parameters, and then every pending addition is settled first, {@link #tick}), so adding
 * them one by one at settlement gives the same float as adding them month by month (a settled
 * row owes 20 months on average, at most a few hundred: the loop is cheap).
 *
 * <p>Rows with pending additions carry {@link PersonFlags#AT_RISK} (set when a household gains a
 * watcher, and for a newcomer to a watched household), so the application round settles only
 * rows it would read the risk of anyway. Costs four bytes per row and twelve per household id.
 * Written by sequential phases, and by the demography's births ({@link #joined}: the row's
 * mark and flag, after {@link #cover}); {@link #settle} is row-local (the parallel application
 * round calls it for its own rows).
 */
public final class WatchLedger {
    private static final int STRIDE = 3;
    private final Population pop;
    /** Per household h: [3h] tally of watcher-months up to tick [3h+1]; [3h+2] watchers now. */
    private int[] homes;
    /** Per row: the household tally its risk is settled to (a watcher's: that tally less the ticks). */
    private final int[] settledTo;
    private int ticks;
    private float add;
    private float addCapital;
    private final int capital = Province.PYONGYANG.ordinal();

    /** A ledger over {@code pop} as it stands (no watch month yet): every worker abroad counted as a watcher. */
    public WatchLedger(Population pop) {
        this.pop = pop;
        this.settledTo = new int[pop.size];
        this.homes = new int[STRIDE * Math.max(1, pop.households.count())];
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] == Status.ABROAD) {
                homes[STRIDE * ensure(pop.household[i]) + 2]++;
            }
        }
        Households members = pop.households;
        for (int h = 0; h < members.count(); h++) {
            int watchers = homes[STRIDE * h + 2];
            if (watchers == 0) {
                continue;
            }
            for (int j = members.first(h); j != Households.NONE; j = members.next(j)) {
                if (pop.status[j] != Status.ABROAD || watchers > 1) {
                    pop.flags[j] |= PersonFlags.AT_RISK;
                }
            }
        }
    }

    /**
     * One month of watching, adding {@code add} (× the capital factor: {@code addCapital} in
     * Pyongyang) per watcher. Settles every pending addition first if the values changed (a
     * parameter set by the timeline), so that a row's pending additions always share one value.
     * Returns the rows read (0 unless the values changed).
     */
    public long tick(float add, float addCapital) {
        long read = 0;
        if (ticks > 0 && (Float.floatToRawIntBits(add) != Float.floatToRawIntBits(this.add)
                || Float.floatToRawIntBits(addCapital) != Float.floatToRawIntBits(this.addCapital))) {
            settleAll();
            read = pop.size;
        }
        this.add = add;
        this.addCapital = addCapital;
        ticks++;
        return read;
    }

    /** Brings every row's perceived risk up to date (rows with pending additions are marked AT_RISK). */
    public void settleAll() {
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] != Status.VACANT && (pop.flags[i] & PersonFlags.AT_RISK) != 0) {
                settle(i, pop.status[i] == Status.ABROAD);
            }
        }
    }

    /** Brings row {@code i}'s perceived risk up to date (a row abroad is a watcher). */
    public void settle(int i) {
        settle(i, pop.status[i] == Status.ABROAD);
    }

    /** As {@link #settle(int)} for a row known to be at home (not abroad: no watcher). */
    public void settleAtHome(int i) {
        settle(i, false);
    }

    /**
     * Reads the cells that {@link #settleAtHome} reads for row {@code i} (its mark, its
     * household's tally; the household id is read here too, so load it ahead first), to bring
     * them into cache ahead of the settlement. Returns a meaningless mix
     * ({@link org.corvee.engine.RowLoads}).
     */
    public long load(int i) {
        int x = STRIDE * pop.household[i];
        return settledTo[i] + (x < homes.length ? homes[x] + homes[x + 1] + homes[x + 2] : 0);
    }

    /** Row {@code i}, at home until now, has just gone abroad: it watches its household from now on. */
    public void leftHome(int i) {
        int h = pop.household[i];
        leavingHome(i);
        int before = addWatcher(h);
        markWatched(h, before > 0 ? Households.NONE : i);
    }

    /**
     * The part of {@link #leftHome} that writes only row {@code i} (its pending additions settled,
     * its mark put in watcher form): safe in parallel chunks, each on its own rows, while no
     * {@link #addWatcher} runs. A household's tally is the same before and after a fold, so this
     * may come before or after the {@link #addWatcher} of another member leaving in the same month.
     */
    public void leavingHome(int i) {
        settle(i, false);
        settledTo[i] -= ticks;
    }

    /**
     * The part of {@link #leftHome} that changes household {@code h}'s count (one thread, in the
     * order of departures): one more watcher. Returns the watchers before.
     */
    public int addWatcher(int h) {
        int before = fold(h);
        homes[STRIDE * h + 2] = before + 1;
        return before;
    }

    /**
     * The part of {@link #leftHome} that marks household {@code h}'s members as owing watch
     * additions ({@link PersonFlags#AT_RISK}), all but {@code except} (a first watcher owes its own
     * household nothing; {@link Households#NONE} for none). Writes only the flags of h's members: safe
     * in parallel on distinct households.
     */
    public void markWatched(int h, int except) {
        Households members = pop.households;
        for (int j = members.first(h); j != Households.NONE; j = members.next(j)) {
            if (j != except) {
                pop.flags[j] |= PersonFlags.AT_RISK;
            }
        }
    }

    /**
     * As {@link #markWatched(int, int)} for the first {@code n} households of {@code households},
     * each with its own {@code except}, their member lists walked side by side ({@code cursor}:
     * scratch of at least {@code n}). One list is a chain of cache misses, each member's next read
     * from the member before (members are scattered once people are born and marry); walked one
     * household after another, they are waited for one at a time, while a step of every list at
     * once has the misses of all the lists in flight together. The flags end the same whatever
     * the order: each mark only sets the bit.
     */
    public void markWatched(int[] households, int[] except, int n, int[] cursor) {
        Households members = pop.households;
        byte[] flags = pop.flags;
        for (int s = 0; s < n; s++) {
            cursor[s] = members.first(households[s]);
        }
        for (int walking = n; walking > 0; ) {
            walking = 0;
            for (int s = 0; s < n; s++) {
                int j = cursor[s];
                if (j != Households.NONE) {
                    if (j != except[s]) {
                        flags[j] |= PersonFlags.AT_RISK;
                    }
                    cursor[s] = members.next(j);
                    walking++;
                }
            }
        }
    }

    /** Row {@code i}, abroad until now, has come home, died or defected: it watches no more. */
    public void stoppedWatching(int i) {
        int h = pop.household[i];
        settle(i, true);
        homes[STRIDE * h + 2] = fold(h) - 1;
        settledTo[i] += ticks;
    }

    /** Row {@code i} (at home) is about to leave its household: its pending additions are settled. */
    public void leaving(int i) {
        settle(i, false);
    }

    /**
     * Row {@code i} (at home) has just joined its household ({@link Population#household}), or
     * been born into its row: it owes nothing for the months before; marked if watched.
     */
    public void joined(int i) {
        int h = ensure(pop.household[i]);
        settledTo[i] = tally(h);
        if (homes[STRIDE * h + 2] > 0) {
            pop.flags[i] |= PersonFlags.AT_RISK;
        }
    }

    /**
     * Reads the cells that {@link #joined} will touch for row {@code i} joining household
     * {@code h} (its mark, the household's tally and watchers), to bring them into cache ahead of
     * the update; returns a meaningless mix.
     */
    public long load(int i, int h) {
        int x = STRIDE * h;
        return settledTo[i] + (x + 2 < homes.length ? homes[x] + homes[x + 2] : 0);
    }

    /**
     * Makes room for the households of ids below {@code households}, so that {@link #joined} then
     * writes only its row and reads its household (callers on several threads, each on its own
     * households: the demography's births).
     */
    public void cover(int households) {
        if (households > 0) {
            ensure(households - 1);
        }
    }

    /** Bytes held (four per row, twelve per household id). */
    public long bytes() {
        return 4L * settledTo.length + 4L * homes.length;
    }

    private void settle(int i, boolean watcher) {
        int h = pop.household[i];
        int due = tally(h) - (watcher ? ticks : 0) - settledTo[i];
        if (due <= 0) {
            return;
        }
        float a = pop.province[i] == capital ? addCapital : add;
        float r = pop.risk[i];
        for (int k = 0; k < due; k++) {
            r += a;
        }
        pop.risk[i] = r;
        pop.flags[i] |= PersonFlags.AT_RISK;
        settledTo[i] += due;
    }

    /** Household h's watcher-months up to now. */
    private int tally(int h) {
        int x = STRIDE * h;
        return x >= homes.length ? 0 : homes[x] + homes[x + 2] * (ticks - homes[x + 1]);
    }

    /** Brings household h's tally up to now (before its watchers change) and returns its watchers. */
    private int fold(int h) {
        int x = STRIDE * ensure(h);
        homes[x] = tally(h);
        homes[x + 1] = ticks;
        return homes[x + 2];
    }

    private int ensure(int h) {
        int need = STRIDE * (h + 1);
        if (need > homes.length) {
            homes = Arrays.copyOf(homes, Math.max(need, homes.length + (homes.length >> 1) + STRIDE * 16));
        }
        return h;
    }
}
