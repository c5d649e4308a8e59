package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.Metric;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.world.Destination;
import org.junit.jupiter.api.Test;

/** Host-policy events (OD11) take effect on their dates, and parameter changes mid-run take effect next month. */
class HostPolicyTimelineTest {
    private static final double SCALE = 0.003;
    private static final Destination[] COMPLYING = {Destination.POLAND, Destination.QATAR, Destination.KUWAIT,
            Destination.MONGOLIA};

    private static long destinationCells(MonthlySeries s, int m, Metric metric, int d) {
        int width = metric.size() / Destination.values().length;
        long sum = 0;
        for (int k = 0; k < width; k++) {
            sum += s.raw(m, metric, d * width + k);
        }
        return sum;
    }

    private static long sum(MonthlySeries s, Metric metric, int from, int to) {
        long total = 0;
        for (int m = from; m < to; m++) {
            total += s.rawTotal(m, metric);
        }
        return total;
    }

    @Test
    void sanctionsRepatriationAndBorderClosureFallOnTheirDates() {
        Parameters p = TestParameters.small(SCALE, 2017, 2021);
        Simulation sim = Simulation.build(p);
        DispatchMetrics dm = sim.metrics();
        MonthlySeries s = sim.run(2, m -> { });
        int dec2017 = 11;
        int dec2019 = 35;
        int jan2020 = 36;
        int dec2021 = 59;
        assertThat(sum(s, dm.selected, 0, dec2017)).isPositive();
        assertThat(sum(s, dm.selected, dec2017, s.months())).as("no new permits from Dec 2017").isZero();
        long complyingBefore = 0;
        for (Destination d : COMPLYING) {
            complyingBefore += s.raw(dec2017 - 1, dm.abroadByDestination, d.ordinal());
            assertThat(s.raw(dec2019, dm.abroadByDestination, d.ordinal())).as("%s home by Dec 2019", d).isZero();
        }
        assertThat(complyingBefore).isPositive();
        assertThat(sum(s, dm.repatriated, dec2017, dec2019 + 1)).isPositive();
        assertThat(sum(s, dm.repatriated, dec2019 + 1, s.months())).isZero();
        // Border closed from Jan 2020 (reopens Aug 2023): nobody leaves or returns; contracts extended.
        assertThat(sum(s, dm.departures, jan2020, s.months())).isZero();
        assertThat(sum(s, dm.returns, jan2020, s.months())).isZero();
        assertThat(sum(s, dm.extended, jan2020, s.months())).isPositive();
        assertThat(s.rawTotal(dec2021, dm.stranded)).isPositive();
        assertThat(sum(s, dm.extended, 0, jan2020)).isZero();
    }

    @Test
    void withFullComplianceEveryoneIsHomeByTheDeadline() {
        Parameters p = TestParameters.small(SCALE, 2017, 2019);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".compliance", 1.0);
        }
        Simulation sim = Simulation.build(p);
        MonthlySeries s = sim.run(2, m -> { });
        assertThat(s.rawTotal(22, sim.metrics().abroadByDestination)).isPositive();
        assertThat(s.rawTotal(35, sim.metrics().abroadByDestination)).as("Dec 2019").isZero();
        assertThat(s.rawTotal(35, sim.metrics().abroad)).isZero();
    }

    @Test
    void russiaResumesIn2023AndDeparturesWaitForTheBorder() {
        // Nobody abroad at the start: the initial fill ignores the sanctions, and the 2022 slots
        // (grown since run.levels_year) would leave Russia full until well after the resumption.
        Parameters p = TestParameters.small(SCALE, 2022, 2024).with("dispatch.initial_fill", 0);
        Simulation sim = Simulation.build(p);
        DispatchMetrics dm = sim.metrics();
        MonthlySeries s = sim.run(2, m -> { });
        int russia = Destination.RUSSIA.ordinal();
        long selected2022 = 0;
        long selected2023 = 0;
        long others = 0;
        for (int m = 0; m < s.months(); m++) {
            long r = destinationCells(s, m, dm.selected, russia);
            if (m < 12) {
                selected2022 += r;
            } else {
                selected2023 += r;
            }
            others += s.rawTotal(m, dm.selected) - r;
        }
        assertThat(selected2022).isZero();
        assertThat(selected2023).isPositive();
        assertThat(others).isZero();
        int aug2023 = 19;
        assertThat(sum(s, dm.departures, 0, aug2023)).isZero();
        assertThat(s.raw(aug2023, dm.departures, russia)).isPositive();
    }

    @Test
    void aParameterChangeAtAMonthTakesEffectTheNextMonth() {
        Parameters p = TestParameters.small(SCALE, 2010, 2011);
        Simulation sim = Simulation.build(p);
        DispatchMetrics dm = sim.metrics();
        MonthlySeries s = sim.run(2, m -> {
            if (m == 5) {
                sim.world().setParameters(sim.world().parameters().with("policy.new_permits", 0));
            }
        });
        assertThat(sum(s, dm.selected, 0, 6)).isPositive();
        assertThat(sum(s, dm.selected, 6, s.months())).isZero();
    }
}
