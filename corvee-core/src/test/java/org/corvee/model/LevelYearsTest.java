package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.model.dispatch.Bribe;
import org.corvee.model.params.LevelYears;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.HomeIncome;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Province;
import org.junit.jupiter.api.Test;

/**
 * Growth of slots (OD1), bribes (OD3) and home incomes (OD9) counts calendar years from
 * {@code run.levels_year}, not from {@code run.start_year}: a run starting in January 2017 sees
 * in its first month what a run from 2010 sees in its 85th (January 2017).
 */
class LevelYearsTest {
    private final Parameters from2010 = TestParameters.small(0.01, 2010, 2030);
    private final Parameters from2017 = TestParameters.small(0.01, 2017, 2030);
    private static final int JANUARY_2017_FROM_2010 = 7 * 12;

    @Test
    void yearsCountFromTheLevelsYear() {
        assertThat(LevelYears.at(from2010, 0)).isZero();
        assertThat(LevelYears.at(from2017, 0)).isEqualTo(7.0);
        assertThat(LevelYears.at(from2017, 6)).isEqualTo(7.5);
        assertThat(LevelYears.at(TestParameters.small(0.01, 2008, 2030), 0)).isEqualTo(-2.0);
    }

    @Test
    void aRunStartingIn2017SeesThe2017SlotsNotThe2010Ones() {
        for (Destination d : Destination.values()) {
            DestinationTerms late = DestinationTerms.of(d, from2017, 0, 1.0);
            assertThat(late.slotsAgents()).as(d.id())
                    .isEqualTo(DestinationTerms.of(d, from2010, JANUARY_2017_FROM_2010, 1.0).slotsAgents());
        }
        // China grows 10% a year from 15,000 (defaults): 15,000 x 1.1^7 = 29,231 in 2017, not 15,000.
        assertThat(DestinationTerms.of(Destination.CHINA, from2017, 0, 1.0).slotsAgents())
                .isEqualTo((int) Math.round(Math.min(from2010.get("destination.china.slots_max"),
                        15000 * Math.pow(1.1, 7))))
                .isGreaterThan(DestinationTerms.of(Destination.CHINA, from2010, 0, 1.0).slotsAgents());
    }

    @Test
    void bribesAndIncomesOf2017TooAndTheWorldCountsTheSameWay() {
        World late = new World(null, null, null, from2017);
        World early = new World(null, null, null, from2010);
        assertThat(late.years(0)).isEqualTo(early.years(JANUARY_2017_FROM_2010));
        assertThat(Bribe.at(from2017, late.years(0))).isCloseTo(1000 * Math.pow(1.05, 7), within(1e-6));
        HomeIncome income = new HomeIncome(from2017);
        assertThat(income.monthly(Province.PYONGYANG.ordinal(), 1, late.years(0)))
                .isCloseTo(80 * Math.pow(1.03, 7), within(1e-9));
    }
}
