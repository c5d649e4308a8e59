package org.corvee.model.dispatch;

import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;

/**
 * How strongly the state prefers an applicant (OD3, OD13): odds multipliers for the capital
 * and for songbun class; zero for classes below the eligibility threshold.
 */
public final class SelectionWeight {
    private final double[] bySongbun = new double[Songbun.values().length];
    private final double capital;
    private final int threshold;

    public SelectionWeight(Parameters p) {
        this(p, p.getInt(DispatchKeys.SONGBUN_THRESHOLD));
    }

    /** Weights with the songbun threshold in force (widened by OD12). */
    public SelectionWeight(Parameters p, int songbunThreshold) {
        bySongbun[Songbun.CORE.ordinal()] = p.get(DispatchKeys.CORE_WEIGHT);
        bySongbun[Songbun.WAVERING.ordinal()] = 1.0;
        bySongbun[Songbun.HOSTILE.ordinal()] = p.get(DispatchKeys.HOSTILE_WEIGHT);
        capital = p.get(DispatchKeys.CAPITAL_WEIGHT);
        threshold = songbunThreshold;
    }

    /** True if the class may apply at all. */
    public boolean eligible(int songbun) {
        return songbun <= threshold;
    }

    /** Selection weight of a person of this province and class. */
    public double weight(int province, int songbun) {
        if (!eligible(songbun)) {
            return 0;
        }
        return bySongbun[songbun] * (province == Province.PYONGYANG.ordinal() ? capital : 1.0);
    }
}
