package org.corvee.model.dispatch;

import org.corvee.model.params.DefectionKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.HomeIncome;
import org.corvee.model.people.Population;
import org.corvee.model.state.Worksites;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Province;
import org.corvee.model.world.Sector;

/**
 * A month's defection hazard of a worker abroad (OD6, OD10), as {@link DefectionPhase} states it:
 * {@code h = base_rate × opportunity × (1 − minder_density) × exp(resentment_coef·r + gap_coef·gap
 * − loyalty_coef·loyalty/100)}, gap = ln(gross abroad / income at home). The terms that depend
 * only on destination, sector, province and urban are tabled once a month, so a worker costs one
 * exponential and a few lookups. A pure function of the worker's row: safe in parallel chunks.
 */
final class DefectionHazard {
    private final double[] exposure;
    private final double[] gap;
    private final int sectors;
    private final int provinces;
    private final double rc;
    private final double gc;
    private final double lc;
    private final double personsPerAgent;

    DefectionHazard(Parameters p, MonthTerms monthTerms, double years, double personsPerAgent) {
        double base = p.get(DefectionKeys.BASE_RATE);
        rc = p.get(DefectionKeys.RESENTMENT_COEF);
        gc = p.get(DefectionKeys.GAP_COEF);
        lc = p.get(DefectionKeys.LOYALTY_COEF);
        this.personsPerAgent = personsPerAgent;
        HomeIncome income = new HomeIncome(p);
        provinces = Province.values().length;
        double[] home = new double[provinces * 2];
        for (int pr = 0; pr < provinces; pr++) {
            home[pr * 2] = Math.max(1, income.monthly(pr, 0, years));
            home[pr * 2 + 1] = Math.max(1, income.monthly(pr, 1, years));
        }
        Sector[] all = Sector.values();
        sectors = all.length;
        int nd = Destination.values().length;
        gap = new double[nd * sectors * provinces * 2];
        exposure = new double[nd];
        for (int d = 0; d < nd; d++) {
            DestinationTerms t = monthTerms.destination(d);
            exposure[d] = base * t.opportunity() * (1 - t.minderDensity());
            for (Sector s : all) {
                double gross = Math.max(1, t.grossCents() / 100.0 * monthTerms.sector(s).wageFactor());
                for (int x = 0; x < provinces * 2; x++) {
                    gap[(d * sectors + s.ordinal()) * provinces * 2 + x] = Math.log(gross / home[x]);
                }
            }
        }
    }

    /**
     * The mean number of defection events this month of agent {@code i}'s persons, at worksite
     * {@code w} of destination {@code d}, from province {@code province} ({@code urban} 0 or 1):
     * min(h, 1) × persons per agent.
     */
    double events(Population pop, Worksites sites, int i, int d, int w, int province, int urban) {
        int sector = sites.sector(d, w);
        double g = gap[(d * sectors + sector) * provinces * 2 + province * 2 + urban];
        double h = exposure[d] * Math.exp(rc * pop.resentment[i] + gc * g - lc * pop.loyalty[i] / 100.0);
        return Math.min(h, 1) * personsPerAgent;
    }

    /**
     * True if draw {@code u} gives no event for mean {@code lambda} (u below e^−λ). Since
     * e^−λ ≥ 1 − λ, most workers are settled without the exponential; the 1e-9 margin covers
     * rounding, so the outcome is exactly that of the comparison with e^−λ.
     */
    static boolean none(double lambda, double u) {
        return u < 1 - lambda - 1e-9 || u < Math.exp(-lambda);
    }
}
