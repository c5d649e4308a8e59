package org.corvee.model.postings;

import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.terms.PostingRules;
import org.corvee.model.terms.SiteTerms;
import org.corvee.model.world.LeaveReason;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Site;

/**
 * A month at the sites (DP3 aid and matchmaking, DP4, DP5, DP6, DP7); sequential over the
 * active cohorts' members, in cohort and member order. Rules in {@link PostingRules}.
 *
 * <p>First each site's sessions this month are set from its shortfall (DP7). Then, for each
 * worker on site:
 * <ol>
 * <li>one who has just served {@code term_months} stays on with probability
 * {@link PostingRules#stayAtTermEnd} (settled = married locally or living in the flat) or
 * leaves ("term_end");
 * <li>resentment is updated, and beside it the counterfactual resentment without sessions;
 * <li>an unmarried worker marries locally with probability {@code marriage_rate × (1 − fear)},
 * or in an arranged marriage with a further {@code matchmaking_rate × (1 − fear)} (cost each);
 * <li>the month's aid is paid (cost);
 * <li>the worker leaves with the exit hazard h; the expected difference h − h₀, where h₀ uses
 * the counterfactual resentment and no sessions, is summed as the sessions' effect (DP7 output).
 * A worker leaving before serving the term leaves as "escape", afterwards as "term_end".
 * </ol>
 * A leaver gives back their flat. Local spouses are not agents (they are site residents).
 */
public final class SiteLifePhase implements Phase {
    private final World world;
    private final Postings postings;
    private final PostingMetrics metrics;

    public SiteLifePhase(World world, Postings postings, PostingMetrics metrics) {
        this.world = world;
        this.postings = postings;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "posting-site-life";
    }

    @Override
    public void step(StepContext ctx) {
        PostingRules rules = world.terms(ctx.month()).postingRules();
        Population pop = world.population();
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        long[] c = ctx.counters();
        Site[] sites = Site.values();
        double[] work = new double[sites.length];
        double[] living = new double[sites.length];
        for (Site s : sites) {
            SiteTerms t = monthTerms.site(s);
            work[s.ordinal()] = rules.work(t);
            living[s.ordinal()] = rules.living(t);
            postings.sessions[s.ordinal()] = rules.sessionsAt(postings.headcount[s.ordinal()], t.targetAgents());
        }
        ctx.touched(postings.activeMembers());
        long stream = ctx.random().stream("posting-life");
        for (int a = 0; a < postings.active.size(); a++) {
            Cohort co = postings.cohort(postings.active.get(a));
            int s = co.site.ordinal();
            double sessions = postings.sessions[s];
            int tenure = m - co.start;
            for (int k = 0; k < co.members.length; k++) {
                if (!co.has(k, Cohort.ON_SITE)) {
                    continue;
                }
                int i = co.members[k];
                boolean settled = co.has(k, Cohort.MARRIED_LOCAL) || co.has(k, Cohort.IN_FLAT);
                if (rules.term && tenure == rules.termMonths
                        && RandomStreams.uniform(stream, i, m, 0) >= rules.stayAtTermEnd(co.fear[k], settled)) {
                    leave(co, k, LeaveReason.TERM_END, pop, c);
                    continue;
                }
                boolean separated = co.has(k, Cohort.SEPARATED);
                co.resentment[k] = (float) rules.resentment(co.resentment[k], work[s], living[s], separated, sessions);
                co.resentmentWithoutSessions[k] = (float) rules.resentment(co.resentmentWithoutSessions[k], work[s],
                        living[s], separated, 0.0);
                if (!co.has(k, Cohort.MARRIED_HOME) && !co.has(k, Cohort.MARRIED_LOCAL)) {
                    double willing = 1 - co.fear[k];
                    double q0 = rules.marriageRate * willing;
                    double q1 = rules.matchmakingRate * willing;
                    double u = RandomStreams.uniform(stream, i, m, 1);
                    if (u < q0 + q1) {
                        co.set(k, Cohort.MARRIED_LOCAL);
                        c[metrics.marriagesLocal.base() + s]++;
                        if (u >= q0) {
                            c[metrics.marriagesArranged.base() + s]++;
                            c[metrics.cost.at(s, PostingMetrics.MATCHMAKING)] += rules.matchmakingCents;
                        }
                    }
                }
                c[metrics.cost.at(s, PostingMetrics.AID)] += rules.aidCents;
                double km = rules.kilometres(co.kilometres[k]);
                boolean inFlat = co.has(k, Cohort.IN_FLAT);
                boolean married = co.has(k, Cohort.MARRIED_LOCAL);
                double h = rules.exitHazard(work[s], living[s], km, separated, co.resentment[k], inFlat, married,
                        sessions);
                double h0 = rules.exitHazard(work[s], living[s], km, separated, co.resentmentWithoutSessions[k],
                        inFlat, married, 0.0);
                c[metrics.sessionExtraLeavers.base() + s] += metrics.sessionExtraLeavers.fixed(h - h0);
                if (RandomStreams.uniform(stream, i, m, 2) < h) {
                    leave(co, k, rules.term && tenure >= rules.termMonths ? LeaveReason.TERM_END : LeaveReason.ESCAPE,
                            pop, c);
                }
            }
        }
        postings.compact();
    }

    private void leave(Cohort co, int k, LeaveReason reason, Population pop, long[] c) {
        int i = co.members[k];
        co.clear(k, Cohort.ON_SITE);
        co.clear(k, Cohort.IN_FLAT);
        if (co.unit[k] >= 0) {
            postings.housing[co.site.ordinal()].release(co.unit[k], i);
            co.unit[k] = -1;
        }
        pop.posting[i] = PostingStatus.leftFor(reason);
        co.onSite--;
        postings.headcount[co.site.ordinal()]--;
        c[metrics.leavers.at(co.site.ordinal(), reason.ordinal())]++;
    }
}
