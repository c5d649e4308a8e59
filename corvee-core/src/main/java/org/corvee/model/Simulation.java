package org.corvee.model;

import java.util.List;
import java.util.function.IntConsumer;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Engine;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.scenario.Parameters;

/**
 * One model run assembled from parameters: the population, the network, the outputs and the
 * ordered phases. Building and running are separate so that callers can time and inspect both.
 *
 * <p>Process order each month: application → selection → departure → abroad (pay, return) →
 * word of mouth → census.
 */
public final class Simulation {
    private final Parameters parameters;
    private final MonthClock clock;
    private final RandomStreams random;
    private final World world;
    private final CounterRegistry registry;
    private final DispatchMetrics metrics;
    private final Engine engine;
    private final long[] initialCounters;

    private Simulation(Parameters parameters, World world, MonthClock clock, RandomStreams random) {
        this.parameters = parameters;
        this.clock = clock;
        this.random = random;
        this.world = world;
        this.registry = new CounterRegistry();
        this.metrics = new DispatchMetrics(registry);
        List<Phase> phases = List.of(
                new ApplicationPhase(world, metrics),
                new SelectionPhase(world, metrics),
                new DeparturePhase(world, metrics),
                new AbroadPhase(world, metrics),
                new WordOfMouthPhase(world, metrics),
                new CensusPhase(world, metrics));
        this.engine = new Engine(clock, phases, registry, random);
        this.initialCounters = new long[registry.size()];
        new InitialDeployment(world, metrics).deploy(random, initialCounters);
    }

    /** Builds the synthetic population and network for {@code p}. */
    public static Simulation build(Parameters p) {
        return build(p, 1);
    }

    /** Builds the population and network for {@code p} on {@code threads} threads (same result on any count). */
    public static Simulation build(Parameters p, int threads) {
        MonthClock clock = clockOf(p);
        RandomStreams random = new RandomStreams((long) p.get("run.seed"));
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            Population pop = new PopulationBuilder(p, clock, random).build(ranges);
            SocialNetwork net = new NetworkBuilder(p, random).build(pop, ranges);
            return new Simulation(p, new World(pop, net, clock, p), clock, random);
        }
    }

    /** Wraps an already built population and network (tests build tiny worlds by hand). */
    public static Simulation of(Parameters p, Population pop, SocialNetwork net) {
        MonthClock clock = clockOf(p);
        return new Simulation(p, new World(pop, net, clock, p), clock, new RandomStreams((long) p.get("run.seed")));
    }

    /** The calendar of the run's period. */
    public static MonthClock clockOf(Parameters p) {
        return MonthClock.years(p.getInt("run.start_year"), p.getInt("run.end_year"));
    }

    /** Runs all months on {@code threads} threads. */
    public MonthlySeries run(int threads, IntConsumer afterMonth) {
        return engine.run(threads, initialCounters, afterMonth);
    }

    /** The world (population, network, lists). */
    public World world() {
        return world;
    }

    /** The registered outputs. */
    public DispatchMetrics metrics() {
        return metrics;
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

    /** The parameters the run was built with. */
    public Parameters parameters() {
        return parameters;
    }

    /** The random streams. */
    public RandomStreams random() {
        return random;
    }
}
