package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;
import org.corvee.model.policy.HostPolicy;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.FlowMetrics;
import org.corvee.model.world.Destination;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a host would report (OD11, X6) agrees with the model's own counts in the bundled
 * baseline, month by month and host by host: workers present by channel add up to the
 * workforce, entries by channel to the departures, valid permits never exceed the workers
 * present on a work permit and are void after the UN deadline, and a worker a host keeps past
 * the contract (OD11) is present without a valid permit.
 */
class HostReportsTest {
    private static final double SCALE = 0.01;
    private static final int START = 2015;
    /** Month index of December 2019, the deadline of the UNSCR 2397 entries. */
    private static final int DEADLINE = (2019 - START) * 12 + 11;
    private static final int CHANNELS = FlowMetrics.CHANNEL.size();
    private static Simulation sim;
    private static MonthlySeries series;
    private static Parameters params;
    private static Timeline timeline;

    @BeforeAll
    static void run() throws Exception {
        Scenario base = new ScenarioLoader(ParameterCatalog.load()).bundled("baseline");
        params = base.parameters().with("run.scale", SCALE).with("run.start_year", START)
                .with("run.end_year", 2026).with("mechanism.dp1_assignment", 0.0);
        timeline = base.timeline();
        sim = Simulation.build(params, timeline, 2);
        series = sim.run(2, m -> { });
    }

    private static long present(int m, int d, int channel) {
        return series.raw(m, sim.flowMetrics().presentByChannel, d * CHANNELS + channel);
    }

    @Test
    void presentAndEntriesByChannelAddUpToTheWorkforceAndTheDepartures() {
        DispatchMetrics dm = sim.metrics();
        FlowMetrics fm = sim.flowMetrics();
        List<String> problems = new ArrayList<>();
        for (int m = 0; m < series.months(); m++) {
            for (Destination d : Destination.values()) {
                int x = d.ordinal();
                long present = 0;
                long entries = 0;
                for (int ch = 0; ch < CHANNELS; ch++) {
                    present += present(m, x, ch);
                    entries += series.raw(m, fm.entries, x * CHANNELS + ch);
                }
                if (present != series.raw(m, dm.abroadByDestination, x)) {
                    problems.add(d.id() + " month " + m + ": present " + present);
                }
                if (entries != series.raw(m, dm.departures, x)) {
                    problems.add(d.id() + " month " + m + ": entries " + entries);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void validPermitsAreHeldOnlyByWorkPermitEntrantsNotKeptAndVoidAfterTheDeadline() {
        DispatchMetrics dm = sim.metrics();
        FlowMetrics fm = sim.flowMetrics();
        List<String> problems = new ArrayList<>();
        long[] withoutPermit = new long[Destination.values().length];
        for (Destination d : Destination.values()) {
            int x = d.ordinal();
            long keptSoFar = 0;
            for (int m = 0; m < series.months(); m++) {
                keptSoFar += series.raw(m, dm.kept, x);
                long valid = series.raw(m, fm.validPermits, x);
                long work = present(m, x, HostPolicy.WORK);
                if (valid > work) {
                    problems.add(d.id() + " month " + m + ": valid " + valid + " > present " + work);
                }
                if (m > DEADLINE && valid != 0) {
                    problems.add(d.id() + " month " + m + ": " + valid + " valid after the deadline");
                }
                if (m <= DEADLINE) {
                    // Before the deadline only a worker kept past the contract holds no valid permit.
                    if (work - valid > keptSoFar) {
                        problems.add(d.id() + " month " + m + ": " + (work - valid) + " without permit, "
                                + keptSoFar + " kept");
                    }
                    withoutPermit[x] += work - valid;
                }
            }
        }
        assertThat(problems).isEmpty();
        Parameters in2020 = timeline.inForce(params, 2020, 1);
        for (Destination d : Destination.values()) {
            int x = d.ordinal();
            boolean keeps = in2020.get("destination." + d.id() + ".compliance") < 1
                    && in2020.get("destination." + d.id() + ".keeps_workers") > 0;
            long kept = 0;
            for (int m = 0; m < series.months(); m++) {
                kept += series.raw(m, dm.kept, x);
            }
            assertThat(kept > 0).as("%s keeps workers past their contracts", d).isEqualTo(keeps);
            assertThat(withoutPermit[x] > 0).as("%s: workers without a valid permit before the deadline", d)
                    .isEqualTo(keeps);
        }
    }
}
