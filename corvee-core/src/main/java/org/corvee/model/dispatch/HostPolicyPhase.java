package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PolicyKeys;
import org.corvee.model.people.Population;
import org.corvee.model.policy.HostPolicy;
import org.corvee.model.policy.PolicyDates;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;

/**
 * The host-policy timeline (OD11) and the state's yearly review (OD12), first model phase of
 * every month after the timeline. The month's entry channels, deadlines and border state are
 * part of the month's terms ({@link HostPolicy#of}); this phase applies what they imply to the
 * workers abroad — repatriation by each host's deadline, keeping past the contract by a host that
 * does not comply, stranding by the closure — and keeps the one piece of policy that needs
 * memory, the ramp of a reopened host.
 *
 * <p>Rules, with {@code mechanism.od11_host_policy} on (dates are {@link PolicyDates}):
 * <ul>
 * <li>Ramp: a host whose entry reopens after being closed (or whose workers can travel again
 *     when the border reopens) takes a share (m + lead − reopening + 1) /
 *     {@code policy.resumption_ramp_months} of its slots, capped at 1, lead =
 *     {@code dispatch.recruit_ahead_months} ({@link DispatchState#demand}).</li>
 * <li>Repatriation: up to a host's deadline each of its workers who complies (a fixed
 *     per-worker draw below the host's {@code compliance}) and whose contract runs past the
 *     deadline has it cut short this month with probability 1 / (months left + 1): returns are
 *     spread evenly and all complying workers are home by the deadline month.</li>
 * <li>Keeping: while a host issues no work permits and keeps workers ({@code keeps_workers}),
 *     the contract of each of its workers outside the complying share (the same draw) that ends
 *     this month is extended by {@code dispatch.renewal_months} with probability
 *     {@code kept_share} ({@link PersonFlags#KEPT}: present without a valid permit), so the
 *     non-complying share is not drained by contract ends; workers stranded by the closure are
 *     not kept again after the reopening, they go home as their extension ends.</li>
 * <li>Border closure from {@code policy.border_closure_start} until {@code policy.border_reopen}:
 *     no departures; a contract ending during the closure is extended to the reopening plus a
 *     uniform 0..{@code reopen_spread}−1 months (stranded workers).</li>
 * </ul>
 * With the switch off only {@code policy.new_permits} applies.
 */
public final class HostPolicyPhase implements Phase {
    private static final int LONG_AGO = Integer.MIN_VALUE / 4;
    /** Workers per block whose rows are loaded ahead of the repatriation draws ({@link RowLoads}). */
    private static final int BLOCK = 64;
    private final World world;
    private final DispatchMetrics metrics;
    /** Month each host's entry last reopened ({@link #LONG_AGO} if open from the start); -1 if closed. */
    private final int[] openSince = new int[Destination.values().length];
    private boolean first = true;
    /** What the loads ahead read, kept so that they are not optimised away. */
    private long loaded;

    public HostPolicyPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "host-policy";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        if (ctx.clock().calendarMonth(m) == 1 && m > 0) {
            state.response.review(p, world.scale());
        }
        MonthTerms terms = world.terms(m);
        HostPolicy policy = terms.hostPolicy();
        ramp(p, m, policy, state.demand);
        if (!p.on(MechanismKeys.OD11_HOST_POLICY)) {
            return;
        }
        int reopen = PolicyDates.index(p, PolicyKeys.BORDER_REOPEN);
        boolean closed = policy.borderClosed();
        Population pop = world.population();
        IntList abroad = state.abroad;
        long[] c = ctx.counters();
        if (!closed) {
            repatriateAndKeep(ctx, terms, pop, abroad, c);
        }
        if (closed) {
            int spread = p.getInt(PolicyKeys.REOPEN_SPREAD);
            long stream = ctx.random().stream("stranded");
            ctx.touched(abroad.size());
            for (int k = 0; k < abroad.size(); k++) {
                if (state.abroadDue.get(k) > m + 1) {
                    continue;
                }
                int i = abroad.get(k);
                int until = reopen == PolicyDates.NEVER ? m + 12
                        : reopen + RandomStreams.below(stream, i, m, 0, spread);
                short due = (short) Math.min(Short.MAX_VALUE, until + 1);
                int d = DispatchState.destinationOf(state.abroadSites.get(k));
                state.extendContract(pop, k, due);
                pop.flags[i] |= PersonFlags.STRANDED;
                c[metrics.extended.base() + d]++;
            }
        }
    }

    /** Each host's share of its slots this month: 1, or ramping up after a reopening. */
    private void ramp(Parameters p, int m, HostPolicy policy, double[] demand) {
        boolean on = p.on(MechanismKeys.OD11_HOST_POLICY);
        int ramp = p.getInt(PolicyKeys.RESUMPTION_RAMP_MONTHS);
        int lead = p.getInt(DispatchKeys.RECRUIT_AHEAD_MONTHS);
        int closure = PolicyDates.index(p, PolicyKeys.BORDER_CLOSURE_START);
        int reopen = PolicyDates.index(p, PolicyKeys.BORDER_REOPEN);
        // Once the border has closed, workers travel again only from the reopening: demand ramps from there.
        int borderOpened = on && m >= closure && reopen != PolicyDates.NEVER ? reopen : LONG_AGO;
        for (int x = 0; x < demand.length; x++) {
            if (!policy.permits(x)) {
                openSince[x] = -1;
            } else if (first || openSince[x] == -1) {
                openSince[x] = first ? LONG_AGO : m;
            }
            int opened = Math.max(openSince[x], borderOpened);
            demand[x] = !policy.permits(x) ? 0 : !on || ramp <= 0 || opened == LONG_AGO ? 1
                    : Math.max(0, Math.min(1, (m + lead - opened + 1) / (double) ramp));
        }
        first = false;
    }

    /**
     * Repatriation by the deadlines and keeping past the contract, one pass over the workers
     * abroad (skipped in a month where no host does either).
     */
    private void repatriateAndKeep(StepContext ctx, MonthTerms terms, Population pop, IntList abroad, long[] c) {
        int m = ctx.month();
        HostPolicy policy = terms.hostPolicy();
        int n = Destination.values().length;
        double[] compliance = new double[n];
        double[] chance = new double[n];
        double[] keep = new double[n];
        boolean any = false;
        boolean repatriating = false;
        for (Destination d : Destination.values()) {
            int x = d.ordinal();
            DestinationTerms t = terms.destination(d);
            compliance[x] = t.compliance();
            int dl = policy.deadline(x);
            chance[x] = dl == PolicyDates.NEVER || m > dl ? 0 : 1.0 / (dl - m + 1);
            // A host keeps workers only while it issues no work permits: with permits, a contract's
            // end is the ordinary renewal (AbroadPhase).
            keep[x] = policy.workPermits(x) || compliance[x] >= 1 ? 0 : t.keptShare();
            any |= chance[x] > 0 || keep[x] > 0;
            repatriating |= chance[x] > 0;
        }
        if (!any) {
            return;
        }
        long stream = ctx.random().stream("repatriation");
        long keepStream = ctx.random().stream("kept");
        DispatchState state = world.dispatch();
        IntList sites = state.abroadSites;
        int renewal = world.parameters().getInt(DispatchKeys.RENEWAL_MONTHS);
        ctx.touched(abroad.size());
        for (int k = 0; k < abroad.size(); k++) {
            // While a host repatriates, most of its workers read their row (a miss each, the rows
            // far apart): a block's rows are loaded first, their misses in flight together.
            if (repatriating && k % BLOCK == 0) {
                loaded += RowLoads.of(abroad, k, Math.min(abroad.size(), k + BLOCK), pop.departed)
                        + RowLoads.of(abroad, k, Math.min(abroad.size(), k + BLOCK), pop.flags);
            }
            int i = abroad.get(k);
            int d = DispatchState.destinationOf(sites.get(k)); // every worker on the list is abroad here
            boolean ends = state.abroadDue.get(k) <= m + 1;
            if (ends ? keep[d] == 0 || (pop.flags[i] & PersonFlags.STRANDED) != 0 : chance[d] == 0) {
                continue;
            }
            // The same fixed draw per worker and stint decides whether the worker is in the host's
            // complying share, for being sent home by the deadline and for not being kept.
            boolean complies = RandomStreams.uniform(stream, i, pop.departed[i], 0) < compliance[d];
            if (ends) {
                if (!complies && RandomStreams.uniform(keepStream, i, m, 0) < keep[d]) {
                    state.extendContract(pop, k, (short) Math.min(Short.MAX_VALUE, m + 1 + renewal));
                    pop.flags[i] |= PersonFlags.KEPT;
                    c[metrics.kept.base() + d]++;
                }
            } else if (complies && RandomStreams.uniform(stream, i, m, 1) < chance[d]) {
                state.extendContract(pop, k, m + 1);
                c[metrics.repatriated.base() + d]++;
            }
        }
    }
}
