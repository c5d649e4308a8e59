package org.corvee.model.postings;

import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.terms.SiteTerms;
import org.corvee.model.world.Site;

/**
 * Month-end counts of the postings channel (X6); sequential over the active cohorts only.
 *
 * <p>Per site: headcount and target (DP8), flats built, allocated and occupied (DP3, DP6),
 * sessions (DP7) and resentment sums with and without sessions. Per cohort: the number on site
 * after {@code m − start + 1} completed months goes into its retention table. Pooled retention:
 * the cohorts that complete exactly 12, 24 or 36 months this month, their arrivals and how many
 * are still on site. For T2 as the source reports it, per site: persons welcomed at the
 * ceremonies of the last 36 months and how many of them are on site now.
 */
public final class PostingCensusPhase implements Phase {
    private final World world;
    private final Postings postings;
    private final PostingMetrics metrics;

    public PostingCensusPhase(World world, Postings postings, PostingMetrics metrics) {
        this.world = world;
        this.postings = postings;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "posting-census";
    }

    @Override
    public void step(StepContext ctx) {
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        long[] c = ctx.counters();
        for (Site s : Site.values()) {
            int k = s.ordinal();
            SiteTerms t = monthTerms.site(s);
            HousingStock h = postings.housing[k];
            c[metrics.headcount.base() + k] += postings.headcount[k];
            c[metrics.target.base() + k] += t.targetAgents();
            c[metrics.built.base() + k] += h.built();
            c[metrics.allocated.base() + k] += h.allocated();
            c[metrics.occupied.base() + k] += h.occupied();
            c[metrics.sessions.base() + k] += metrics.sessions.fixed(postings.sessions[k]);
        }
        ctx.touched(postings.activeMembers());
        for (int a = 0; a < postings.active.size(); a++) {
            Cohort co = postings.cohort(postings.active.get(a));
            int s = co.site.ordinal();
            long sum = 0;
            long sum0 = 0;
            for (int k = 0; k < co.members.length; k++) {
                if (co.has(k, Cohort.ON_SITE)) {
                    sum += metrics.resentmentSum.fixed(co.resentment[k]);
                    sum0 += metrics.resentmentWithoutSessionsSum.fixed(co.resentmentWithoutSessions[k]);
                }
            }
            c[metrics.resentmentSum.base() + s] += sum;
            c[metrics.resentmentWithoutSessionsSum.base() + s] += sum0;
            co.onSiteAfter[m - co.start + 1] = co.onSite;
        }
        int[] tenures = PostingMetrics.TENURES;
        for (Cohort co : postings.cohorts()) {
            int t = m - co.start + 1;
            // T2 as the source reports it: of those welcomed over the last three years, the share on site now.
            if (t >= 1 && t <= 36) {
                c[metrics.welcomedRecently.base() + co.site.ordinal()] += co.arrived();
                c[metrics.onSiteRecently.base() + co.site.ordinal()] += co.onSite;
            }
            for (int j = 0; j < tenures.length; j++) {
                if (t == tenures[j]) {
                    c[metrics.reached.base() + j] += co.arrived();
                    c[metrics.retained.base() + j] += co.onSite;
                }
            }
        }
    }
}
