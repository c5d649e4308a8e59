package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.TimelineEntry;
import org.corvee.model.params.PolicyKeys;
import org.corvee.model.policy.PolicyDates;
import org.corvee.model.world.Destination;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;


/**
 * Staggered flows: in the bundled baseline no destination's workforce falls by more than 30% in
 * one month unless a dated policy event explains it — an entry of the timeline for that host (or
 * for every host), from its date until the workers it concerns could have drained out (a
 * contract plus its spread plus a renewal), or the border closure until the last stranded
 * worker is back. Months with fewer than {@link #MIN_AGENTS} agents abroad are not judged: one
 * agent there is several percent.
 */
class StaggeredFlowsTest {
    private static final double SCALE = 0.05;
    private static final int MIN_AGENTS = 20;

    @Test
    void noUnexplainedFallOfMoreThanThirtyPercentInAMonth() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());
        Scenario base = loader.bundled("baseline");
        Parameters p = base.parameters().with("run.scale", SCALE);
        Simulation sim = Simulation.build(p, base.timeline(), 2);
        MonthlySeries s = sim.run(2, m -> { });
        int drain = p.getInt("dispatch.contract_months") + p.getInt("dispatch.contract_spread")
                + p.getInt("dispatch.renewal_months");
        List<String> unexplained = new ArrayList<>();
        int falls = 0;
        for (Destination d : Destination.values()) {
            boolean[] explained = explained(base, p, sim, d, drain, s.months());
            for (int m = 1; m < s.months(); m++) {
                long before = s.raw(m - 1, sim.metrics().abroadByDestination, d.ordinal());
                long now = s.raw(m, sim.metrics().abroadByDestination, d.ordinal());
                if (before >= MIN_AGENTS && now < 0.7 * before) {
                    falls++;
                    if (!explained[m]) {
                        unexplained.add(d.id() + " " + sim.clock().label(m) + ": " + before + " -> " + now);
                    }
                }
            }
        }
        assertThat(unexplained).as("falls over 30%% in a month with no policy event (of %d falls)", falls).isEmpty();
    }

    private static boolean[] explained(Scenario base, Parameters p, Simulation sim, Destination d, int drain,
                                       int months) {
        boolean[] out = new boolean[months];
        String prefix = "destination." + d.id() + ".";
        for (TimelineEntry e : base.timeline().entries()) {
            boolean concerns = e.set().keySet().stream().anyMatch(k -> k.startsWith(prefix) || k.startsWith("policy."));
            if (concerns) {
                int from = sim.clock().indexOf(e.year(), e.month());
                mark(out, from, from + drain);
            }
        }
        int closure = PolicyDates.index(p, PolicyKeys.BORDER_CLOSURE_START);
        int reopen = PolicyDates.index(p, PolicyKeys.BORDER_REOPEN);
        if (closure != PolicyDates.NEVER) {
            mark(out, closure, reopen == PolicyDates.NEVER ? months : reopen + p.getInt("policy.reopen_spread") + 1);
        }
        return out;
    }

    private static void mark(boolean[] out, int from, int to) {
        for (int m = Math.max(0, from); m <= Math.min(out.length - 1, to); m++) {
            out[m] = true;
        }
    }
}
