package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.GeometricSkips;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FertilitySchedule;
import org.corvee.model.people.LifeTable;
import org.corvee.model.people.Population;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * The demography keeps its life table and its fertility skips across changes of the parameters
 * that leave them alone (the timeline's dated events change other parameters), and makes them
 * again when theirs change: a kept table or skip is one made of the same values, and a changed
 * one is what the new values make.
 */
class RemadeOnChangeTest {
    private static final double[] SHARES = {0.01, 0.1, 0.42, 0.32, 0.12, 0.025, 0.005};

    @Test
    void theLifeTableIsKeptForTheSameValuesAndMadeAgainForNewOnes() {
        Parameters p = TestParameters.small(0.001, 2010, 2011);
        LifeTable t = LifeTable.of(p);
        // another parameter changed (a new Parameters object): the same table
        assertThat(LifeTable.of(p.with("dispatch.contract_months", 48), t)).isSameAs(t);
        for (String key : new String[] {"demography.life_expectancy_female", "demography.life_expectancy_male",
            "demography.infant_mortality", "demography.gompertz_slope", "demography.sex_ratio_at_birth"}) {
            Parameters q = p.with(key, p.get(key) * 1.01);
            LifeTable changed = LifeTable.of(q, t);
            LifeTable fresh = LifeTable.of(q);
            assertThat(changed).as(key).isNotSameAs(t);
            assertThat(changed.maleShareAtBirth()).as(key).isEqualTo(fresh.maleShareAtBirth());
            for (int sex = 0; sex < 2; sex++) {
                for (int m = 0; m <= LifeTable.MAX_MONTHS; m += 7) {
                    assertThat(changed.survival(sex, m)).as("%s sex %d month %d", key, sex, m)
                            .isEqualTo(fresh.survival(sex, m));
                }
            }
        }
    }

    @Test
    void fertilitySkipsAreKeptForTheSameRatesAndMadeAgainForNewOnes() {
        Population pop = new Population(100, 10, 100);
        for (int i = 0; i < pop.size; i++) {
            pop.status[i] = i < 100 ? Status.HOME : Status.VACANT;
        }
        Births births = new Births(pop, 2000, 12);
        births.use(new FertilitySchedule(2.0, SHARES));
        GeometricSkips[] before = new GeometricSkips[FertilitySchedule.LAST_AGE + 1];
        for (int a = FertilitySchedule.FIRST_AGE; a <= FertilitySchedule.LAST_AGE; a++) {
            before[a] = births.skipsAt(a);
        }
        births.use(new FertilitySchedule(2.0, SHARES.clone()));
        for (int a = FertilitySchedule.FIRST_AGE; a <= FertilitySchedule.LAST_AGE; a++) {
            assertThat(births.skipsAt(a)).as("age %d", a).isSameAs(before[a]);
        }
        FertilitySchedule higher = new FertilitySchedule(2.6, SHARES);
        births.use(higher);
        for (int a = FertilitySchedule.FIRST_AGE; a <= FertilitySchedule.LAST_AGE; a++) {
            assertThat(births.skipsAt(a)).as("age %d", a).isNotSameAs(before[a]);
            assertThat(births.skipsAt(a).probability()).as("age %d", a).isEqualTo(higher.monthly(a));
        }
        // a schedule with no births at some ages: those skips never pick, the others stay
        double[] none = SHARES.clone();
        none[6] = 0;
        FertilitySchedule noneLate = new FertilitySchedule(2.6, none);
        births.use(noneLate);
        for (int a = FertilitySchedule.FIRST_AGE; a <= FertilitySchedule.LAST_AGE; a++) {
            assertThat(births.skipsAt(a).probability()).as("age %d", a).isEqualTo(noneLate.monthly(a));
        }
        assertThat(births.skipsAt(FertilitySchedule.LAST_AGE).never()).isTrue();
    }
}
