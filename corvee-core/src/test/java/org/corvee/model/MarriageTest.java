package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Marriage and household formation (X1 marriage): in a world of single men and women aged 25,
 * each alone in a household and never dying, the married women and men are equally many, every
 * married woman lives with exactly one married man, a share new_household_share of the couples
 * founded a household of their own, men away in military service never marry, and the married
 * share follows the seeking rate.
 */
class MarriageTest {

    @Test
    void couplesFormAtTheRateAndFoundHouseholdsAtTheShare() {
        Parameters p = TestParameters.small(0.001, 2010, 2014).with("dispatch.initial_fill", 0.0)
                .with("mechanism.dp1_assignment", 0.0).with("mechanism.x1_military_service", 0.0)
                .with("mechanism.x1_fertility", 0.0).with("mechanism.x1_marriage", 1.0);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".slots", 0.0);
        }
        int women = 6_000;
        int men = 6_000;
        int away = 2_000; // of the men, the last ones are in military service the whole run
        int n = women + men;
        Population pop = new Population(n, n);
        int start = Simulation.clockOf(p).absolute(0) - Population.BIRTH_BASE;
        for (int i = 0; i < n; i++) {
            pop.sex[i] = (byte) (i < women ? 0 : 1);
            pop.birth[i] = (short) (start - 25 * 12);
            pop.status[i] = i >= n - away ? Status.SERVICE : Status.HOME;
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, n).toArray());
        Simulation.of(p, pop, new SocialNetwork(new int[n + 1], new int[0])).run(1, m -> { });

        int marriedWomen = 0;
        int marriedMen = 0;
        int newHomes = 0;
        for (int i = 0; i < n; i++) {
            boolean married = (pop.flags[i] & PersonFlags.MARRIED) != 0;
            if (i >= n - away) {
                assertThat(married).as("man %d in service", i).isFalse();
                assertThat(pop.household[i]).isEqualTo(i);
            }
            if (!married) {
                continue;
            }
            if (pop.sex[i] == 0) {
                marriedWomen++;
                int husbands = 0;
                Households homes = pop.households;
                for (int j = homes.first(pop.household[i]); j != Households.NONE; j = homes.next(j)) {
                    husbands += pop.sex[j] == 1 && (pop.flags[j] & PersonFlags.MARRIED) != 0 ? 1 : 0;
                }
                assertThat(husbands).as("married men in woman %d's household", i).isEqualTo(1);
                assertThat(homes.size(pop.household[i])).isEqualTo(2);
            } else {
                marriedMen++;
                newHomes += pop.household[i] != i ? 1 : 0;
            }
        }
        assertThat(marriedWomen).isEqualTo(marriedMen);
        // Each month about men-at-home * rate/12 of each sex seek; pairs are the fewer: the women
        // are the surplus, so the men at home marry at the seeking rate over the five years.
        double atHome = men - away;
        double expected = atHome * (1 - Math.pow(1 - 0.25 / 12, 60));
        assertThat((double) marriedMen).isCloseTo(expected, within(4 * Math.sqrt(expected) + 0.03 * expected));
        double share = (double) newHomes / marriedMen;
        assertThat(share).isCloseTo(0.4, within(4 * Math.sqrt(0.4 * 0.6 / marriedMen)));
        int members = 0;
        for (int h = 0; h < pop.households.count(); h++) {
            members += pop.households.size(h);
        }
        assertThat(members).isEqualTo(n);
    }
}
