package org.corvee.model.terms;

import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.LevelYears;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.policy.PolicyDates;
import org.corvee.model.world.Destination;

/**
 * The terms of one destination in one month (OD1, OD4), read from the parameters in force.
 *
 * @param slotsAgents     contract slots the host offers, in agents at the run's scale
 * @param grossCents      gross monthly pay per worker before the sector wage factor, in cents
 * @param stateShare      share of gross taken by the state from civilians
 * @param minderShare     share of gross taken by the company and minders
 * @param livingCents     living costs per month, in cents
 * @param injuryRate      monthly injury hazard before the sector factor (OD5)
 * @param deathRate       monthly death hazard before the sector factor (OD5)
 * @param opportunity     defection opportunity multiplier (OD6)
 * @param minderDensity   how tightly minders watch, 0..1 (OD6)
 * @param siteAgents      agents per worksite at the run's scale (at least 1)
 * @param bribeFactor     bribe relative to {@code dispatch.bribe} (OD3)
 * @param soldierShare    share of male workers sent as soldier-labourers (OD4)
 * @param compliance      share of workers sent home by the repatriation deadline (OD11)
 * @param keptShare       while the host keeps workers past their contracts ({@code keeps_workers}), the
 *                        chance a non-complying worker's ending contract is extended; 0 if it does not (OD11)
 * @param capitalAffinity destination's preference for capital residents (OD13)
 * @param coreAffinity    destination's preference for the core class (OD13)
 */
public record DestinationTerms(int slotsAgents, long grossCents, double stateShare, double minderShare,
                               long livingCents, double injuryRate, double deathRate, double opportunity,
                               double minderDensity, int siteAgents, double bribeFactor, double soldierShare,
                               double compliance, double keptShare, double capitalAffinity,
                               double coreAffinity) {

    /** Terms of {@code d} in force at month {@code m} of a run at {@code scale}. */
    public static DestinationTerms of(Destination d, Parameters p, int m, double scale) {
        DestinationKeys k = DestinationKeys.of(d.id());
        double years = LevelYears.at(p, m);
        double growth = p.on(MechanismKeys.OD1_HOST_DEMAND) ? p.get(k.slotsGrowth) : 0;
        double slots = Math.min(p.get(k.slotsMax), p.get(k.slots) * Math.pow(1 + growth, Math.floor(years)));
        if (p.on(MechanismKeys.OD11_HOST_POLICY) && m >= PolicyDates.index(p, k.resumption)) {
            slots = p.get(k.resumedSlots);
        }
        int site = (int) Math.max(1, Math.round(p.get(k.worksiteSize) * scale));
        return new DestinationTerms((int) Math.round(slots * scale),
                Math.round(p.get(k.grossWage) * 100), p.get(k.stateShare), p.get(k.minderShare),
                Math.round(p.get(k.livingCost) * 100), p.get(k.injuryRate), p.get(k.deathRate),
                p.get(k.defectionOpportunity), p.get(k.minderDensity), site, p.get(k.bribeFactor),
                p.get(k.soldierShare), p.get(k.compliance), p.on(k.keepsWorkers) ? p.get(k.keptShare) : 0,
                p.get(k.capitalAffinity), p.get(k.coreAffinity));
    }

    /** Worksites needed for the current slots (at least one). */
    public int sites() {
        return Math.max(1, Math.min(Short.MAX_VALUE, (slotsAgents + siteAgents - 1) / siteAgents));
    }

    /** The month's host-level pay split into state, minders, living costs and worker; sums to gross exactly. */
    public long[] split() {
        return split(grossCents, stateShare, minderShare, livingCents);
    }

    /**
     * Splits {@code gross} cents: state = round(gross·state), minders = round(gross·minders)
     * capped by what is left, living costs capped by what is left, the rest to the worker.
     * The four parts are non-negative and sum to {@code gross} exactly.
     */
    public static long[] split(long gross, double stateShare, double minderShare, long living) {
        long state = Math.min(gross, Math.round(gross * stateShare));
        long minders = Math.min(gross - state, Math.round(gross * minderShare));
        long live = Math.min(gross - state - minders, living);
        long worker = gross - state - minders - live;
        return new long[] {state, minders, live, worker};
    }

    /** What a civilian worker keeps per month at the host-level wage, in USD. */
    public double keptDollars() {
        return split()[3] / 100.0;
    }
}
