package org.corvee.model;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.model.world.Dimensions.PROVINCE;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Metric;

/** Monthly outputs of the population's renewal (X1): deaths at home and births, by province. */
public final class DemographyMetrics {
    public final Metric deathsAtHome;
    public final Metric births;

    public DemographyMetrics(CounterRegistry r) {
        deathsAtHome = r.persons("deaths_at_home", "Deaths at home by the life table (X1)", FLOW, PROVINCE);
        births = r.persons("births", "Births into households (X1; one for each death at home)", FLOW, PROVINCE);
    }
}
