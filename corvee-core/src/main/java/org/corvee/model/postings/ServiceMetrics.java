package org.corvee.model.postings;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.model.world.Dimensions.PROVINCE;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Metric;

/**
 * Monthly outputs of military service (X1): enlistments and discharges by home province. The
 * soldiers themselves are counted by the census under status {@code service}.
 */
public final class ServiceMetrics {
    public final Metric enlisted;
    public final Metric discharged;

    public ServiceMetrics(CounterRegistry r) {
        enlisted = r.persons("service_enlisted", "Men enlisting in military service (X1)", FLOW, PROVINCE);
        discharged = r.persons("service_discharged", "Soldiers discharged in a spring or autumn wave (X1, DP1)",
                FLOW, PROVINCE);
    }
}
