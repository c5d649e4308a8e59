package org.corvee.model.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LifeTable#deathAge}'s guided search finds the month a draw asks for: every answer is
 * compared with a month-by-month scan of the survival curve (the first month after the age now
 * whose survival falls below {@code u · S(age)}), for newborns at random draws, at the draws
 * next to every multiple of 1/4096 (the edges of the guide's buckets) and at the survival values themselves (ties), and at random
 * ages, below zero and past the table's end included.
 */
class LifeTableTest {
    /** Tables unlike each other: infant mortality from none to high, shallow and steep slopes. */
    private static final LifeTable[] TABLES = {
        new LifeTable(73.5, 66.8, 0.0155, 0.085, 1.05),
        new LifeTable(60, 55, 0.10, 0.06, 1.07),
        new LifeTable(85, 80, 0.0, 0.11, 1.0),
    };

    @Test
    void aNewbornsDeathAgeIsTheScansAnswerForRandomDrawsAndTies() {
        SplittableRandom rnd = new SplittableRandom(2026);
        int checked = 0;
        for (LifeTable t : TABLES) {
            for (int sex = 0; sex < 2; sex++) {
                for (int k = 0; k < 20_000; k++) {
                    double u = 1 - rnd.nextDouble();
                    assertThat(t.deathAge(sex, 0, u)).as("u %s", u).isEqualTo(scan(t, sex, 0, u));
                    checked++;
                }
                for (int j = 1; j <= 4096; j++) {
                    double edge = j / 4096.0;
                    for (double u : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                        if (u > 0 && u <= 1) {
                            assertThat(t.deathAge(sex, 0, u)).as("u %s", u).isEqualTo(scan(t, sex, 0, u));
                            checked++;
                        }
                    }
                }
                // the survival values themselves: a draw landing exactly on S(k) dies in month k
                for (int m = 0; m <= LifeTable.MAX_MONTHS; m++) {
                    double u = t.survival(sex, m);
                    if (u > 0) {
                        assertThat(t.deathAge(sex, 0, u)).as("u = S(%d)", m).isEqualTo(scan(t, sex, 0, u));
                        checked++;
                    }
                }
                assertThat(t.deathAge(sex, 0, Double.MIN_VALUE)).isEqualTo(scan(t, sex, 0, Double.MIN_VALUE));
            }
        }
        assertThat(checked).isGreaterThan(3 * 2 * 20_000);
    }

    @Test
    void deathAgesAtEveryAgeAreTheScansAnswer() {
        SplittableRandom rnd = new SplittableRandom(15);
        LifeTable t = TABLES[0];
        for (int k = 0; k < 20_000; k++) {
            int sex = rnd.nextInt(2);
            int age = rnd.nextInt(-3, LifeTable.MAX_MONTHS + 30);
            double u = 1 - rnd.nextDouble();
            assertThat(t.deathAge(sex, age, u)).as("age %d u %s", age, u).isEqualTo(scan(t, sex, age, u));
        }
    }

    /** The first month after the age now whose survival falls below u · S(age), by a linear scan. */
    private static int scan(LifeTable t, int sex, int age, double u) {
        int from = Math.max(0, Math.min(LifeTable.MAX_MONTHS - 1, age));
        double target = u * t.survival(sex, from);
        int k = from + 1;
        while (k < LifeTable.MAX_MONTHS && !(t.survival(sex, k) < target)) {
            k++;
        }
        return Math.max(age, k - 1);
    }
}
