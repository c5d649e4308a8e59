package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * The marriage lists hold only those who may still marry ({@link Marriages}): the married are
 * not filed at the start and leave when they marry, a row reused by a birth or left vacant drops
 * out once picked, those away for now stay filed, and what stays keeps its order.
 */
class MarriageFilingTest {
    private static final int NOW = 160 * 12; // birth encoding of the first month
    private static final int BIRTH = NOW - 25 * 12;
    private static final int SINGLES = 10; // women 0-9, men 10-19, at home
    private static final int MARRIED = 20;
    private static final int ABROAD = 21;
    private static final int REUSED = 22;
    private static final int SOLDIER = 23;
    private static final int VACATED = 24;
    private static final int ROWS = 25;

    @Test
    void listsKeepOnlyThoseWhoMayStillMarryInTheirOrder() {
        // monthly probability 1/2: every month some are picked and some not
        Parameters p = TestParameters.small(0.001, 2010, 2014).with("demography.marriage_rate", 6.0);
        Population pop = new Population(ROWS, ROWS);
        for (int i = 0; i < ROWS; i++) {
            pop.sex[i] = (byte) (i < SINGLES || i == MARRIED || i == REUSED || i == VACATED ? 0 : 1);
            pop.birth[i] = (short) BIRTH;
            pop.status[i] = Status.HOME;
            pop.destination[i] = -1;
        }
        pop.flags[MARRIED] = PersonFlags.MARRIED;
        pop.status[ABROAD] = Status.ABROAD;
        pop.status[SOLDIER] = Status.SERVICE;
        pop.households.layOut(IntStream.rangeClosed(0, ROWS).toArray());
        Marriages marriages = new Marriages(p, pop, NOW, 60, new ParallelRanges(1));
        assertThat(rows(marriages.filed(BIRTH))).as("filed at the start").doesNotContain(MARRIED)
                .containsExactlyElementsOf(IntStream.range(0, ROWS).filter(i -> i != MARRIED).boxed().toList());

        // before the first month, row REUSED holds a newborn and row VACATED nobody
        pop.birth[REUSED] = (short) NOW;
        pop.vacate(VACATED);
        long[] counters = new long[64];
        for (int m = 0; m < 60; m++) {
            List<Integer> before = rows(marriages.filed(BIRTH));
            marriages.marry(p, pop, null, null, NOW + m, m, 42L, new long[1], counters, 0);
            List<Integer> after = rows(marriages.filed(BIRTH));
            assertThat(before).as("month %d: what stays keeps its order", m).containsSubsequence(after);
            for (int i : before) {
                boolean married = (pop.flags[i] & PersonFlags.MARRIED) != 0;
                if (married) {
                    assertThat(after).as("month %d: married row %d left", m, i).doesNotContain(i);
                } else if (i != REUSED && i != VACATED) {
                    assertThat(after).as("month %d: single row %d stays filed", m, i).contains(i);
                }
            }
        }
        assertThat(IntStream.range(0, 2 * SINGLES).filter(i -> (pop.flags[i] & PersonFlags.MARRIED) != 0).count())
                .as("the singles at home married").isEqualTo(2 * SINGLES);
        assertThat(rows(marriages.filed(BIRTH))).as("left after five years: those away, in their order")
                .containsExactly(ABROAD, SOLDIER);
    }

    private static List<Integer> rows(IntList list) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            out.add(list.get(k));
        }
        return out;
    }
}
