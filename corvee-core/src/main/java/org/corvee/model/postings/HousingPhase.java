package org.corvee.model.postings;

import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.terms.PostingRules;
import org.corvee.model.terms.SiteTerms;
import org.corvee.model.world.Site;

/**
 * Housing (DP3 with DP4, DP5); sequential over the active cohorts' members.
 *
 * <p>Each month: blocks finished this month are added to the site's stock (cost
 * {@code housing_unit_cost_usd} per flat); then every worker on site without a flat is
 * allocated a free one, in cohort and member order, while flats are free; then holders move in:
 * workers married locally, and married workers whose family came along, at once; single workers
 * with probability {@code move_in_rate × (1 − fear)}; separated workers never (their family
 * stays in the city and the flat stands empty). Flats come back when their holder leaves
 * ({@link SiteLifePhase}). With {@code mechanism.dp3_housing} off nothing is built.
 */
public final class HousingPhase implements Phase {
    private final World world;
    private final Postings postings;
    private final PostingMetrics metrics;

    public HousingPhase(World world, Postings postings, PostingMetrics metrics) {
        this.world = world;
        this.postings = postings;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "posting-housing";
    }

    @Override
    public void step(StepContext ctx) {
        PostingRules rules = world.terms(ctx.month()).postingRules();
        if (!rules.housing) {
            return;
        }
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        long[] c = ctx.counters();
        for (Site s : Site.values()) {
            SiteTerms t = monthTerms.site(s);
            int added = postings.housing[s.ordinal()].buildTo(t.unitsBuiltBy(m));
            c[metrics.cost.at(s.ordinal(), PostingMetrics.HOUSING)] += added * rules.unitCents;
        }
        ctx.touched(postings.activeMembers());
        long stream = ctx.random().stream("posting-move-in");
        for (int a = 0; a < postings.active.size(); a++) {
            Cohort co = postings.cohort(postings.active.get(a));
            HousingStock stock = postings.housing[co.site.ordinal()];
            for (int k = 0; k < co.members.length; k++) {
                if (!co.has(k, Cohort.ON_SITE)) {
                    continue;
                }
                int i = co.members[k];
                if (co.unit[k] < 0) {
                    co.unit[k] = stock.allocate(i);
                    if (co.unit[k] < 0) {
                        continue;
                    }
                }
                if (co.has(k, Cohort.IN_FLAT) || co.has(k, Cohort.SEPARATED)) {
                    continue;
                }
                boolean family = co.has(k, Cohort.MARRIED_LOCAL) || co.has(k, Cohort.MARRIED_HOME);
                if (family || RandomStreams.uniform(stream, i, m, 0) < rules.moveIn(co.fear[k])) {
                    stock.occupy(co.unit[k], i);
                    co.set(k, Cohort.IN_FLAT);
                }
            }
        }
    }
}
