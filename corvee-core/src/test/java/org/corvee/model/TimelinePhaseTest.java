package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;
import org.corvee.model.world.Destination;
import org.junit.jupiter.api.Test;

/** The timeline phase changes the parameters in force at the right month, before any other phase. */
class TimelinePhaseTest {
    @Test
    void parametersChangeFromTheEntryMonthOn() {
        Parameters p = TestParameters.small(0.0005, 2010, 2011);
        Timeline t = new Timeline(List.of(
                TimelineEntry.of(1, 2011, 3, "dearer", Map.of("dispatch.bribe", 5000.0)),
                TimelineEntry.of(2, 2011, 3, "", Map.of("dispatch.bribe", 6000.0, "beliefs.tie_trust", 0.1))));
        Simulation sim = Simulation.build(p, t);
        List<Double> bribe = new ArrayList<>();
        List<Double> trust = new ArrayList<>();
        sim.run(1, m -> {
            bribe.add(sim.world().parameters().get("dispatch.bribe"));
            trust.add(sim.world().parameters().get("beliefs.tie_trust"));
        });
        assertThat(bribe.subList(0, 14)).containsOnly(1000.0);
        assertThat(bribe.subList(14, 24)).containsOnly(6000.0);
        assertThat(trust.subList(0, 14)).containsOnly(0.6);
        assertThat(trust.subList(14, 24)).containsOnly(0.1);
        assertThat(sim.parameters().get("dispatch.bribe")).isEqualTo(1000.0);
        assertThat(sim.engine().phases().get(0).name()).isEqualTo("timeline");
    }

    @Test
    void closingEveryDestinationStopsSelectionFromThatMonth() {
        Parameters p = TestParameters.small(0.002, 2010, 2012);
        Map<String, Double> shutAll = new java.util.LinkedHashMap<>();
        for (Destination d : Destination.values()) {
            shutAll.put("destination." + d.id() + ".slots_max", 0.0);
        }
        Timeline closed = new Timeline(List.of(TimelineEntry.of(1, 2011, 1, "closed", shutAll)));
        Simulation open = Simulation.build(p);
        Simulation shut = Simulation.build(p, closed);
        MonthlySeries a = open.run(1, m -> { });
        MonthlySeries b = shut.run(1, m -> { });
        long selectedOpen = 0;
        long selectedShut = 0;
        for (int m = 0; m < 36; m++) {
            long x = a.rawTotal(m, open.metrics().selected);
            long y = b.rawTotal(m, shut.metrics().selected);
            if (m < 12) {
                assertThat(y).as("month %d, before the entry", m).isEqualTo(x);
            } else {
                selectedOpen += x;
                selectedShut += y;
            }
        }
        assertThat(selectedOpen).isPositive();
        assertThat(selectedShut).isZero();
    }

    @Test
    void entriesBeforeTheStartApplyFromTheStartAndAfterTheEndNever() {
        Parameters p = TestParameters.small(0.0005, 2010, 2011);
        Timeline t = new Timeline(List.of(TimelineEntry.of(1, 2005, 1, "", Map.of("dispatch.bribe", 7.0)),
                TimelineEntry.of(2, 2012, 1, "", Map.of("dispatch.bribe", 9.0))));
        Simulation sim = Simulation.build(p, t);
        double[] bribe = new double[2];
        sim.run(1, m -> {
            if (m == 0) {
                bribe[0] = sim.world().parameters().get("dispatch.bribe");
            }
            bribe[1] = sim.world().parameters().get("dispatch.bribe");
        });
        assertThat(bribe[0]).isEqualTo(7.0);
        assertThat(bribe[1]).isEqualTo(7.0);
    }
}
