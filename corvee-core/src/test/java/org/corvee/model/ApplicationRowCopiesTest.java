package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.world.PersonFlags;
import org.junit.jupiter.api.Test;

/**
 * The copies the application round reads instead of the columns they stand for stay true every
 * month of a run: a row holds perceived risk only if it is marked {@link PersonFlags#AT_RISK},
 * and {@link FamilyTies}' per-row copies (a child left behind, a young child, the other
 * members) agree with a recount over the household's rows.
 */
class ApplicationRowCopiesTest {
    private static final int[] GAPS = {0, 16 * 12, 20 * 12};

    @Test
    void riskMarksAndFamilyCopiesMatchARecountEveryMonth() {
        Simulation sim = Simulation.build(TestParameters.small(0.003, 2010, 2017));
        Population pop = sim.world().population();
        int[] marked = new int[1];
        int[] checked = new int[1];
        sim.run(2, m -> {
            for (int i = 0; i < pop.size; i++) {
                boolean mark = (pop.flags[i] & PersonFlags.AT_RISK) != 0;
                if (pop.risk[i] != 0) {
                    assertThat(mark).as("row %d holds risk %s without the mark, month %d", i, pop.risk[i], m).isTrue();
                }
                marked[0] += mark && pop.risk[i] > 0 ? 1 : 0;
            }
            FamilyTies families = sim.world().dispatch().families;
            if (families == null) {
                return;
            }
            Households homes = pop.households;
            for (int h = 0; h < homes.count(); h++) {
                int youngest = Short.MIN_VALUE;
                for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
                    youngest = Math.max(youngest, pop.birth[i]);
                }
                for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
                    assertThat(families.others(pop, i)).isEqualTo(homes.size(h) - 1);
                    for (int gap : GAPS) {
                        assertThat(families.leavesChild(pop, i, gap)).as("row %d gap %d month %d", i, gap, m)
                                .isEqualTo(youngest >= pop.birth[i] + gap);
                        int bornAfter = pop.birth[i] + gap + 12;
                        assertThat(families.youngChild(pop, i, gap, bornAfter))
                                .isEqualTo(youngest >= pop.birth[i] + gap && youngest > bornAfter);
                    }
                }
                checked[0]++;
            }
        });
        // Not vacuous: risk was raised and households were checked after births.
        assertThat(marked[0]).isPositive();
        assertThat(checked[0]).isPositive();
        int start = sim.clock().absolute(0) - Population.BIRTH_BASE;
        int born = 0;
        for (int i = 0; i < pop.size; i++) {
            born += pop.birth[i] >= start ? 1 : 0;
        }
        assertThat(born).isPositive();
    }
}
