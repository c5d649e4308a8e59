package org.corvee.model.dispatch;

import org.corvee.model.params.ConditionsKeys;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.SectorTerms;
import org.corvee.model.world.Destination;

/**
 * The state a worker already abroad at the start has built up over the months served (spin-up),
 * by the model's own monthly rules applied without chance: resentment from the sector's hours
 * (g = {@code conditions.resentment_per_hour} × hours above {@code normal_hours} a month, fading
 * by {@code conditions.resentment_recovery} a month when {@code mechanism.x3_belief_memory} is on,
 * as {@link WorkConditionsPhase} has it: after s months g(1 − k^s)/(1 − k) with k = 1 − recovery,
 * g·s without recovery, capped at 1; withheld wages and injuries, being chance events, are left
 * out), and the bribe paid at
 * departure — from savings, the shortfall borrowed at {@code dispatch.debt_interest} a month and
 * repaid from the pay kept, D_s = L(1+i)^s − k((1+i)^s − 1)/i, what is left over saved.
 */
final class ServedMonths {
    private final Parameters p;
    private final double normal;
    private final double perHour;
    private final double interest;
    private final boolean gate;
    private final boolean hazards;
    /** Share of resentment abroad kept from one month to the next (1 without memory). */
    private final double keep;

    ServedMonths(Parameters p) {
        this.p = p;
        normal = p.get(ConditionsKeys.NORMAL_HOURS);
        perHour = p.get(ConditionsKeys.RESENTMENT_PER_HOUR);
        gate = p.on(MechanismKeys.OD3_SELECTION_GATE);
        interest = gate ? p.get(DispatchKeys.DEBT_INTEREST) : 0;
        hazards = p.on(MechanismKeys.OD5_HAZARDS);
        keep = p.on(MechanismKeys.X3_BELIEF_MEMORY) ? 1 - p.get(ConditionsKeys.RESENTMENT_RECOVERY) : 1;
    }

    /** Worker {@code i} at {@code d} has served {@code served} months, having left {@code yearsThen} after the reference year. */
    void served(Population pop, int i, Destination d, int served, double yearsThen, DestinationTerms t) {
        if (hazards) {
            double hours = SectorTerms.of(SectorTerms.sectorOf(d, pop.worksite[i]), p).hours();
            double grievance = perHour * Math.max(0, hours - normal);
            double months = keep < 1 ? (1 - Math.pow(keep, served)) / (1 - keep) : served;
            pop.resentment[i] = (float) Math.min(1, months * grievance);
        }
        if (!gate) {
            return;
        }
        double bribe = Bribe.at(p, yearsThen, t);
        double fromSavings = Math.min(pop.savings[i], bribe);
        double loan = bribe - fromSavings;
        double k = t.keptDollars();
        double grown = Math.pow(1 + interest, served);
        double debt = interest > 0 ? loan * grown - k * (grown - 1) / interest : loan - k * served;
        pop.savings[i] -= (float) fromSavings;
        if (debt > 0) {
            pop.debt[i] = (float) debt;
        } else {
            // Repaid: what was kept after repaying is saved (interest is not earned on savings).
            double repaidAt = interest > 0 ? Math.log(k / (k - loan * interest)) / Math.log(1 + interest) : loan / k;
            double months = Double.isFinite(repaidAt) ? Math.max(0, served - repaidAt) : served;
            pop.savings[i] += (float) (months * k);
        }
    }
}
