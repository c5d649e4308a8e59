package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.policy.HostPolicy;
import org.corvee.model.policy.StateResponse;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.FlowMetrics;
import org.corvee.model.state.Worksites;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Status;

/**
 * A month of pay abroad and return at contract end (OD4, OD8).
 *
 * <p>Each worker's gross pay (host {@code gross_wage} × sector {@code wage_factor}, whole cents)
 * is split by {@link DestinationTerms#split} into state levy, company and minder cut, living
 * costs and what the worker keeps; the four parts sum to the gross exactly. Civilians pay the
 * host's {@code state_share} plus the extra levy of {@link StateResponse} (OD12, capped so that
 * state + minders ≤ gross); soldier-labourers ({@link PersonFlags#SOLDIER}) pay
 * {@code dispatch.soldier_state_share} and {@code soldier_minder_share} (T13). If the worksite
 * withholds wages this month (OD5) the worker's part goes to the company and is counted in
 * {@code pay_minders} and {@code pay_withheld}. The worker pays interest on bribe debt, repays
 * it first, then saves; what the worker brings home ({@code kept}) is the pay net of the bribe
 * and the debt's interest. At the end of the contract the worker comes home ({@link Homecoming}),
 * unless the contract is renewed: with probability {@code dispatch.renewal_share} for another
 * {@code dispatch.renewal_months}, while the host issues permits and no sanctions or closure
 * are in force (OD11).
 *
 * <p>Over the list in fixed chunks ({@link ListChunks}, on the run's threads for a long list):
 * each worker's pay, the decision to stay, renew or come home (counter-based draws) and the
 * returnee's own row ({@link Homecoming#atHome}); then, on one thread in list order, what rows
 * share: the list's compaction, renewed contracts and {@link Homecoming#leaveHost}. The same on
 * any thread count.
 */
public final class AbroadPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    private final FlowMetrics flows;
    /** Workers per block loaded ahead of the pay ({@link #load}). */
    private static final int BLOCK = 64;
    /** What became of each worker of the list this month (scratch, by list position). */
    private static final byte GONE = 0;
    private static final byte STAY = 1;
    private static final byte RENEW = 2;
    private static final byte HOME = 3;
    private byte[] fates = new byte[0];
    /** Per chunk: what {@link #load} read, kept so that the loads are not optimised away. */
    private long[] loadedByChunk = new long[0];
    /** What {@link #loadHomecomings} read, kept so that the loads are not optimised away. */
    private long loadedHome;

    public AbroadPhase(World world, DispatchMetrics metrics, FlowMetrics flows) {
        this.world = world;
        this.metrics = metrics;
        this.flows = flows;
    }

    @Override
    public String name() {
        return "abroad";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        long[] c = ctx.counters();
        Destination[] dests = Destination.values();
        Sector[] sectors = Sector.values();
        // split[(d * sectors + s) * 2 + kind] and the matching gross
        long[][] split = new long[dests.length * sectors.length * 2][];
        long[] gross = new long[split.length];
        double levy = state.response.levy();
        double soldierState = p.get(DispatchKeys.SOLDIER_STATE_SHARE);
        double soldierMinders = p.get(DispatchKeys.SOLDIER_MINDER_SHARE);
        for (Destination d : dests) {
            DestinationTerms t = monthTerms.destination(d);
            double civilianState = Math.min(1 - t.minderShare(), t.stateShare() + levy);
            for (Sector s : sectors) {
                int x = (d.ordinal() * sectors.length + s.ordinal()) * 2;
                long g = Math.round(t.grossCents() * monthTerms.sector(s).wageFactor());
                gross[x] = g;
                gross[x + 1] = g;
                split[x] = DestinationTerms.split(g, civilianState, t.minderShare(), t.livingCents());
                split[x + 1] = DestinationTerms.split(g, soldierState, soldierMinders, t.livingCents());
            }
        }
        double interest = p.on(MechanismKeys.OD3_SELECTION_GATE) ? p.get(DispatchKeys.DEBT_INTEREST) : 0;
        Worksites sites = state.worksites;
        IntList list = state.abroad;
        ctx.touched(list.size());
        double renewShare = p.get(DispatchKeys.RENEWAL_SHARE);
        int renewMonths = p.getInt(DispatchKeys.RENEWAL_MONTHS);
        long renewStream = ctx.random().stream("renewal");
        HostPolicy policy = world.terms(m).hostPolicy();
        // Per destination: the renewal share, 0 where no renewal is possible this month (no work
        // permits, sanctions or closure: OD11). A draw is never below 0, so the worker goes home
        // there as before; the policy is read once a month, and the pay loop holds no branch
        // on it that a later event of the timeline could take for the first time (which would
        // make the JIT throw the compiled loop away and compile it again).
        double[] renewal = new double[dests.length];
        for (int d = 0; d < dests.length; d++) {
            renewal[d] = renewShare > 0 && policy.workPermits(d) && !policy.troubled() ? renewShare : 0;
        }
        Homecoming home = new Homecoming(world, metrics);
        int workers = list.size();
        int chunks = ListChunks.count(workers);
        if (fates.length < workers) {
            fates = new byte[Math.max(workers, 2 * fates.length)];
        }
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        byte[] fate = fates;
        // Workers paid and withheld per pay category x, per chunk: the money counters are summed
        // once per category after the loop (exact integer cents, so the totals equal per-worker
        // sums) instead of ten counter updates per worker.
        long[][] paidByChunk = new long[chunks][];
        long[][] withheldByChunk = new long[chunks][];
        // Everyone on the list is abroad unless someone died this month (work conditions compact
        // the list after deaths, so this holds here); a homecoming changes only its own row.
        boolean onlyAbroad = state.onlyAbroad();
        // Pay, the decision to stay, renew or come home, and the returnee's own row are each
        // worker's own (counter-based draws), so they run in parallel chunks; what rows share
        // (the list's order, contract ends, worksites, ties, the household's watch) follows in
        // list order on this thread, as one sequential pass would have written it.
        ListChunks.run(ctx, workers, ListChunks.PARALLEL_FROM, c, (chunk, from, to, counts) -> {
            long[] paid = new long[split.length];
            long[] withheld = new long[split.length];
            paidByChunk[chunk] = paid;
            withheldByChunk[chunk] = withheld;
            for (int k = from; k < to; k++) {
                // Each worker's row is far from the next, so every column read below is a cache
                // miss; a short loop over the next block loads them with many misses in flight at
                // once, where the pay's long body would wait for them one worker at a time.
                if ((k - from) % BLOCK == 0) {
                    loadedByChunk[chunk] += load(pop, list, k, Math.min(to, k + BLOCK), onlyAbroad);
                }
                int i = list.get(k);
                if (!onlyAbroad && pop.status[i] != Status.ABROAD) {
                    fate[k] = GONE;
                    continue;
                }
                int site = state.abroadSites.get(k);
                int d = DispatchState.destinationOf(site);
                int w = DispatchState.worksiteOf(site);
                int kind = DispatchState.soldierOf(state.abroadTraits.get(k));
                int x = (d * sectors.length + sites.sector(d, w)) * 2 + kind;
                long worker = split[x][3];
                if (sites.unpaid(d, w) > 0) {
                    withheld[x]++;
                    worker = 0;
                } else {
                    paid[x]++;
                }
                double earned = worker / 100.0;
                double charged = 0;
                if (pop.debt[i] > 0) {
                    charged = pop.debt[i] * interest;
                    pop.debt[i] += (float) charged;
                }
                double repay = Math.min(pop.debt[i], earned);
                pop.debt[i] -= (float) repay;
                pop.savings[i] += (float) (earned - repay);
                // Kept net of the debt's interest; the bribe itself was deducted at selection.
                pop.kept[i] += (float) (earned - charged);
                if (m + 1 < state.abroadDue.get(k)) {
                    fate[k] = STAY;
                } else if ((pop.flags[i] & PersonFlags.STRANDED) == 0
                        && RandomStreams.uniform(renewStream, i, m, 0) < renewal[d]) {
                    // Renewal: a host still issuing permits may keep a worker whose contract ends
                    // for another term; not a worker sent home early (repatriation) or stranded (OD11).
                    fate[k] = RENEW;
                } else {
                    home.atHome(i, m, counts);
                    fate[k] = HOME;
                }
            }
        });
        state.truncateAbroad(afterPay(pop, state, home, fate, workers, m, renewMonths, c));
        countPay(split, gross, paidByChunk, withheldByChunk, sectors.length, state, c);
    }

    /**
     * What the workers' fates change that rows share, on this thread in list order: the list's
     * compaction (returns how many stay), renewed contracts and the homecomings' {@link
     * Homecoming#leaveHost}. A method of its own, as is {@link #countPay}, so that the JIT
     * compiles this loop alone rather than the whole phase around it.
     */
    private int afterPay(Population pop, DispatchState state, Homecoming home, byte[] fate, int workers, int m,
                         int renewMonths, long[] c) {
        IntList list = state.abroad;
        int stay = 0;
        for (int k = 0; k < workers; k++) {
            if (k % BLOCK == 0) {
                loadedHome += loadHomecomings(home, list, state, fate, k, Math.min(workers, k + BLOCK), m);
            }
            byte f = fate[k];
            if (f == STAY) {
                state.keepAbroad(k, stay++);
            } else if (f == RENEW) {
                state.extendContract(pop, k, m + 1 + renewMonths);
                c[flows.renewed.base() + DispatchState.destinationOf(state.abroadSites.get(k))]++;
                state.keepAbroad(k, stay++);
            } else if (f == HOME) {
                int site = state.abroadSites.get(k);
                home.leaveHost(list.get(k), DispatchState.destinationOf(site), DispatchState.worksiteOf(site),
                        state.abroadDue.get(k), m);
            }
        }
        return stay;
    }

    /** Adds the month's pay by category (workers paid and withheld per chunk) into the money counters. */
    private void countPay(long[][] split, long[] gross, long[][] paidByChunk, long[][] withheldByChunk, int sectors,
                          DispatchState state, long[] c) {
        long[] paid = new long[split.length];
        long[] withheld = new long[split.length];
        for (int chunk = 0; chunk < paidByChunk.length; chunk++) {
            for (int x = 0; x < split.length; x++) {
                paid[x] += paidByChunk[chunk][x];
                withheld[x] += withheldByChunk[chunk][x];
            }
        }
        for (int x = 0; x < split.length; x++) {
            long n = paid[x] + withheld[x];
            if (n == 0) {
                continue;
            }
            int d = x / (sectors * 2);
            int kind = x & 1;
            long[] s = split[x];
            c[metrics.payGross.base() + d] += n * gross[x];
            c[metrics.payState.base() + d] += n * s[0];
            c[metrics.payMinders.base() + d] += n * s[1] + withheld[x] * s[3];
            c[metrics.payWithheld.base() + d] += withheld[x] * s[3];
            c[metrics.payLiving.base() + d] += n * s[2];
            c[metrics.payWorker.base() + d] += paid[x] * s[3];
            c[metrics.payGrossByKind.base() + kind] += n * gross[x];
            c[metrics.payTakenByKind.base() + kind] += n * gross[x] - paid[x] * s[3];
            c[metrics.payLeviedByKind.base() + kind] += n * (s[0] + s[1]) + withheld[x] * s[3];
            c[metrics.revenue.base()] += n * s[0];
            state.response.addRevenue(n * s[0]);
        }
    }


    /**
     * Reads ahead what the homecomings at list positions [from, to) will read first in
     * {@link Homecoming#leaveHost} (ties' table slots, the household's watch: scattered), so their
     * misses are in flight together; returns a meaningless mix.
     */
    private static long loadHomecomings(Homecoming home, IntList list, DispatchState state, byte[] fate, int from,
                                        int to, int m) {
        long bits = 0;
        for (int k = from; k < to; k++) {
            if (fate[k] == HOME) {
                int site = state.abroadSites.get(k);
                bits += home.load(list.get(k), DispatchState.destinationOf(site), DispatchState.worksiteOf(site), m);
            }
        }
        return bits;
    }

    /**
     * Reads every row column the pay reads (the status only if not {@code onlyAbroad}), for list
     * positions [from, to) (as {@link RowLoads} does, with no branch on the values); returns a
     * meaningless mix of the bits. The three float columns in one loop rather than one loop each:
     * their misses are as many in flight, and it is less code for the JIT to compile.
     */
    private static long load(Population pop, IntList list, int from, int to, boolean onlyAbroad) {
        long bits = onlyAbroad ? 0 : RowLoads.of(list, from, to, pop.status);
        for (int k = from; k < to; k++) {
            int i = list.get(k);
            bits += Float.floatToRawIntBits(pop.debt[i]) + Float.floatToRawIntBits(pop.savings[i])
                    + Float.floatToRawIntBits(pop.kept[i]);
        }
        return bits;
    }
}
