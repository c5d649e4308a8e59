package org.corvee.model.postings;

import org.corvee.engine.MonthClock;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PostingsKeys;
import org.corvee.model.params.SiteKeys;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.corvee.model.terms.PostingRules;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Site;

/**
 * Assignment in cohorts (DP1) and replacement cohorts (DP8); sequential.
 *
 * <ul>
 * <li>In {@code postings.discharge_month} each year: a discharge wave of
 * {@code discharges_per_year} (or {@code _late} from {@code discharge_change_year}) soldiers, of
 * whom {@code group_assigned_share} are group-assigned, split over the sites in proportion to
 * their targets. With military service on ({@link MilitaryServicePhase}) the ex-soldiers are
 * drawn from the men discharged in this month's spring wave; with it off, men aged discharge
 * age (enlist age + service) to one year more stand in for them, drawn from each province in
 * proportion to its census population.
 * <li>In {@code postings.volunteer_month}: each province's youth quota
 * ({@code volunteer_quota} per 100,000 residents, × {@code capital_quota_factor} in the capital),
 * split over the sites in proportion to their targets; volunteers are aged
 * {@code volunteer_min_age}..{@code volunteer_max_age}, either sex.
 * <li>Every month (DP8): a site below {@code replacement_trigger} × target whose last cohort is at
 * least {@code replacement_interval_months} old gets a volunteer cohort of gap / show-up
 * persons, at most {@code replacement_max_share} × target.
 * </ul>
 * Each assigned person arrives with probability {@code soldier_show_up} (T4) or
 * {@code volunteer_show_up}; arrival is the ceremony month.
 */
public final class CohortAssignmentPhase implements Phase {
    private final World world;
    private final Postings postings;
    private final PostingMetrics metrics;

    public CohortAssignmentPhase(World world, Postings postings, PostingMetrics metrics) {
        this.world = world;
        this.postings = postings;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "posting-assignment";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        if (!p.on(MechanismKeys.DP1_ASSIGNMENT)) {
            return;
        }
        MonthClock clock = ctx.clock();
        int m = ctx.month();
        int year = clock.year(m);
        if (year < p.getInt(PostingsKeys.START_YEAR)) {
            return;
        }
        PostingRules rules = world.terms(m).postingRules();
        double scale = world.scale();
        Site[] sites = Site.values();
        double totalTarget = 0;
        for (Site s : sites) {
            totalTarget += p.get(SiteKeys.of(s.id()).target);
        }
        int now = clock.absolute(m);
        if (clock.calendarMonth(m) == p.getInt(PostingsKeys.DISCHARGE_MONTH) && totalTarget > 0) {
            double wave = p.get(year >= p.getInt(PostingsKeys.DISCHARGE_CHANGE_YEAR)
                    ? PostingsKeys.DISCHARGES_PER_YEAR_LATE : PostingsKeys.DISCHARGES_PER_YEAR)
                    * p.get(PostingsKeys.GROUP_ASSIGNED_SHARE);
            int age = p.getInt(PostingsKeys.ENLIST_AGE) + p.getInt(PostingsKeys.SERVICE_YEARS);
            Draw exSoldiers;
            if (p.on(MechanismKeys.X1_MILITARY_SERVICE)) {
                // Born no later than the enlistment age ago: not a newborn in a dead dischargee's row.
                int latestBirth = now - p.getInt(PostingsKeys.ENLIST_AGE) * 12 - Population.BIRTH_BASE;
                Population pop = world.population();
                exSoldiers = (stream, month, id, wanted) -> {
                    int[] d = postings.service.draw(pop, stream, month, id, wanted, latestBirth);
                    ctx.touched(postings.service.lastTries());
                    return d;
                };
            } else {
                AssigneePool.Criteria men = criteria(now, 1, age, age + 1);
                double[] weights = new double[Province.values().length];
                for (Province pr : Province.values()) {
                    weights[pr.ordinal()] = pr.census2008();
                }
                exSoldiers = (stream, month, id, wanted) -> {
                    int[] d = postings.pool.draw(stream, month, id, wanted, weights, men);
                    ctx.touched(postings.pool.lastTries());
                    return d;
                };
            }
            for (Site s : sites) {
                int n = (int) Math.round(wave * p.get(SiteKeys.of(s.id()).target) / totalTarget * scale);
                form(ctx, rules, s, CohortSource.DISCHARGE, n, exSoldiers, p.get(PostingsKeys.SOLDIER_SHOW_UP));
            }
        }
        double[] quotas = quotas(p);
        double quotaTotal = 0;
        for (double q : quotas) {
            quotaTotal += q;
        }
        AssigneePool.Criteria youth = criteria(now, -1, p.getInt(PostingsKeys.VOLUNTEER_MIN_AGE),
                p.getInt(PostingsKeys.VOLUNTEER_MAX_AGE));
        Draw volunteers = (stream, month, id, wanted) -> {
            int[] d = postings.pool.draw(stream, month, id, wanted, quotas, youth);
            ctx.touched(postings.pool.lastTries());
            return d;
        };
        double volunteerShowUp = p.get(PostingsKeys.VOLUNTEER_SHOW_UP);
        if (clock.calendarMonth(m) == p.getInt(PostingsKeys.VOLUNTEER_MONTH) && totalTarget > 0) {
            for (Site s : sites) {
                int n = (int) Math.round(quotaTotal * p.get(SiteKeys.of(s.id()).target) / totalTarget * scale);
                form(ctx, rules, s, CohortSource.VOLUNTEER, n, volunteers, volunteerShowUp);
            }
        }
        if (rules.replacement && volunteerShowUp > 0) {
            double trigger = p.get(PostingsKeys.REPLACEMENT_TRIGGER);
            int interval = p.getInt(PostingsKeys.REPLACEMENT_INTERVAL_MONTHS);
            for (Site s : sites) {
                int target = (int) Math.round(p.get(SiteKeys.of(s.id()).target) * scale);
                int head = postings.headcount[s.ordinal()];
                if (target <= 0 || head >= trigger * target || m - postings.lastCohortMonth[s.ordinal()] < interval) {
                    continue;
                }
                int n = (int) Math.min(Math.ceil((target - head) / volunteerShowUp),
                        Math.round(p.get(PostingsKeys.REPLACEMENT_MAX_SHARE) * target));
                form(ctx, rules, s, CohortSource.REPLACEMENT, n, volunteers, volunteerShowUp);
            }
        }
    }

    /** Yearly volunteer quota of each province, real persons. */
    private static double[] quotas(Parameters p) {
        double[] q = new double[Province.values().length];
        double per = p.get(PostingsKeys.VOLUNTEER_QUOTA) / 100_000.0;
        for (Province pr : Province.values()) {
            q[pr.ordinal()] = pr.census2008() * per * (pr.isCapital() ? p.get(PostingsKeys.CAPITAL_QUOTA_FACTOR) : 1);
        }
        return q;
    }

    /** Persons of {@code sex} (-1 any) aged {@code minAge}..{@code maxAge} whole years at absolute month now. */
    private static AssigneePool.Criteria criteria(int now, int sex, int minAge, int maxAge) {
        return new AssigneePool.Criteria(sex, now - (maxAge + 1) * 12 + 1 - Population.BIRTH_BASE,
                now - minAge * 12 - Population.BIRTH_BASE);
    }

    /** Draws up to {@code wanted} persons for cohort {@code id}, each marked drawn at once. */
    @FunctionalInterface
    private interface Draw {
        int[] draw(long stream, int month, int id, int wanted);
    }

    private void form(StepContext ctx, PostingRules rules, Site site, CohortSource source, int wanted,
                      Draw who, double showUp) {
        if (wanted <= 0) {
            return;
        }
        Population pop = world.population();
        int m = ctx.month();
        boolean realMarriage = world.parameters().on(MechanismKeys.X1_MARRIAGE);
        int id = postings.cohorts().size();
        if (id > Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " posting cohorts");
        }
        int[] drawn = who.draw(ctx.random().stream("posting-draw"), m, id, wanted);
        if (drawn.length == 0) {
            return; // nobody fits (e.g. no one of the age): no cohort, and the gap stays open
        }
        long stream = ctx.random().stream("posting-arrive");
        int arrived = 0;
        for (int i : drawn) {
            if (RandomStreams.uniform(stream, i, m, 0) < showUp) {
                drawn[arrived++] = i;
            }
        }
        int[] members = java.util.Arrays.copyOf(drawn, arrived);
        Cohort c = new Cohort(id, site, source, m, drawn.length, members, ctx.clock().months() - m);
        for (int k = 0; k < arrived; k++) {
            int i = members[k];
            pop.posting[i] = PostingStatus.ON_SITE;
            pop.cohort[i] = (short) id;
            c.set(k, Cohort.ON_SITE);
            if (marriedAtHome(pop, i, realMarriage)) {
                c.set(k, Cohort.MARRIED_HOME);
                if (RandomStreams.uniform(stream, i, m, 1) < rules.comeAloneShare) {
                    c.set(k, Cohort.SEPARATED);
                }
            }
            c.resentment[k] = (float) rules.initialResentment;
            c.resentmentWithoutSessions[k] = (float) rules.initialResentment;
            c.fear[k] = (float) rules.fear(RandomStreams.uniform(stream, i, m, 2));
            c.kilometres[k] = (float) postings.kilometres[site.ordinal()][pop.province[i]];
        }
        postings.add(c);
        long[] counters = ctx.counters();
        int cell = site.ordinal() * CohortSource.values().length + source.ordinal();
        counters[metrics.assigned.base() + cell] += drawn.length;
        counters[metrics.arrivals.base() + cell] += arrived;
        counters[metrics.noShows.base() + cell] += drawn.length - arrived;
    }

    /**
     * Married with family at home: with X1 marriage, married and not alone in the household;
     * without, head or spouse of a household of two or more by position (the first two members,
     * as the builder lays them out).
     */
    private static boolean marriedAtHome(Population pop, int i, boolean realMarriage) {
        Households homes = pop.households;
        int h = pop.household[i];
        if (realMarriage) {
            return (pop.flags[i] & PersonFlags.MARRIED) != 0 && homes.size(h) >= 2;
        }
        int head = homes.first(h);
        return homes.size(h) >= 2 && (i == head || i == homes.next(head));
    }
}
