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
 * <p>Why the listeners can be cut: an account writes only its listener's row ({@link Accounts}),
 * and a row's updates (order-dependent float arithmetic) stay in the plan's order if one thread
 * applies all of a row's accounts in that order. So the plan is sorted out, in one sequential
 * pass, by the part of the population the listener's row falls in (contiguous row ranges whose
 * bounds depend on the population's size alone), and the parts are applied side by side, each
 * in the plan's order. What crosses rows is the report: a relay reports its belief as it stands
 * at its turn, after the accounts it heard earlier in the month. The sorting pass therefore
 * applies itself, in order, every account heard by a relay speaking this month, and reads a
 * relay's report at its turn; every other report (a returnee's money kept, or a relay's belief
 * that no account before its turn changes) is fixed when it is sorted out. The new listeners,
 * who relay next month, are listed in the order of the account each first heard, as when the
 * accounts were applied one by one; counts are sums. On one thread the plan is applied in order
 * directly, which is the same thing without the sorting.
 */
final class Hearings {
    /** Listeners whose columns are loaded together, this many to twice as many ahead of their update. */
    private static final int AHEAD = 32;
    /** The population's rows are cut into at most this many parts. */
    private static final int PARTS = 16;

    private final Population pop;
    private final Part[] parts = new Part[PARTS];
    /** Pairs (plan position, row) of new listeners heard in order on this thread. */
    private final IntList inOrderFresh = new IntList();
    /** One bit per row: a relay speaking this month, whose accounts are applied while sorting. */
    private final long[] speaking;
    /** The new listeners' pairs packed (position above, row below) to be put in plan order. */
    private long[] byPosition = new long[256];
    /** Kept so the rows' columns are loaded by {@link #gather} (the JIT may not drop the loads). */
    private int gathered;

    Hearings(Population pop) {
        this.pop = pop;
        this.speaking = new long[(pop.size + 63) >>> 6];
        for (int p = 0; p < PARTS; p++) {
            parts[p] = new Part();
        }
    }

    /**
     * Applies the turns of {@code plans}, in order, by {@code accounts}, counting into {@code c};
     * fills {@code fresh} with the month's new listeners in the order of their first account.
     */
    void apply(TalkPlan[] plans, Accounts accounts, ParallelRanges ranges, long[] c, IntList fresh) {
        inOrderFresh.clear();
        int partCount = 0;
        if (ranges.threads() == 1) {
            inOrder(plans, accounts, c);
        } else {
            partCount = sortOut(plans, accounts, c);
            Part[] cut = parts;
            ranges.run(partCount, 1, c, (p, from, to, delta) -> cut[p].apply(pop, accounts, delta));
        }
        inPlanOrder(partCount, fresh);
    }

    /** The accounts in the plan's order on this thread, the listeners' rows loaded ahead. */
    private void inOrder(TalkPlan[] plans, Accounts accounts, long[] c) {
        int base = 0;
        for (TalkPlan plan : plans) {
            int told = plan.told();
            int loaded = 0;
            for (int g = 0; g < plan.turns(); g++) {
                int s = plan.speaker(g);
                boolean firstHand = plan.firstHand(g);
                float report = firstHand ? pop.kept[s] : pop.belief[s];
                int inHousehold = plan.start(g) + plan.inHousehold(g);
                for (int q = plan.start(g); q < plan.end(g); q++) {
                    while (loaded < told && loaded <= q + AHEAD) {
                        gather(plan, loaded, Math.min(told, loaded + AHEAD));
                        loaded += AHEAD;
                    }
                    accounts.listen(plan.listener(q), report, source(firstHand, q < inHousehold), c, inOrderFresh,
                            base + q);
                }
            }
            base += told;
        }
    }

    /**
     * Sorts the accounts out by the listener's part, in order within each part, applying those
     * heard by this month's relays on the way; returns the number of parts.
     */
    private int sortOut(TalkPlan[] plans, Accounts accounts, long[] c) {
        int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros((pop.size - 1) / PARTS));
        int partCount = pop.size == 0 ? 0 : ((pop.size - 1) >>> shift) + 1;
        for (int p = 0; p < partCount; p++) {
            parts[p].clear();
        }
        mark(plans, true);
        int base = 0;
        for (TalkPlan plan : plans) {
            for (int g = 0; g < plan.turns(); g++) {
                int s = plan.speaker(g);
                boolean firstHand = plan.firstHand(g);
                float report = firstHand ? pop.kept[s] : pop.belief[s];
                int inHousehold = plan.start(g) + plan.inHousehold(g);
                for (int q = plan.start(g); q < plan.end(g); q++) {
                    int j = plan.listener(q);
                    int source = source(firstHand, q < inHousehold);
                    if ((speaking[j >>> 6] & (1L << j)) != 0) {
                        accounts.listen(j, report, source, c, inOrderFresh, base + q);
                    } else {
                        parts[j >>> shift].add(j, base + q, report, source);
                    }
                }
            }
            base += plan.told();
        }
        mark(plans, false);
        return partCount;
    }

    /** Sets (or clears) the bits of the plans' relays. */
    private void mark(TalkPlan[] plans, boolean on) {
        for (TalkPlan plan : plans) {
            for (int g = 0; g < plan.turns(); g++) {
                if (!plan.firstHand(g)) {
                    int s = plan.speaker(g);
                    speaking[s >>> 6] = on ? speaking[s >>> 6] | (1L << s) : speaking[s >>> 6] & ~(1L << s);
                }
            }
        }
    }

    private static int source(boolean firstHand, boolean inHousehold) {
        return firstHand ? (inHousehold ? Accounts.HOUSEHOLD : Accounts.TIE) : Accounts.RELAY;
    }

    /** Puts the new listeners' rows into {@code fresh} in the order of their positions in the plan. */
    private void inPlanOrder(int partCount, IntList fresh) {
        fresh.clear();
        int n = inOrderFresh.size() / 2;
        for (int p = 0; p < partCount; p++) {
            n += parts[p].fresh.size() / 2;
        }
        if (n == 0) {
            return;
        }
        if (byPosition.length < n) {
            byPosition = new long[Math.max(n, 2 * byPosition.length)];
        }
        int k = pack(inOrderFresh, 0);
        for (int p = 0; p < partCount; p++) {
            k = pack(parts[p].fresh, k);
        }
        if (partCount > 0) {
            Arrays.sort(byPosition, 0, n);
        }
        for (int i = 0; i < n; i++) {
            fresh.add((int) byPosition[i]);
        }
    }

    private int pack(IntList pairs, int k) {
        for (int i = 0; i < pairs.size(); i += 2) {
            byPosition[k++] = (long) pairs.get(i) << 32 | pairs.get(i + 1);
        }
        return k;
    }

    /**
     * Loads the columns a listener's update reads for the planned listeners {@code from..to}
     * before any of them is updated: the loads are independent, so the processor overlaps their
     * cache misses (ties lead to rows anywhere in the population). Reads only.
     */
    private void gather(TalkPlan plan, int from, int to) {
        int acc = 0;
        for (int k = from; k < to; k++) {
            acc += Part.load(pop, plan.listener(k));
        }
        gathered += acc;
    }

    /** The accounts heard by one part's rows, in the plan's order, and the part's new listeners. */
    private static final class Part {
        private int[] rows = new int[1024];
        private int[] at = new int[1024];
        private float[] reports = new float[1024];
        private byte[] sources = new byte[1024];
        private int size;
        /** Pairs (plan position, row) of the part's new listeners. */
        final IntList fresh = new IntList();
        private int gathered;

        void clear() {
            size = 0;
            fresh.clear();
        }

        void add(int j, int position, float report, int source) {
            if (size == rows.length) {
                int n = 2 * size;
                rows = Arrays.copyOf(rows, n);
                at = Arrays.copyOf(at, n);
                reports = Arrays.copyOf(reports, n);
                sources = Arrays.copyOf(sources, n);
            }
            rows[size] = j;
            at[size] = position;
            reports[size] = report;
            sources[size] = (byte) source;
            size++;
        }

        /** Applies the part's accounts in order, the rows loaded {@link #AHEAD} ahead, counting into c. */
        void apply(Population pop, Accounts accounts, long[] c) {
            int loaded = 0;
            int acc = 0;
            for (int k = 0; k < size; k++) {
                while (loaded < size && loaded <= k + AHEAD) {
                    for (int i = loaded, to = Math.min(size, loaded + AHEAD); i < to; i++) {
                        acc += load(pop, rows[i]);
                    }
                    loaded += AHEAD;
                }
                accounts.listen(rows[k], reports[k], sources[k], c, fresh, at[k]);
            }
            gathered += acc;
        }

        /** Reads the columns {@link Accounts#listen} reads at row j; returns a meaningless mix. */
        static int load(Population pop, int j) {
            return pop.status[j] + pop.heard[j] + pop.province[j] + pop.birth[j] + pop.settled[j]
                    + Float.floatToRawIntBits(pop.belief[j]) + Float.floatToRawIntBits(pop.confidence[j]);
        }
    }
}
