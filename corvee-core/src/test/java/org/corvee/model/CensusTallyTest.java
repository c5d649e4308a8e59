package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.PhaseObserver;
import org.corvee.engine.StepContext;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The census kept incrementally ({@link CensusTally}) equals a full recount ({@link CensusRecount})
 * after every month of whole runs with every mechanism on: counts exactly, belief sums exactly in
 * the tally's units and within the stated rounding of the old per-chunk sums.
 */
class CensusTallyTest {
    /** Checks the census cells against a recount right after the census phase of each month. */
    private static final class Oracle implements PhaseObserver {
        private final Simulation sim;
        int months;
        long maxBeliefGap;
        long maxSquaresGap;

        Oracle(Simulation sim) {
            this.sim = sim;
        }

        @Override
        public void after(Phase phase, StepContext ctx) {
            if (!(phase instanceof CensusPhase)) {
                return;
            }
            Population pop = sim.world().population();
            DispatchMetrics dm = sim.metrics();
            long[] c = ctx.counters();
            CensusRecount r = new CensusRecount(pop, ctx.clock().absolute(ctx.month()), dm.beliefSum,
                    dm.beliefSquares);
            String month = ctx.clock().label(ctx.month());
            for (int pr = 0; pr < Province.values().length; pr++) {
                for (int st = 0; st < Status.COUNT; st++) {
                    assertThat(c[dm.persons.at(pr, st)]).as("persons %s %d %d", month, pr, st)
                            .isEqualTo(r.persons[pr][st]);
                }
                assertThat(c[dm.informed.at(pr)]).as("informed %s %d", month, pr).isEqualTo(r.informed[pr]);
                assertThat(c[dm.adults.at(pr)]).as("adults %s %d", month, pr).isEqualTo(r.adults[pr]);
                assertThat(c[dm.loyaltySum.at(pr)]).as("loyalty %s %d", month, pr).isEqualTo(r.loyalty[pr]);
                assertThat(c[dm.beliefSum.at(pr)]).as("belief sum %s %d", month, pr)
                        .isEqualTo(dm.beliefSum.fixed(r.beliefUnits[pr] / CensusTally.BELIEF_UNIT));
                assertThat(c[dm.beliefSquares.at(pr)]).as("belief squares %s %d", month, pr)
                        .isEqualTo(dm.beliefSquares.fixed(r.squareUnits[pr] / CensusTally.SQUARE_UNIT));
                // The old census rounded once per chunk and province: at most half a unit each,
                // plus the new rounding and the per-person roundings (far below a unit here).
                long bound = ParallelRanges.chunks(pop.size) + 2;
                long beliefGap = Math.abs(c[dm.beliefSum.at(pr)] - r.oldBeliefSum[pr]);
                long squaresGap = Math.abs(c[dm.beliefSquares.at(pr)] - r.oldBeliefSquares[pr]);
                assertThat(beliefGap).as("belief sum against the old census %s %d", month, pr).isLessThanOrEqualTo(bound);
                assertThat(squaresGap).as("squares against the old census %s %d", month, pr)
                        .isLessThanOrEqualTo(bound);
                maxBeliefGap = Math.max(maxBeliefGap, beliefGap);
                maxSquaresGap = Math.max(maxSquaresGap, squaresGap);
            }
            months++;
        }
    }

    private static void run(Simulation sim, int threads) {
        Oracle oracle = new Oracle(sim);
        sim.engine().observe(oracle);
        sim.run(threads, m -> { });
        assertThat(oracle.months).isEqualTo(sim.clock().months());
        System.out.printf("census tally: %d months, %d agents, largest gap to the old census: belief sum %d"
                + " cents, squares %d USD^2%n", oracle.months, sim.world().population().size, oracle.maxBeliefGap,
                oracle.maxSquaresGap);
    }

    @Test
    void everyMonthEqualsAFullRecountWithEveryMechanismOn() {
        // 0.004 ≈ 93k agents: three chunks, so parallel phases really share rows between threads.
        // The outside source is switched on from the start so that its hook is exercised too.
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.004).with("run.start_year", 2010)
                .with("run.end_year", 2016).with("beliefs.outside_source_reach", 0.02);
        run(Simulation.build(p), 2);
    }

    @Test
    void aTimelineScenarioEqualsAFullRecountEveryMonth() throws Exception {
        // Sanctions, repatriation by the deadline, the border closure and the outside source.
        ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());
        Scenario s = loader.override(loader.bundled("information-campaign"),
                List.of("run.scale=0.003", "run.start_year=2014", "run.end_year=2021"));
        run(Simulation.build(s.parameters(), s.timeline()), 1);
    }
}
