package org.corvee.model;

import java.util.List;
import java.util.function.IntConsumer;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Engine;
import org.corvee.engine.IntList;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.beliefs.BeliefHistory;
import org.corvee.model.beliefs.OutsideSourcePhase;
import org.corvee.model.beliefs.WordOfMouthPhase;
import org.corvee.model.dispatch.AbroadCensusPhase;
import org.corvee.model.dispatch.AbroadPhase;
import org.corvee.model.dispatch.ApplicationPhase;
import org.corvee.model.dispatch.DefectionPhase;
import org.corvee.model.dispatch.DeparturePhase;
import org.corvee.model.dispatch.FamilyWatchPhase;
import org.corvee.model.dispatch.HostPolicyPhase;
import org.corvee.model.dispatch.HostReportPhase;
import org.corvee.model.dispatch.InitialDeployment;
import org.corvee.model.dispatch.InitialHistory;
import org.corvee.model.dispatch.SelectionPhase;
import org.corvee.model.dispatch.WorkConditionsPhase;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.params.Timeline;
import org.corvee.model.people.LifeTable;
import org.corvee.model.people.LoyaltyAssignment;
import org.corvee.model.people.NetworkBuilder;
import org.corvee.model.people.Population;
import org.corvee.model.people.PopulationBuilder;
import org.corvee.model.postings.CohortAssignmentPhase;
import org.corvee.model.postings.HousingPhase;
import org.corvee.model.postings.MilitaryServicePhase;
import org.corvee.model.postings.PostingCensusPhase;
import org.corvee.model.postings.PostingMetrics;
import org.corvee.model.postings.Postings;
import org.corvee.model.postings.ServiceMetrics;
import org.corvee.model.postings.SiteLifePhase;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.FlowMetrics;
import org.corvee.model.state.World;
import org.corvee.model.beliefs.BeliefMemoryPhase;

/**
 * One model run assembled from parameters: the population, the network, the outputs and the
 * ordered phases. Building and running are separate so that callers can time and inspect both.
 *
 * <p>Process order each month: timeline (X5: dated parameter changes) → host policy (OD11,
 * OD12) → application → selection → departure → work conditions (OD5) → abroad (pay, return) →
 * defection and riots (OD6, OD7) → family watch (OD7) → word of mouth → outside source →
 * demography (X1: deaths at home, births) → census → abroad census → hardship postings (assignment, housing, site life, posting census).
 */
public final class Simulation {
    private final Parameters parameters;
    private final MonthClock clock;
    private final RandomStreams random;
    private final World world;
    private final CounterRegistry registry;
    private final DispatchMetrics metrics;
    private final Postings postings;
    private final PostingMetrics postingMetrics;
    private final DemographyMetrics demographyMetrics;
    private final FlowMetrics flowMetrics;
    private final Engine engine;
    private final long[] initialCounters;

    private Simulation(Parameters parameters, Timeline timeline, World world, MonthClock clock,
                       RandomStreams random, ParallelRanges ranges) {
        this.parameters = parameters;
        this.clock = clock;
        this.random = random;
        this.world = world;
        this.registry = new CounterRegistry();
        this.metrics = new DispatchMetrics(registry);
        this.postings = new Postings(world.population(), clock, ranges);
        this.postingMetrics = new PostingMetrics(registry);
        this.demographyMetrics = new DemographyMetrics(registry);
        this.flowMetrics = new FlowMetrics(registry);
        ServiceMetrics serviceMetrics = new ServiceMetrics(registry);
        List<Phase> phases = List.of(
                new TimelinePhase(world, timeline),
                new MilitaryServicePhase(world, postings, serviceMetrics),
                new HostPolicyPhase(world, metrics),
                new ApplicationPhase(world, metrics),
                new SelectionPhase(world, metrics),
                new DeparturePhase(world, metrics, flowMetrics),
                new WorkConditionsPhase(world, metrics),
                new AbroadPhase(world, metrics, flowMetrics),
                new DefectionPhase(world, metrics),
                new FamilyWatchPhase(world),
                new WordOfMouthPhase(world, metrics),
                new OutsideSourcePhase(world, registry),
                new BeliefMemoryPhase(world),
                new DemographyPhase(world, demographyMetrics),
                new CensusPhase(world, metrics),
                new AbroadCensusPhase(world, metrics),
                new HostReportPhase(world, flowMetrics),
                new CohortAssignmentPhase(world, postings, postingMetrics),
                new HousingPhase(world, postings, postingMetrics),
                new SiteLifePhase(world, postings, postingMetrics),
                new PostingCensusPhase(world, postings, postingMetrics));
        this.engine = new Engine(clock, phases, registry, random);
        this.initialCounters = new long[registry.size()];
        world.dispatch().worksiteTies.useStream(random.stream("worksite-ties"));
        LoyaltyAssignment.assign(world.population(), parameters, random, ranges);
        MilitaryServicePhase.enlistAtStart(world, postings, random, ranges);
        new InitialDeployment(world, metrics).deploy(random, initialCounters, ranges);
        IntList returnees = new IntList();
        IntList returnMonths = new IntList();
        InitialHistory.apply(world, random, returnees, returnMonths, ranges);
        BeliefHistory.replay(world, random, returnees, returnMonths, ranges);
    }

    /** Builds the synthetic population and network for {@code p} (no timeline). */
    public static Simulation build(Parameters p) {
        return build(p, Timeline.EMPTY, 1);
    }

    /** Builds the world for {@code p}; {@code timeline} changes parameters at its dates. */
    public static Simulation build(Parameters p, Timeline timeline) {
        return build(p, timeline, 1);
    }

    /** Builds the population and network for {@code p} on {@code threads} threads (same result on any count). */
    public static Simulation build(Parameters p, int threads) {
        return build(p, Timeline.EMPTY, threads);
    }

    /**
     * Builds the world for {@code p} on {@code threads} threads (same result on any count);
     * {@code timeline} changes parameters at its dates.
     */
    public static Simulation build(Parameters p, Timeline timeline, int threads) {
        MonthClock clock = clockOf(p);
        RandomStreams random = new RandomStreams((long) p.get(RunKeys.SEED));
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            Population pop = new PopulationBuilder(p, clock, random).build(ranges);
            DemographyPhase.drawDeaths(pop, LifeTable.of(p), random, clock.absolute(0), ranges);
            SocialNetwork net = new NetworkBuilder(p, random).build(pop, ranges);
            return new Simulation(p, timeline, new World(pop, net, clock, p), clock, random, ranges);
        }
    }

    /** Wraps an already built population and network (tests build tiny worlds by hand). */
    public static Simulation of(Parameters p, Population pop, SocialNetwork net) {
        return of(p, Timeline.EMPTY, pop, net);
    }

    /** As {@link #of(Parameters, Population, SocialNetwork)}, with a timeline. */
    public static Simulation of(Parameters p, Timeline timeline, Population pop, SocialNetwork net) {
        MonthClock clock = clockOf(p);
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            return new Simulation(p, timeline, new World(pop, net, clock, p), clock,
                    new RandomStreams((long) p.get(RunKeys.SEED)), ranges);
        }
    }

    /** The calendar of the run's period. */
    public static MonthClock clockOf(Parameters p) {
        return MonthClock.years(p.getInt(RunKeys.START_YEAR), p.getInt(RunKeys.END_YEAR));
    }

    /** Runs all months on {@code threads} threads. */
    public MonthlySeries run(int threads, IntConsumer afterMonth) {
        MonthlySeries series = engine.run(threads, initialCounters, afterMonth);
        // Fading at home is applied lazily (HomeMemory): bring every row up to date at the end.
        world.population().memory.settleAll(world.population());
        // The family watch (OD7) is counted, not added, until a row's risk is read: add it now.
        if (world.dispatch().watch != null) {
            world.dispatch().watch.settleAll();
        }
        return series;
    }

    /** The world (population, network, lists). */
    public World world() {
        return world;
    }

    /** The registered outputs. */
    public DispatchMetrics metrics() {
        return metrics;
    }

    /** The hardship-postings state: cohorts, flats, headcounts (DP1-DP8). */
    public Postings postings() {
        return postings;
    }

    /** The registered outputs of the postings channel. */
    public PostingMetrics postingMetrics() {
        return postingMetrics;
    }

    /** The registered outputs of the population's renewal (X1). */
    public DemographyMetrics demographyMetrics() {
        return demographyMetrics;
    }

    /** What hosts would report: entries by channel, valid permits, renewals (OD11). */
    public FlowMetrics flowMetrics() {
        return flowMetrics;
    }

    /** The output catalogue. */
    public CounterRegistry registry() {
        return registry;
    }

    /** The engine (for phase timings). */
    public Engine engine() {
        return engine;
    }

    /** The calendar. */
    public MonthClock clock() {
        return clock;
    }

    /** The parameters the run was built with (the timeline may change those in force: {@link World#parameters()}). */
    public Parameters parameters() {
        return parameters;
    }

    /** The random streams. */
    public RandomStreams random() {
        return random;
    }
}
