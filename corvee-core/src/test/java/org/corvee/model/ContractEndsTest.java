package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.model.state.ContractEnds;
import org.corvee.model.state.DispatchState;
import org.corvee.model.world.Destination;
import org.junit.jupiter.api.Test;

/**
 * Selection's expected vacancies are kept where contracts start, change and end
 * ({@link ContractEnds}); every month of a run with renewals, repatriation and stranding (the
 * defaults' sanctions from Dec 2017, deadline Dec 2019, closure from Jan 2020 to Aug 2023) they
 * agree with a pass over the workers abroad, for every host and every month of the recruiting lead.
 */
class ContractEndsTest {
    @Test
    void keptCountsAgreeWithARecountEveryMonth() {
        Simulation sim = Simulation.build(TestParameters.small(0.004, 2010, 2024));
        int[] nonZero = new int[1];
        sim.run(1, m -> {
            DispatchState state = sim.world().dispatch();
            for (int d = 0; d < Destination.values().length; d++) {
                for (int month = m - 1; month <= m + 14; month++) {
                    int kept = state.contractEnds.endingBy(d, month);
                    assertThat(kept).as("host %d, due by %d, month %d", d, month, m)
                            .isEqualTo(ContractEnds.recount(sim.world().population(), state.abroad, d, month));
                    nonZero[0] += kept > 0 ? 1 : 0;
                }
            }
        });
        assertThat(nonZero[0]).isPositive();
    }
}
