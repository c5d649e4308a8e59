package org.corvee.model.state;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.engine.Accumulation.SNAPSHOT;
import static org.corvee.model.world.Dimensions.DESTINATION;

import java.util.List;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Dimension;
import org.corvee.engine.Metric;

/**
 * What a host would report each month (OD11, X6): entries by channel, valid work permits
 * against workers present, renewals. Repatriations by host are {@code repatriated} of
 * {@link DispatchMetrics}.
 */
public final class FlowMetrics {
    /** How a worker entered the host: a work permit, a student or trainee visa, another visa. */
    public static final Dimension CHANNEL = new Dimension("channel", List.of("work", "student", "other"));

    public final Metric renewed;
    public final Metric entries;
    public final Metric presentByChannel;
    public final Metric validPermits;

    public FlowMetrics(CounterRegistry r) {
        renewed = r.persons("contracts_renewed", "Contracts renewed at their end for another term (dispatch)",
                FLOW, DESTINATION);
        entries = r.persons("entries", "Workers entering the host, by the channel they entered on (OD11)",
                FLOW, DESTINATION, CHANNEL);
        presentByChannel = r.persons("workers_present", "Workers present at month end by entry channel (OD11)",
                SNAPSHOT, DESTINATION, CHANNEL);
        validPermits = r.persons("valid_permits", "Workers present holding a work permit the host still"
                + " recognises at month end (entered on a work permit, before the host's repatriation deadline,"
                + " not kept past the contract's end without a new permit) (OD11)", SNAPSHOT, DESTINATION);
    }
}
