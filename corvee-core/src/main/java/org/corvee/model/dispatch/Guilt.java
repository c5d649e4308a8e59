package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.GuiltKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * Guilt by association (OD7). A defector's household is marked
 * ({@link PersonFlags#DEFECTOR_FAMILY}, which the OD3 rule bars from applying) and, with
 * {@code mechanism.od7_guilt_by_association} on, punished: savings confiscated, perceived risk
 * raised by {@code guilt.family_punish_risk}; every social tie of the defector hears of it and
 * adds {@code guilt.news_risk × beliefs.tie_trust} to their perceived risk. Households of workers
 * abroad are watched: each member adds {@code guilt.watch_risk} a month (× {@code
 * capital_watch_factor} in the capital), once per member abroad; the additions are kept by
 * {@link WatchLedger} and settled before any other change to a row's risk. News of a group defection or riot raises the risk
 * perceived by the families of the co-workers left behind ({@link #groupNews}). Perceived risk is a cost per contract month in the
 * application decision.
 */
final class Guilt {
    private final boolean on;
    private final float familyRisk;
    private final float newsRisk;
    private final float watchRisk;
    private final float capitalFactor;
    private final float groupNews;
    /** Pending watch additions (null before the first month of watching): settled before a row's risk changes. */
    private final WatchLedger watch;

    Guilt(Parameters p, WatchLedger watch) {
        this.watch = watch;
        on = p.on(MechanismKeys.OD7_GUILT_BY_ASSOCIATION);
        familyRisk = (float) p.get(GuiltKeys.FAMILY_PUNISH_RISK);
        newsRisk = (float) (p.get(GuiltKeys.NEWS_RISK) * p.get(BeliefsKeys.TIE_TRUST));
        watchRisk = (float) p.get(GuiltKeys.WATCH_RISK);
        capitalFactor = (float) p.get(GuiltKeys.CAPITAL_WATCH_FACTOR);
        groupNews = (float) p.get(GuiltKeys.GROUP_NEWS_RISK);
    }

    /** Whether families are watched this month (OD7 on). */
    boolean watching() {
        return on;
    }

    /** This month's watch risk per member abroad outside the capital. */
    float watchRisk() {
        return watchRisk;
    }

    /** This month's watch risk per member abroad in the capital. */
    float capitalWatchRisk() {
        return watchRisk * capitalFactor;
    }

    /**
     * News of a group defection or riot reaches home (OD6, OD7): every household member of the
     * co-workers left at the worksite ({@code coworkers}) adds {@code guilt.group_news_risk}.
     */
    void groupNews(Population pop, IntList coworkers) {
        if (!on || groupNews == 0) {
            return;
        }
        for (int x = 0; x < coworkers.size(); x++) {
            int i = coworkers.get(x);
            Households homes = pop.households;
            for (int j = homes.first(pop.household[i]); j != Households.NONE; j = homes.next(j)) {
                if (j != i && pop.status[j] < Status.ABROAD) {
                    addRisk(pop, j, groupNews);
                }
            }
        }
    }

    /** Marks and punishes the family of defector {@code i}; spreads the news to their ties. */
    void punish(Population pop, SocialNetwork net, int i, long[] c, DispatchMetrics metrics) {
        Households homes = pop.households;
        for (int j = homes.first(pop.household[i]); j != Households.NONE; j = homes.next(j)) {
            if (j == i) {
                continue;
            }
            pop.flags[j] |= PersonFlags.DEFECTOR_FAMILY;
            if (on) {
                pop.savings[j] = 0;
                addRisk(pop, j, familyRisk);
                c[metrics.familiesPunished.base() + pop.province[j]]++;
            }
        }
        if (on && i < net.size()) {
            for (int e = net.start(i); e < net.end(i); e++) {
                addRisk(pop, net.target(e), newsRisk);
            }
        }
    }

    /** Adds to row j's perceived risk and marks the row ({@link PersonFlags#AT_RISK}) for the application round. */
    private void addRisk(Population pop, int j, float add) {
        if (watch != null) {
            watch.settle(j);
        }
        pop.risk[j] += add;
        pop.flags[j] |= PersonFlags.AT_RISK;
    }
}
