package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PolicyKeys;
import org.corvee.model.people.Population;
import org.corvee.model.policy.PolicyDates;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;

/**
 * The host-policy timeline (OD11) and the state's yearly review (OD12), first model phase of
 * every month after the timeline. The month's permits and border state are part of the month's
 * terms ({@link org.corvee.model.policy.HostPolicy#of}); this phase applies what they imply to
 * the workers abroad: repatriation by the deadline and stranding by the closure.
 *
 * <p>Rules, with {@code mechanism.od11_host_policy} on (dates are {@link PolicyDates}):
 * <ul>
 * <li>New permits: none if {@code policy.new_permits} is false; none from
 *     {@code policy.sanctions_start}, except each host from its own {@code destination.<id>.resumption}.</li>
 * <li>Repatriation: from the sanctions month up to {@code policy.repatriation_deadline}, each
 *     worker of a host who complies (a fixed per-worker draw below the host's
 *     {@code compliance}) and whose contract runs past the deadline has it cut short this
 *     month with probability 1 / (months left to the deadline + 1): returns are spread evenly
 *     and all complying workers are home by the deadline month.</li>
 * <li>Border closure from {@code policy.border_closure_start} until {@code policy.border_reopen}:
 *     no departures; a contract ending during the closure is extended to the reopening plus a
 *     uniform 0..{@code reopen_spread}−1 months (stranded workers).</li>
 * </ul>
 * With the switch off only {@code policy.new_permits} applies.
 */
public final class HostPolicyPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

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
        if (!p.on(MechanismKeys.OD11_HOST_POLICY)) {
            return;
        }
        MonthTerms terms = world.terms(m);
        // Workers who left after the sanctions month on permits issued before it are repatriated too.
        boolean sanctioned = m >= PolicyDates.index(p, PolicyKeys.SANCTIONS_START);
        int deadline = PolicyDates.index(p, PolicyKeys.REPATRIATION_DEADLINE);
        int reopen = PolicyDates.index(p, PolicyKeys.BORDER_REOPEN);
        boolean closed = terms.hostPolicy().borderClosed();
        Population pop = world.population();
        IntList abroad = state.abroad;
        long[] c = ctx.counters();
        if (sanctioned && m <= deadline && deadline != PolicyDates.NEVER && !closed) {
            double[] compliance = new double[Destination.values().length];
            for (Destination d : Destination.values()) {
                compliance[d.ordinal()] = terms.destination(d).compliance();
            }
            long stream = ctx.random().stream("repatriation");
            double chance = 1.0 / (deadline - m + 1);
            for (int k = 0; k < abroad.size(); k++) {
                int i = abroad.get(k);
                int d = pop.destination[i];
                if (pop.due[i] <= m + 1
                        || RandomStreams.uniform(stream, i, pop.departed[i], 0) >= compliance[d]
                        || RandomStreams.uniform(stream, i, m, 1) >= chance) {
                    continue;
                }
                pop.due[i] = (short) (m + 1);
                c[metrics.repatriated.base() + d]++;
            }
        }
        if (closed) {
            int spread = p.getInt(PolicyKeys.REOPEN_SPREAD);
            long stream = ctx.random().stream("stranded");
            for (int k = 0; k < abroad.size(); k++) {
                int i = abroad.get(k);
                if (pop.due[i] > m + 1) {
                    continue;
                }
                int until = reopen == PolicyDates.NEVER ? m + 12
                        : reopen + RandomStreams.below(stream, i, m, 0, spread);
                pop.due[i] = (short) Math.min(Short.MAX_VALUE, until + 1);
                pop.flags[i] |= PersonFlags.STRANDED;
                c[metrics.extended.base() + pop.destination[i]]++;
            }
        }
    }
}
