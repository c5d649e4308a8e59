package org.corvee.model.policy;

import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.StateResponseKeys;
import org.corvee.model.world.Songbun;

/**
 * The state's answer to revenue shortfalls (OD12). Each January the revenue of the past twelve
 * months (cents, at run scale) is compared with {@code state_response.revenue_target} × scale:
 * after a short year the extra levy and the contract extension each rise by one step (up to
 * their caps), after a year on target they fall by one step (not below zero). After
 * {@code widen_after} consecutive short years the pool is widened: every songbun class may
 * apply until a year on target. With {@code mechanism.od12_state_response} off nothing changes.
 */
public final class StateResponse {
    private double levy;
    private int contractBonus;
    private int shortYears;
    private long revenueCents;

    /** Adds state revenue (cents, at run scale) of the current month. */
    public void addRevenue(long cents) {
        revenueCents += cents;
    }

    /** The January review of the past year. */
    public void review(Parameters p, double scale) {
        long year = revenueCents;
        revenueCents = 0;
        if (!p.on(MechanismKeys.OD12_STATE_RESPONSE)) {
            levy = 0;
            contractBonus = 0;
            shortYears = 0;
            return;
        }
        double target = p.get(StateResponseKeys.REVENUE_TARGET) * scale * 100;
        double step = p.get(StateResponseKeys.LEVY_STEP);
        int months = p.getInt(StateResponseKeys.CONTRACT_STEP);
        if (year < target) {
            shortYears++;
            levy = Math.min(p.get(StateResponseKeys.LEVY_MAX), levy + step);
            contractBonus = Math.min(p.getInt(StateResponseKeys.CONTRACT_MAX), contractBonus + months);
        } else {
            shortYears = 0;
            levy = Math.max(0, levy - step);
            contractBonus = Math.max(0, contractBonus - months);
        }
    }

    /** Extra levy, a share of gross moved from the worker to the state. */
    public double levy() {
        return levy;
    }

    /** Months added to new contracts. */
    public int contractBonus() {
        return contractBonus;
    }

    /** True if the pool is widened to every songbun class. */
    public boolean widened(Parameters p) {
        return p.on(MechanismKeys.OD12_STATE_RESPONSE) && shortYears >= p.getInt(StateResponseKeys.WIDEN_AFTER);
    }

    /** The songbun threshold in force: the parameter, or every class when widened. */
    public int songbunThreshold(Parameters p) {
        return widened(p) ? Songbun.values().length - 1 : p.getInt(DispatchKeys.SONGBUN_THRESHOLD);
    }
}
