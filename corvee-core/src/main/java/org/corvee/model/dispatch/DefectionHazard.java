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
 * exponential and a few lookups; {@link #draws} skips even the exponential for the many workers
 * whose draw shows no event whatever their hazard below a small bound. A pure function of the
 * worker's row: safe in parallel chunks.
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
    /**
     * A bound on the month's mean events of an agent: below it, every draw under {@link #CALM_DRAW}
     * gives no event ({@link #none}: u &lt; 1 − λ − 1e-9 whatever λ &lt; CALM), and such a draw
     * is 98% of draws; the hazards of workers abroad are far below it (about 1e-3 a month).
     */
    private static final double CALM = 1.0 / 64;
    /** 1 − {@link #CALM} − 1e-9, evaluated as {@link #none} evaluates 1 − λ − 1e-9 (so, λ &lt; CALM, never above it). */
    private static final double CALM_DRAW = 1 - CALM - 1e-9;
    /**
     * Per destination: the largest exponent (resentment, gap and loyalty terms) for which λ is
     * surely below {@link #CALM}: ln(CALM / (exposure × persons per agent)), less a margin far
     * wider than the rounding of the logarithm, the exponential and the products, and at most 700
     * (so that the exponential of an exponent let through is finite, as it is in {@link #events}).
     */
    private final double[] calmExponent;

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
        calmExponent = new double[nd];
        for (int d = 0; d < nd; d++) {
            DestinationTerms t = monthTerms.destination(d);
            exposure[d] = base * t.opportunity() * (1 - t.minderDensity());
            calmExponent[d] = Math.min(700, Math.log(CALM / (exposure[d] * personsPerAgent)) - 1e-6);
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
        return events(d, exponent(pop, sites, i, d, w, province, urban));
    }

    /**
     * True if agent {@code i} (as in {@link #events}) has an event this month by draw {@code u}:
     * exactly {@code !none(events(...), u)}, without the exponential when the exponent keeps the
     * hazard below {@link #CALM} and the draw is below {@link #CALM_DRAW}.
     */
    boolean draws(Population pop, Worksites sites, int i, int d, int w, int province, int urban, double u) {
        double x = exponent(pop, sites, i, d, w, province, urban);
        if (u < CALM_DRAW && x <= calmExponent[d]) {
            return false;
        }
        return !none(events(d, x), u);
    }

    /** The exponent of the hazard: resentment_coef·r + gap_coef·gap − loyalty_coef·loyalty/100. */
    private double exponent(Population pop, Worksites sites, int i, int d, int w, int province, int urban) {
        int sector = sites.sector(d, w);
        double g = gap[(d * sectors + sector) * provinces * 2 + province * 2 + urban];
        return rc * pop.resentment[i] + gc * g - lc * pop.loyalty[i] / 100.0;
    }

    /** The mean events at destination {@code d} for exponent {@code x}: min(h, 1) × persons per agent. */
    private double events(int d, double x) {
        double h = exposure[d] * Math.exp(x);
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
