package org.corvee.model.beliefs;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.Population;

/**
 * Applies one month's planned turns of word of mouth ({@link TalkPlan}s, taken in order as one
 * plan) to the listeners, on several threads when there are several, with the results of
 * applying them one by one in the plan's order.
 *
 * <p>Used by word of mouth ({@link Accounts}) and by the replay of the history before the start
 * ({@link HistoryAccounts}), each with its own rule for what an account does ({@link Hearing}).
 *
 * <p>Why the listeners can be cut: an account writes only its listener's row ({@link Hearing}),
 * and a row's updates (order-dependent float arithmetic) stay in the plan's order if one thread
 * applies all of the row's accounts in that order. So the accounts are sorted, stably, by the
 * part of the population their listener's row falls in (contiguous row ranges whose bounds
 * depend on the population's size alone), and the parts are applied side by side. What crosses
 * rows is the report: a relay reports its belief as it stands at its turn, after the accounts
 * it heard earlier in the month; {@link RelayReports} works those reports out first from the
 * accounts heard by relays, found while the accounts are counted by part. The sort is a
 * counting sort over fixed chunks of the plan, each chunk counted and then written out on
 * whichever thread, at offsets that do not depend on the threads. The new listeners, who relay
 * next month, are listed in the order of the account each first heard, as when the accounts
 * were applied one by one; counts are sums; the census sums integers.
 *
 * <p>On one thread too the sorted accounts are applied, not the plan in its order: a part's rows
 * lie together, so applying part by part reads fewer pages and cache lines apart (about −15 to
 * −20% of the accounts' time at scale 0.3). Applying the plan in its order, one account after
 * another, is kept as the reference the sorted application is tested against
 * ({@link #Hearings(Population, boolean)}).
 */
final class Hearings {
    /** Listeners whose columns are loaded together, this many to twice as many ahead of their update. */
    private static final int AHEAD = 32;
    /**
     * The population's rows are cut into at most this many parts, so that a part's rows lie close
     * together (at scale 0.3, 16 parts were a few percent slower, 8,192 no faster).
     */
    private static final int PARTS = 1024;
    /** Parts applied together on one thread, in order: a share. */
    private static final int SHARE = 64;
    private static final int SHARES = PARTS / SHARE;
    /** Accounts per chunk of the counting and the writing out. */
    private static final int CHUNK = 1 << 14;
    /** No new listener at this position of the plan ({@link #byPosition}). */
    private static final int NO_ONE = -1;

    private final Population pop;
    /** The month's plans as one. */
    private final TalkPlan month = new TalkPlan();
    private final RelayReports relays = new RelayReports();
    /** Per chunk of the plan and part: the accounts counted, then where the chunk writes the part's next one. */
    private int[] offsets = new int[0];
    /** Per chunk: the accounts heard by relays, as triples (position, turn, slot of the relay). */
    private IntList[] heardByRelays = new IntList[0];
    private final IntList heard = new IntList();
    /** First account of each part in the sorted accounts, and the end of the last. */
    private final int[] partFrom = new int[PARTS + 1];
    /** The accounts sorted by part, in the plan's order within a part. */
    private int[] rows = new int[0];
    private int[] at = new int[0];
    private float[] reports = new float[0];
    private byte[] sources = new byte[0];
    /** Per share, and last for the accounts applied in order: pairs (plan position, row) of new listeners. */
    private final IntList[] fresh = new IntList[SHARES + 1];
    /**
     * The new listeners by their position in the month's plan, {@link #NO_ONE} where the account
     * made no one new: scattered there from {@link #fresh} and read back in position order.
     */
    private int[] byPosition = new int[0];
    /** Kept so the rows' columns are loaded ahead of their update (the JIT may not drop the loads). */
    private final int[] gathered = new int[SHARES + 1];

    /** Applies the plan in its order, one account after another, instead of sorted: the reference. */
    private final boolean inOrder;

    /**
     * Applies the accounts to the rows of {@code pop}: sorted by part, or, if {@code inOrder},
     * in the plan's order on one thread (the reference for tests).
     */
    Hearings(Population pop, boolean inOrder) {
        this.pop = pop;
        this.inOrder = inOrder;
        for (int p = 0; p <= SHARES; p++) {
            fresh[p] = new IntList();
        }
    }

    /**
     * Applies the turns of {@code plans}, in order, by {@code accounts}, counting into {@code c};
     * fills {@code fresh} with the month's new listeners in the order of their first account.
     */
    void apply(TalkPlan[] plans, Hearing accounts, ParallelRanges ranges, long[] c, IntList newListeners) {
        for (IntList list : fresh) {
            list.clear();
        }
        int told = 0;
        for (TalkPlan plan : plans) {
            told += plan.told();
        }
        if (inOrder) {
            inOrder(plans, accounts, c);
        } else {
            byPart(plans, accounts, ranges, c);
        }
        inPlanOrder(told, newListeners);
    }

    /** The accounts in the plan's order on this thread, the listeners' rows loaded ahead. */
    private void inOrder(TalkPlan[] plans, Hearing accounts, long[] c) {
        int base = 0;
        for (TalkPlan plan : plans) {
            int told = plan.told();
            int loaded = 0;
            for (int g = 0; g < plan.turns(); g++) {
                int s = plan.speaker(g);
                float report = plan.firstHand(g) ? pop.kept[s] : pop.belief[s];
                for (int q = plan.start(g); q < plan.end(g); q++) {
                    while (loaded < told && loaded <= q + AHEAD) {
                        for (int k = loaded, to = Math.min(told, loaded + AHEAD); k < to; k++) {
                            gathered[SHARES] += accounts.load(plan.listener(k));
                        }
                        loaded += AHEAD;
                    }
                    accounts.listen(plan.listener(q), report, source(plan, g, q), c, fresh[SHARES], base + q);
                }
            }
            base += told;
        }
    }

    /** The accounts sorted by part, the relays' reports worked out, then the parts side by side. */
    private void byPart(TalkPlan[] plans, Hearing accounts, ParallelRanges ranges, long[] c) {
        month.clear();
        for (TalkPlan plan : plans) {
            month.append(plan);
        }
        int n = month.told();
        int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros((pop.size - 1) / PARTS));
        int parts = pop.size == 0 ? 0 : ((pop.size - 1) >>> shift) + 1;
        int chunks = (n + CHUNK - 1) / CHUNK;
        prepare(n, chunks);
        relays.start(month);
        ranges.run(n, CHUNK, c, (chunk, from, to, none) -> count(chunk, from, to, shift));
        heard.clear();
        for (int k = 0; k < chunks; k++) {
            IntList h = heardByRelays[k];
            for (int i = 0; i < h.size(); i++) {
                heard.add(h.get(i));
            }
        }
        relays.settle(month, heard, accounts);
        int total = 0;
        for (int p = 0; p < PARTS; p++) {
            partFrom[p] = total;
            for (int k = 0; k < chunks; k++) {
                int counted = offsets[k * PARTS + p];
                offsets[k * PARTS + p] = total;
                total += counted;
            }
        }
        partFrom[PARTS] = total;
        ranges.run(n, CHUNK, c, (chunk, from, to, none) -> writeOut(chunk, from, to, shift));
        ranges.run(parts, SHARE, c, (share, from, to, delta) -> applyShare(share, from, to, accounts, delta));
    }

    private void prepare(int n, int chunks) {
        if (rows.length < n) {
            int size = Math.max(n, rows.length + rows.length / 2);
            rows = new int[size];
            at = new int[size];
            reports = new float[size];
            sources = new byte[size];
        }
        if (offsets.length < chunks * PARTS) {
            offsets = new int[chunks * PARTS];
            int had = heardByRelays.length;
            heardByRelays = Arrays.copyOf(heardByRelays, chunks);
            for (int k = had; k < chunks; k++) {
                heardByRelays[k] = new IntList();
            }
        }
        Arrays.fill(offsets, 0, chunks * PARTS, 0);
    }

    /** Counts the accounts {@code from..to} (chunk {@code chunk}) by part and notes those heard by relays. */
    private void count(int chunk, int from, int to, int shift) {
        int base = chunk * PARTS;
        IntList h = heardByRelays[chunk];
        h.clear();
        boolean anyRelays = !relays.none();
        int g = month.turnOf(from);
        for (int q = from; q < to; q++) {
            int j = month.listener(q);
            offsets[base + (j >>> shift)]++;
            int slot = anyRelays ? relays.slotOf(j) : -1;
            if (slot >= 0) {
                while (month.end(g) <= q) {
                    g++;
                }
                h.add(q);
                h.add(g);
                h.add(slot);
            }
        }
    }

    /** Writes the accounts {@code from..to} (chunk {@code chunk}) out to their parts, with their reports. */
    private void writeOut(int chunk, int from, int to, int shift) {
        int base = chunk * PARTS;
        int g = month.turnOf(from);
        for (int q = from; q < to; q++) {
            while (month.end(g) <= q) {
                g++;
            }
            int j = month.listener(q);
            int d = offsets[base + (j >>> shift)]++;
            rows[d] = j;
            at[d] = q;
            reports[d] = month.report(g);
            sources[d] = (byte) source(month, g, q);
        }
    }

    /**
     * Applies the accounts of the parts {@code first..last} (share {@code share}) in order, the
     * rows loaded {@link #AHEAD} ahead, counting into c.
     */
    private void applyShare(int share, int first, int last, Hearing accounts, long[] c) {
        int from = partFrom[first];
        int to = partFrom[last];
        int loaded = from;
        int acc = 0;
        for (int k = from; k < to; k++) {
            while (loaded < to && loaded <= k + AHEAD) {
                for (int i = loaded, end = Math.min(to, loaded + AHEAD); i < end; i++) {
                    acc += accounts.load(rows[i]);
                }
                loaded += AHEAD;
            }
            accounts.listen(rows[k], reports[k], sources[k], c, fresh[share], at[k]);
        }
        gathered[share] += acc;
    }

    /** The source of the account at position q, of turn g of {@code plan}. */
    static int source(TalkPlan plan, int g, int q) {
        if (!plan.firstHand(g)) {
            return Hearing.RELAY;
        }
        return q < plan.start(g) + plan.inHousehold(g) ? Hearing.HOUSEHOLD : Hearing.TIE;
    }

    /**
     * Puts the new listeners' rows into {@code out} in the order of their positions in the plan of
     * {@code told} accounts: each scattered to its position, then the positions read in order
     * (linear in the accounts; a sort of the new listeners by position, some 10% of the accounts,
     * took several times as long on the engine's thread while the workers waited).
     */
    private void inPlanOrder(int told, IntList out) {
        out.clear();
        int n = 0;
        for (IntList list : fresh) {
            n += list.size();
        }
        if (n == 0) {
            return;
        }
        if (byPosition.length < told) {
            byPosition = new int[Math.max(told, byPosition.length + byPosition.length / 2)];
        }
        Arrays.fill(byPosition, 0, told, NO_ONE);
        for (IntList pairs : fresh) {
            for (int i = 0; i < pairs.size(); i += 2) {
                byPosition[pairs.get(i)] = pairs.get(i + 1);
            }
        }
        for (int q = 0; q < told; q++) {
            int j = byPosition[q];
            if (j != NO_ONE) {
                out.add(j);
            }
        }
    }

}
