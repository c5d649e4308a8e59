package org.corvee.model.dispatch;

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
        this(p, p.getInt("dispatch.songbun_threshold"));
    }

    /** Weights with the songbun threshold in force (widened by OD12). */
    public SelectionWeight(Parameters p, int songbunThreshold) {
        bySongbun[Songbun.CORE.ordinal()] = p.get("dispatch.core_weight");
        bySongbun[Songbun.WAVERING.ordinal()] = 1.0;
        bySongbun[Songbun.HOSTILE.ordinal()] = p.get("dispatch.hostile_weight");
        capital = p.get("dispatch.capital_weight");
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
