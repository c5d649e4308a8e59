package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DefectionKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.Worksites;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.GroupSize;
import org.corvee.model.world.Status;

/**
 * Riots, defection and group defection at worksites abroad (OD6), and the punishment of
 * defectors' families (OD7). Work is proportional to the workers abroad: each worker's hazard
 * and first draw run in fixed chunks ({@link ListChunks}); the riots and the events, which
 * change worksites, stocks and families, run on one thread in list order, the same on any thread
 * count; the list is then compacted against the workers who left ({@link AbroadCompaction}),
 * reading no row. Group events are counted in persons, not agents: an agent stands for k = 1/scale persons, and the
 * persons of a worksite come from its fixed-size container ({@link SiteHeadcount} over
 * {@link Worksites}), so their numbers per worker-year and their sizes do not depend on the scale.
 *
 * <p>Order each month, after pay and returns: (1) riots — each worksite of persons in a container
 * whose wages have been withheld for at least {@code defection.riot_unpaid_months} riots with
 * probability {@code riot_probability} (a container standing for r worksites has Poisson(−r·ln(1 −
 * riot_probability)) riots); {@code riot_instigators} of the worksite's persons start it and the
 * rest join by a {@link ThresholdCascade} with mean threshold {@code riot_threshold −
 * threshold_resentment × mean resentment}; the rioters (as agents in proportion to persons,
 * {@link GroupLeavers}) lose {@code recall_loyalty_loss} loyalty and are recalled home (unless
 * the border is closed: then they stay); (2) defection — each of an agent's k persons starts a
 * defection with hazard
 * {@code h = base_rate × opportunity × (1 − minder_density) × exp(resentment_coef·r + gap_coef·gap
 * − loyalty_coef·loyalty/100)} (× {@code family_factor} with family at home), so the agent has
 * Poisson(h·k) events a month, where {@code gap = ln(gross abroad / income at home)} (OD10);
 * (3) group — each event becomes a group by a threshold cascade among the defector's crew,
 * min({@code crew_size}, the persons of the defector's worksite), mean threshold {@code group_threshold −
 * threshold_resentment × mean resentment}. Each defector's family is punished ({@link Guilt}).
 */
public final class DefectionPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    /** Workers per block loaded ahead of the hazard ({@link #load}). */
    private static final int BLOCK = 64;
    /** Drops the workers who left this month from the abroad list. */
    private final AbroadCompaction compaction = new AbroadCompaction();
    /** Per chunk: what {@link #load} read, kept so that the loads are not optimised away. */
    private long[] loadedByChunk = new long[0];

    public DefectionPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "defection";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        boolean riotsOn = p.on(MechanismKeys.OD6_RIOTS);
        boolean defectOn = p.on(MechanismKeys.OD6_DEFECTION);
        boolean groupOn = p.on(MechanismKeys.OD6_GROUP_DEFECTION);
        if (!riotsOn && !defectOn) {
            return;
        }
        Population pop = world.population();
        DispatchState state = world.dispatch();
        Worksites sites = state.worksites;
        IntList abroad = state.abroad;
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        long[] c = ctx.counters();
        ctx.touched(abroad.size());
        compaction.begin(state);
        sites.group(pop, abroad, state.abroadSites, state.onlyAbroad());
        if (riotsOn) {
            riots(p, pop, sites, monthTerms, m, c, ctx);
        }
        if (defectOn) {
            defections(p, pop, sites, monthTerms, m, c, ctx, groupOn);
        }
        compaction.compact(ctx, state, pop);
    }

    private void riots(Parameters p, Population pop, Worksites sites, MonthTerms monthTerms, int m, long[] c,
                       StepContext ctx) {
        int after = p.getInt(DefectionKeys.RIOT_UNPAID_MONTHS);
        double chance = p.get(DefectionKeys.RIOT_PROBABILITY);
        int loss = p.getInt(DefectionKeys.RECALL_LOYALTY_LOSS);
        double instigators = p.get(DefectionKeys.RIOT_INSTIGATORS);
        double threshold = p.get(DefectionKeys.RIOT_THRESHOLD);
        double spread = p.get(DefectionKeys.THRESHOLD_SPREAD);
        double shift = p.get(DefectionKeys.THRESHOLD_RESENTMENT);
        boolean closed = monthTerms.hostPolicy().borderClosed();
        Guilt news = new Guilt(p, world.dispatch().watch);
        Homecoming home = new Homecoming(world, metrics);
        long stream = ctx.random().stream("riot");
        long cascade = ctx.random().stream("riot-cascade");
        long leave = ctx.random().stream("riot-leavers");
        SiteHeadcount headcount = new SiteHeadcount(sites, world.scale());
        double k = headcount.personsPerAgent();
        // Riots a month at one worksite of persons: Poisson with P(at least one) = riot_probability.
        double perWorksite = -Math.log1p(-Math.min(chance, 1 - 1e-12));
        IntList here = new IntList();
        IntList out = new IntList();
        for (int d = 0; d < Destination.values().length; d++) {
            for (int w = 0; w < sites.grouped(d); w++) {
                long key = (long) d << 20 | w;
                if (sites.to(d, w) == sites.from(d, w) || sites.unpaid(d, w) < after) {
                    continue;
                }
                // A container may stand for several worksites of persons (SiteHeadcount): each riots on its own.
                double u = RandomStreams.uniform(stream, key, m, 0);
                int count = PoissonCount.atLeastOne(perWorksite * headcount.worksites(d, w), u);
                if (count == 0) {
                    continue;
                }
                double mean = threshold - shift * present(pop, sites, d, w, -1, here);
                // Each riot is drawn over one worksite's persons as they were at the start of the month's riots.
                int persons = headcount.persons(d, w, here.size());
                if (persons == 0) {
                    continue;
                }
                int seeds = Math.min(persons, Math.max(1, (int) Math.round(instigators * persons)));
                for (int e = 0; e < count; e++) {
                    int rioters = ThresholdCascade.size(persons, seeds, mean, spread, cascade, key, m, e);
                    c[metrics.riots.base() + d]++;
                    c[metrics.riotSizes.base() + GroupSize.bin(rioters)]++;
                    // The phase is sequential, so the month's counter can hold a maximum (in persons).
                    int largest = metrics.largestRiot.base();
                    c[largest] = Math.max(c[largest], rioters);
                    // Rioters are punished and recalled as agents in proportion to persons (k each).
                    present(pop, sites, d, w, -1, here);
                    GroupLeavers.choose(here, -1, rioters, k, leave, key << 8 | e, m, out);
                    for (int x = 0; x < out.size(); x++) {
                        int i = out.get(x);
                        world.census().changing(i);
                        pop.loyalty[i] = (byte) Math.max(0, pop.loyalty[i] - loss);
                        world.census().changed(i);
                        if (!closed) { // while the border is closed rioters are punished but stay
                            home.arrive(i, m, c);
                            compaction.left(i);
                            c[metrics.recalled.base() + d]++;
                        }
                    }
                }
                present(pop, sites, d, w, -1, here);
                news.groupNews(pop, here);
                sites.setUnpaid(d, w, 0);
            }
        }
    }

    /**
     * Fills {@code here} with the agents of worksite (d, w) still abroad, {@code except} left
     * out, and returns their mean resentment (0 if none).
     */
    private static double present(Population pop, Worksites sites, int d, int w, int except, IntList here) {
        here.clear();
        double sum = 0;
        for (int s = sites.from(d, w); s < sites.to(d, w); s++) {
            int j = sites.member(s);
            if (pop.status[j] == Status.ABROAD && j != except) {
                here.add(j);
                sum += pop.resentment[j];
            }
        }
        return here.size() == 0 ? 0 : sum / here.size();
    }

    private void defections(Parameters p, Population pop, Worksites sites, MonthTerms monthTerms, int m,
                            long[] c, StepContext ctx, boolean groupOn) {
        double familyFactor = p.get(DefectionKeys.FAMILY_FACTOR);
        int crew = p.getInt(DefectionKeys.CREW_SIZE);
        double groupThreshold = p.get(DefectionKeys.GROUP_THRESHOLD);
        double spread = p.get(DefectionKeys.THRESHOLD_SPREAD);
        double shift = p.get(DefectionKeys.THRESHOLD_RESENTMENT);
        Guilt guilt = new Guilt(p, world.dispatch().watch);
        if (world.dispatch().families == null) {
            world.dispatch().families = new FamilyTies(pop);
        }
        FamilyTies families = world.dispatch().families;
        long stream = ctx.random().stream("defect");
        long cascade = ctx.random().stream("cascade");
        long leave = ctx.random().stream("group-leavers");
        IntList abroad = world.dispatch().abroad;
        IntList sitesOf = world.dispatch().abroadSites;
        IntList traits = world.dispatch().abroadTraits;
        SiteHeadcount headcount = new SiteHeadcount(sites, world.scale());
        double k = headcount.personsPerAgent();
        DefectionHazard hazard = new DefectionHazard(p, monthTerms, world.years(m), k);
        // The hazard and the first draw are each worker's own, so the few workers with an event
        // are found in parallel chunks; the events, which change the worksite and the stocks, are
        // then drawn in list order, exactly as one sequential pass would.
        int chunks = ListChunks.count(abroad.size());
        IntList[] drawn = new IntList[chunks];
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        // Unless a riot sent someone home, everyone on the list is abroad: no status to read.
        boolean onlyAbroad = world.dispatch().onlyAbroad();
        ListChunks.run(ctx, abroad.size(), (chunk, from, to, unused) -> {
            IntList found = new IntList(8);
            drawn[chunk] = found;
            for (int x = from; x < to; x++) {
                // The rows of the next block are loaded first, their misses in flight together
                // (each worker's row is far from the next; the hazard's body would wait for each).
                if ((x - from) % BLOCK == 0) {
                    loadedByChunk[chunk] += load(pop, abroad, x, Math.min(to, x + BLOCK), onlyAbroad);
                }
                int i = abroad.get(x);
                if (!onlyAbroad && pop.status[i] != Status.ABROAD) {
                    continue;
                }
                int site = sitesOf.get(x);
                int t = traits.get(x);
                if (hazard.draws(pop, sites, i, DispatchState.destinationOf(site), DispatchState.worksiteOf(site),
                        DispatchState.provinceOf(t), DispatchState.urbanOf(t), RandomStreams.uniform(stream, i, m, 0))) {
                    found.add(i);
                }
            }
        });
        IntList candidates = new IntList();
        for (IntList found : drawn) {
            for (int x = 0; x < found.size(); x++) {
                candidates.add(found.get(x));
            }
        }
        IntList here = new IntList();
        IntList out = new IntList();
        for (int x = 0; x < candidates.size(); x++) {
            int i = candidates.get(x);
            // An earlier event this month may have taken this worker along.
            if (pop.status[i] != Status.ABROAD) {
                continue;
            }
            int d = pop.destination[i];
            int w = pop.worksite[i];
            // The agent's k persons each start a defection with hazard h: Poisson(h·k) events.
            double u = RandomStreams.uniform(stream, i, m, 0);
            double lambda = hazard.events(pop, sites, i, d, w, pop.province[i], pop.urban[i]);
            // family_factor ≤ 1 thins the events, so the household is looked up only here.
            if (familyFactor < 1 && families.hasFamily(pop, i)
                    && RandomStreams.uniform(stream, i, m, 1) >= familyFactor) {
                continue;
            }
            int events = PoissonCount.atLeastOne(lambda, u);
            for (int e = 0; e < events; e++) {
                boolean triggerHere = pop.status[i] == Status.ABROAD;
                // Persons at the defector's worksite (one worksite of the container) and their mean
                // resentment, the defector's persons included even once its agent has left (an agent
                // of k persons can have several events a month, and the persons behind them stay).
                double others = present(pop, sites, d, w, i, here);
                double resentment = (others * here.size() + pop.resentment[i]) / (here.size() + 1);
                int persons = Math.max(1, headcount.persons(d, w, here.size() + 1));
                int group = 1;
                if (groupOn) {
                    int pool = Math.min(crew, persons);
                    double mean = groupThreshold - shift * resentment;
                    group = ThresholdCascade.size(Math.max(1, pool), 1, mean, spread, cascade, i, m, e);
                }
                c[metrics.defectionSizes.base() + GroupSize.bin(group)]++;
                GroupLeavers.choose(here, triggerHere ? i : -1, group, k, leave, (long) i << 8 | e, m, out);
                for (int y = 0; y < out.size(); y++) {
                    int j = out.get(y);
                    defect(pop, j, c);
                    guilt.punish(pop, world.network(), j, c, metrics);
                    if (j == i) {
                        c[metrics.defections.at(d, pop.province[i])]++;
                    } else {
                        c[metrics.groupDefectors.base() + d]++;
                    }
                }
                if (group > 1) {
                    present(pop, sites, d, w, -1, here);
                    guilt.groupNews(pop, here);
                    c[metrics.groupDefections.base() + d]++;
                    int largest = metrics.largestGroupDefection.base();
                    c[largest] = Math.max(c[largest], group);
                }
            }
        }
    }

    private void defect(Population pop, int i, long[] c) {
        Homecoming.lost(world, metrics, i, Status.DEFECTED, c);
        compaction.left(i);
    }

    /**
     * Reads every row column the hazard reads (the status only if not {@code onlyAbroad}), for list
     * positions [from, to) ({@link RowLoads}); returns a meaningless mix of the bits.
     */
    private static long load(Population pop, IntList list, int from, int to, boolean onlyAbroad) {
        return (onlyAbroad ? 0 : RowLoads.of(list, from, to, pop.status)) + RowLoads.of(list, from, to, pop.loyalty)
                + RowLoads.of(list, from, to, pop.resentment);
    }
}
