package org.corvee.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.world.Province;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The initial state is an equilibrium (spin-up, issue 13): a run that starts in January 2010
 * starts where a run started ten years earlier stands in January 2010 (a burn-in). Compared: the
 * informed share by province (asserted), at a small scale. The workers abroad (months served,
 * resentment, debt), the living returnees and the confidence of adults at home are printed for
 * the record.
 *
 * <p>What the tolerance absorbs (measured, seed 1): the burn-in is not a clean equilibrium either.
 * Its state response (OD12) lengthens new contracts by up to 24 months in 2001-09 (the revenue
 * target is fixed while the 2000s' slots are smaller), so fewer come home and the capital's share
 * is 0.357 against 0.416 at the start; with OD12 off the two agree (0.419 and 0.416), but the
 * provinces then start 25-40% low, because the history draws its returnees by selection weight
 * alone while in the run who applies also depends on the region's income and beliefs.
 */
class SpinUpEquilibriumTest {
    private static final double SCALE = 0.02;
    /**
     * Relative tolerance per province: at this scale a small province's informed share moves by
     * about a fifth from seed to seed (its informed come in households of a few hundred
     * returnees). Before the history told ties (a households-only history) every province
     * started 60-75% below the burn-in's share.
     */
    private static final double TOLERANCE = 0.35;

    @Test
    void initialStateMatchesTenYearBurnIn() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());
        Scenario base = loader.bundled("baseline");
        Parameters p = base.parameters().with("run.scale", SCALE);
        int adult = p.getInt(BeliefsKeys.ADULT_AGE);
        Simulation start = Simulation.build(p.with("run.start_year", 2010).with("run.end_year", 2010),
                base.timeline(), 2);
        int now = start.world().clock().absolute(0);
        SpinUpStats initial = SpinUpStats.of(start.world().population(), now, 0, adult);
        Simulation burn = Simulation.build(p.with("run.start_year", 2000).with("run.end_year", 2009),
                base.timeline(), 2);
        burn.run(2, m -> { });
        SpinUpStats burned = SpinUpStats.of(burn.world().population(), now, 120, adult);
        System.out.println("initial  " + initial);
        System.out.println("burn-in  " + burned);
        for (Province pr : Province.values()) {
            double a = initial.informed()[pr.ordinal()];
            double b = burned.informed()[pr.ordinal()];
            assertTrue(Math.abs(a - b) <= TOLERANCE * b, pr.id() + ": informed share " + a + " at the start, " + b + " after a burn-in");
        }
    }
}
