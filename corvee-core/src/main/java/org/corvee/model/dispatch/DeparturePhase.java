package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.FlowMetrics;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.state.WorksiteSizes;
import org.corvee.model.state.Worksites;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;

/**
 * Departure at the end of screening: the worker goes abroad on a contract of
 * {@code dispatch.contract_months} (T12) plus the OD12 extension, ± a uniform
 * {@code dispatch.contract_spread} months ({@link ContractLength}), to the first worksite of
 * the host with a free place, or a new one ({@link Worksites}: fixed-size containers). Nobody leaves while the border
 * is closed (OD11): the queue waits. The worksites' occupancy is kept as workers arrive and
 * leave ({@link Worksites#left}), so a month's departures read the queue only, not the workers
 * abroad.
 *
 * <p>In three passes, the same on any thread count: whether each worker leaves and a leaver's
 * own row, in fixed chunks of the queue ({@link ListChunks}, on the run's threads for a long
 * queue); then, on one thread in queue order, what rows share (the queue, first-fit worksites,
 * stocks, the abroad list, contract ends, the household's watchers: {@link WatchLedger#addWatcher});
 * last, the leavers' worksites and the marks on their households ({@link WatchLedger#markWatched}),
 * in a fixed number of groups of households (on the run's threads from 2,048 leavers a month).
 */
public final class DeparturePhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    private final FlowMetrics flows;
    private static final Destination[] DESTINATIONS = Destination.values();
    /** Queue places per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /**
     * Queue places from which the queue is worked in parallel chunks: a departure's own row is
     * a dozen columns, heavier than a gather.
     */
    private static final int PARALLEL_FROM = 2 * ListChunks.ROWS;
    /** Households whose member lists are walked side by side when they are marked. */
    private static final int MARKED_TOGETHER = 32;
    /** Groups of households whose marks and leavers' worksites are written in parallel. */
    private static final int HOUSEHOLD_GROUPS = 8;
    /** Scratch by queue position: 1 if the worker leaves this month. */
    private byte[] leaves = new byte[0];
    /** Scratch by queue position, for a leaver: site (destination, then worksite), traits, due month, household. */
    private int[] sites = new int[0];
    private int[] traits = new int[0];
    private int[] dues = new int[0];
    private int[] households = new int[0];
    /** Scratch by queue position, for a leaver: the member its household's mark leaves out, and the row. */
    private int[] excepts = new int[0];
    private int[] rows = new int[0];
    /** The queue positions of this month's leavers, in queue order. */
    private final IntList leavers = new IntList();
    /** Per chunk: what the loads ahead read, kept so that they are not optimised away. */
    private long[] loadedByChunk = new long[0];

    public DeparturePhase(World world, DispatchMetrics metrics, FlowMetrics flows) {
        this.world = world;
        this.metrics = metrics;
        this.flows = flows;
    }

    @Override
    public String name() {
        return "departure";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        DispatchState state = world.dispatch();
        IntList queue = state.screening;
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        if (monthTerms.hostPolicy().borderClosed()) {
            return;
        }
        int contract = world.parameters().getInt(DispatchKeys.CONTRACT_MONTHS) + state.response.contractBonus();
        int spread = world.parameters().getInt(DispatchKeys.CONTRACT_SPREAD);
        // Rows read: the screening queue (worksite occupancy is kept as workers leave, not recounted).
        ctx.touched(queue.size());
        WorksiteSizes sizes = new WorksiteSizes(world.parameters(), world.scale());
        long stream = ctx.random().stream("worksite");
        long[] c = ctx.counters();
        int n = queue.size();
        int chunks = ListChunks.count(n);
        if (leaves.length < n) {
            int room = Math.max(n, 2 * leaves.length);
            leaves = new byte[room];
            sites = new int[room];
            traits = new int[room];
            dues = new int[room];
            households = new int[room];
            excepts = new int[room];
            rows = new int[room];
        }
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        byte[] leave = leaves;
        WatchLedger watch = state.watch;
        // Whether each worker leaves, and a leaver's own row (status, contract, flags, its own
        // watch settled), are row-local with counter-based draws: in parallel chunks of the queue.
        ListChunks.run(ctx, n, PARALLEL_FROM, c, (chunk, from, to, counts) -> {
            // First who leaves, by blocks of the queue: the due months of a block are loaded
            // first (RowLoads; the rows are scattered). Whether one leaves reads only its own row.
            IntList leaving = new IntList();
            IntList at = new IntList();
            for (int k0 = from; k0 < to; k0 += BLOCK) {
                int k1 = Math.min(to, k0 + BLOCK);
                loadedByChunk[chunk] += RowLoads.of(queue, k0, k1, pop.due);
                for (int k = k0; k < k1; k++) {
                    int i = queue.get(k);
                    boolean goes = pop.due[i] <= m;
                    leave[k] = (byte) (goes ? 1 : 0);
                    if (goes) {
                        leaving.add(i);
                        at.add(k);
                    }
                }
            }
            // Then the leavers, by blocks of the chunk's leavers (a few of each block of the queue
            // leave: loaded together, more of their misses are in flight at once): the columns a
            // departure reads and writes, then the departures.
            for (int x0 = 0; x0 < leaving.size(); x0 += BLOCK) {
                int x1 = Math.min(leaving.size(), x0 + BLOCK);
                loadedByChunk[chunk] += pop.memory.load(pop, leaving, x0, x1) + load(pop, leaving, x0, x1, watch);
                for (int x = x0; x < x1; x++) {
                    depart(at.get(x), leaving.get(x), pop, watch, m, contract, spread, stream, counts);
                }
            }
        });
        // Then in queue order on this thread what rows share: the queue's compaction, the first
        // free worksite, the stocks, the abroad list, contract ends and the household's watchers.
        queue.truncate(leaveInQueueOrder(queue, n, state, sizes, watch));
        // Last, each leaver's worksite and the marks on the watched households: rows and
        // households of their own, in a fixed number of groups of households (all of a household
        // in one group), the same on any thread count; fewer leavers are not worth a hand-off.
        IntList leavers = this.leavers;
        int[] except = excepts;
        int groups = leavers.size() >= PARALLEL_FROM ? HOUSEHOLD_GROUPS : 1;
        int[] site = sites;
        int[] household = households;
        int[] row = rows;
        ctx.ranges().run(groups, 1, ListChunks.NO_COUNTERS, (group, unused1, unused2, unused3) -> {
            // The households are marked MARKED_TOGETHER at a time, their member lists walked side
            // by side (WatchLedger#markWatched): each list is a chain of misses.
            int[] marked = new int[MARKED_TOGETHER];
            int[] but = new int[MARKED_TOGETHER];
            int[] cursor = new int[MARKED_TOGETHER];
            int b = 0;
            for (int x = 0; x < leavers.size(); x++) {
                int k = leavers.get(x);
                int h = household[k];
                if (Math.floorMod(h, groups) != group) {
                    continue;
                }
                pop.worksite[row[k]] = (short) DispatchState.worksiteOf(site[k]);
                if (watch != null) {
                    marked[b] = h;
                    but[b] = except[k];
                    if (++b == MARKED_TOGETHER) {
                        watch.markWatched(marked, but, b, cursor);
                        b = 0;
                    }
                }
            }
            if (b > 0) {
                watch.markWatched(marked, but, b, cursor);
            }
        });
    }

    /**
     * The queue-order part of the departures of the first {@code n} places of {@code queue}:
     * compacts the queue (returns how many stay in it) and notes the leavers. A method of its
     * own so that the JIT compiles this loop alone rather than the whole phase around it.
     */
    private int leaveInQueueOrder(IntList queue, int n, DispatchState state, WorksiteSizes sizes,
                                  WatchLedger watch) {
        IntList leavers = this.leavers;
        leavers.clear();
        byte[] leave = leaves;
        int[] except = excepts;
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int i = queue.get(k);
            if (leave[k] == 0) {
                queue.set(kept++, i);
                continue;
            }
            int d = DispatchState.destinationOf(sites[k]);
            int w = state.worksites.place(DESTINATIONS[d], sizes);
            sites[k] = DispatchState.site(d, w);
            state.screeningByDestination[d]--;
            state.abroadByDestination[d]++;
            state.wentAbroad(i, sites[k], traits[k], dues[k]);
            state.contractEnds.add(d, dues[k]);
            if (watch != null) {
                // All the household is marked, or all but a first watcher (WatchLedger#leftHome).
                except[k] = watch.addWatcher(households[k]) > 0 ? Households.NONE : i;
            }
            leavers.add(k);
            rows[k] = i; // kept apart: the queue's compaction overwrites position k
        }
        return kept;
    }

    /**
     * Reads the columns a departure reads and writes at the rows in positions [from, to) of
     * {@code leaving}, and their watch cells (scattered: their misses are in flight together, as
     * in {@link RowLoads}, with no branch on the values); one loop over the rows rather than one
     * per column, which is less code for the JIT to compile. Returns a meaningless mix of the values.
     */
    private static long load(Population pop, IntList leaving, int from, int to, WatchLedger watch) {
        long bits = 0;
        for (int k = from; k < to; k++) {
            int i = leaving.get(k);
            bits += pop.destination[i] + pop.status[i] + pop.province[i] + pop.flags[i] + pop.urban[i]
                    + pop.departed[i] + pop.songbun[i] + pop.household[i] + Float.floatToRawIntBits(pop.risk[i]);
        }
        if (watch != null) {
            // The household's watch cells and the row's mark, which settling the row reads
            // (WatchLedger#leavingHome); the household ids were loaded just above.
            for (int k = from; k < to; k++) {
                int i = leaving.get(k);
                bits += watch.load(i, pop.household[i]);
            }
        }
        return bits;
    }

    /**
     * Worker {@code i}, at queue position {@code k}, leaves for the host: its own row (status,
     * contract, flags, its own watch settled) and counts; what the queue-order pass needs of it is
     * noted at {@code k} (destination, traits, due month, household).
     */
    private void depart(int k, int i, Population pop, WatchLedger watch, int m, int contract, int spread,
                        long stream, long[] c) {
        int d = pop.destination[i];
        pop.settle(i); // the months of fading at home end here
        pop.status[i] = Status.ABROAD;
        world.census().moved(i, Status.SCREENING);
        pop.due[i] = (short) (m + ContractLength.draw(contract, spread, stream, i, m, 1));
        pop.flags[i] &= ~(PersonFlags.STRANDED | PersonFlags.KEPT);
        if (watch != null) {
            watch.leavingHome(i);
        }
        pop.departed[i] = (short) m;
        sites[k] = DispatchState.site(d, 0);
        traits[k] = DispatchState.traits(pop.province[i], pop.urban[i], (pop.flags[i] & PersonFlags.SOLDIER) != 0);
        dues[k] = pop.due[i];
        households[k] = pop.household[i];
        c[metrics.departures.base() + d]++;
        c[flows.entries.at(d, Vacancies.channelOf(pop.flags[i]))]++;
        c[metrics.abroad.at(d, pop.province[i], pop.songbun[i])]++;
    }
}
