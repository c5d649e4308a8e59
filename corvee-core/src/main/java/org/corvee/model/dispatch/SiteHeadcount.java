package org.corvee.model.dispatch;

import org.corvee.model.state.Worksites;

/**
 * The persons a worksite holds (OD6): the seam through which group defection and riots count
 * persons, not agents, using the fixed-size containers of {@link Worksites}. A container of
 * capacity c persons holds n = max(1, round(c·s)) agents at run scale s, while every agent stands
 * for k = 1/s persons of the population. So a container stands for n·k / c real worksites (more
 * than one when c·s rounds up, e.g. restaurants of 13 at s = 0.01 stand for 7.7 restaurants),
 * and one of those worksites holds agents × c / n persons (never more than c). Events are
 * drawn over the persons of one real worksite and their number scaled by the worksites the
 * container stands for; agents leave in proportion to persons (k persons each,
 * {@link GroupLeavers}), so counts per worker-year and sizes in persons do not depend on s.
 */
final class SiteHeadcount {
    private final Worksites sites;
    private final double k;

    SiteHeadcount(Worksites sites, double scale) {
        this.sites = sites;
        this.k = 1 / scale;
    }

    /** Persons one agent stands for in the population at this scale. */
    double personsPerAgent() {
        return k;
    }

    /**
     * Persons at one worksite of container {@code w} of {@code d} when {@code agents} of its
     * agents are there. A worksite never placed by {@link Worksites#place} (a hand-built world)
     * counts its agents × k.
     */
    int persons(int d, int w, int agents) {
        int capacity = sites.capacity(d, w);
        int places = sites.capacityAgents(d, w);
        if (capacity == 0 || places == 0) {
            return (int) Math.round(agents * k);
        }
        return Math.min(capacity, (int) Math.round((double) agents * capacity / places));
    }

    /** Real worksites container {@code w} of {@code d} stands for: agent places × k / capacity (1 if never placed). */
    double worksites(int d, int w) {
        int capacity = sites.capacity(d, w);
        int places = sites.capacityAgents(d, w);
        return capacity == 0 || places == 0 ? 1 : places * k / capacity;
    }
}
