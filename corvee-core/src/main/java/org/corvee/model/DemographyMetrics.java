package org.corvee.model;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.engine.Accumulation.SNAPSHOT;
import static org.corvee.model.world.Dimensions.PROVINCE;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Metric;

/**
 * Monthly outputs of the population's renewal (X1): deaths at home, births and marriages by
 * province, and the households with anyone in them.
 */
public final class DemographyMetrics {
    public final Metric deathsAtHome;
    public final Metric births;
    public final Metric marriages;
    public final Metric households;

    public DemographyMetrics(CounterRegistry r) {
        deathsAtHome = r.persons("deaths_at_home", "Deaths at home by the life table (X1)", FLOW, PROVINCE);
        births = r.persons("births", "Births into households (X1: by the fertility schedule; with x1_fertility off one"
                + " for each death at home)", FLOW, PROVINCE);
        marriages = r.register("marriages", "couples", "Marriages (X1 marriage), by the province of the couple", FLOW, 1,
                true, PROVINCE);
        households = r.register("households", "households", "Households with at least one member at month end (X1)",
                SNAPSHOT, 1, true);
    }
}
