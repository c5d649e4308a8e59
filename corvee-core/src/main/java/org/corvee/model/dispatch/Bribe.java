package org.corvee.model.dispatch;

import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.terms.DestinationTerms;

/**
 * The bribe to be selected (OD3): a level of {@code run.levels_year} growing each calendar year
 * (T11: roughly doubling to tripling by 2025), times the destination's {@code bribe_factor}; zero with
 * {@code mechanism.od3_selection_gate} off.
 */
public final class Bribe {
    private Bribe() {
    }

    /** Bribe in USD {@code years} after the levels year ({@link LevelYears}; whole years: bribes change yearly). */
    public static double at(Parameters p, double years) {
        if (!p.on(MechanismKeys.OD3_SELECTION_GATE)) {
            return 0;
        }
        return p.get(DispatchKeys.BRIBE) * Math.pow(1 + p.get(DispatchKeys.BRIBE_GROWTH), Math.floor(years));
    }

    /** Bribe in USD for destination terms {@code t}. */
    public static double at(Parameters p, double years, DestinationTerms t) {
        return at(p, years) * t.bribeFactor();
    }
}
