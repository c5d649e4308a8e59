package org.corvee.model.dispatch;

import org.corvee.model.people.Population;
import org.corvee.model.state.Worksites;
import org.corvee.model.world.Status;

/**
 * The persons a worksite holds (OD6): the seam through which group defection and riots count
 * persons, not agents. An agent stands for {@code 1/scale} persons; the default counts the
 * worksite's agents still abroad × that weight. A worksite model that holds its capacity and
 * occupancy in persons can supply its own count here without the group draws changing.
 */
interface SiteHeadcount {
    /** Persons one agent stands for at this scale. */
    double personsPerAgent();

    /** Persons at worksite {@code w} of destination {@code d} now. */
    int persons(int d, int w);

    /** Agents still abroad × persons per agent, from the last grouping of {@code sites}. */
    static SiteHeadcount of(Worksites sites, Population pop, double scale) {
        double k = 1 / scale;
        return new SiteHeadcount() {
            @Override
            public double personsPerAgent() {
                return k;
            }

            @Override
            public int persons(int d, int w) {
                int n = 0;
                for (int s = sites.from(d, w); s < sites.to(d, w); s++) {
                    if (pop.status[sites.member(s)] == Status.ABROAD) {
                        n++;
                    }
                }
                return (int) Math.round(n * k);
            }
        };
    }
}
