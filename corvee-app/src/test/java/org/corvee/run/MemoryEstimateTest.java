package org.corvee.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.bench.Footprint;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.NetworkBuilder;
import org.corvee.model.people.Population;
import org.corvee.model.people.PopulationBuilder;
import org.junit.jupiter.api.Test;

/** The memory guard's estimate: covers what a build really holds, grows with scale, finds the largest scale. */
class MemoryEstimateTest {
    private static final Parameters BASE = ParameterCatalog.load().defaults();

    @Test
    void estimateCoversTheArraysAWorldReallyHolds() {
        Parameters p = BASE.with("run.scale", 0.01);
        Simulation sim = Simulation.build(p);
        Footprint fp = Footprint.of(sim.world().population(), sim.world().network());
        long estimate = new MemoryEstimate(p).bytes();
        // The estimate is of the build's peak (the lasting arrays plus the build's temporary
        // ones), so it exceeds the lasting arrays, but not absurdly.
        assertThat(estimate).isGreaterThan(fp.total());
        assertThat(estimate - MemoryEstimate.FIXED).isLessThan(4 * fp.total());
    }

    @Test
    void theEstimatesBytesPerPersonCountsEveryColumnThePopulationHolds() {
        // Footprint finds the columns by reflection; Population.bytesPerPerson (used by the
        // estimate) must be updated when a column is added, or this fails.
        Population pop = Simulation.build(BASE.with("run.scale", 0.001)).world().population();
        Footprint fp = Footprint.of(pop, new SocialNetwork(new int[] {0}, new int[0]));
        assertThat(fp.columns()).isEqualTo((long) Population.bytesPerPerson() * pop.size);
        assertThat(fp.columns() + fp.households()).isEqualTo(pop.bytes());
    }

    @Test
    void networkPartOfTheEstimateMatchesTheBuiltNetwork() {
        Parameters p = BASE.with("run.scale", 0.005);
        RandomStreams random = new RandomStreams(1);
        Population pop = new PopulationBuilder(p, Simulation.clockOf(p), random).build();
        SocialNetwork net = new NetworkBuilder(p, random).build(pop);
        // Two ints per tie: the estimate's tie count (mean half degree + 0.5) bounds the real one.
        double tiesPerAgent = net.entries() / 2.0 / pop.built;
        assertThat(tiesPerAgent).isBetween(4.0, 6.0);
    }

    @Test
    void estimateGrowsWithScaleAndTheLargestScaleFits() {
        MemoryEstimate e = new MemoryEstimate(BASE);
        assertThat(e.bytesAt(1.0)).isGreaterThan(e.bytesAt(0.5)).isGreaterThan(e.bytesAt(0.1));
        long heap = 1L << 30;
        double largest = e.largestScale(heap);
        assertThat(largest).isGreaterThan(0).isLessThan(1);
        assertThat(e.bytesAt(largest)).isLessThanOrEqualTo(heap);
        // Two significant digits: one more step of the last digit would not fit.
        double unit = Math.pow(10, Math.floor(Math.log10(largest)) - 1);
        assertThat(e.bytesAt(largest + 1.01 * unit)).isGreaterThan(heap);
        assertThat(e.largestScale(Long.MAX_VALUE / 2)).isEqualTo(1.0);
        assertThat(e.largestScale(MemoryEstimate.FIXED / 2)).isZero();
    }

    @Test
    void guardRefusesWithOneLineNamingTheLargestScale() {
        Parameters p = BASE.with("run.scale", 1.0);
        String why = MemoryGuard.refusal(p, 1L << 30);
        assertThat(why).contains("scale 1 needs about", "GiB", "the largest scale that fits is 0.")
                .doesNotContain("\n");
        assertThat(MemoryGuard.refusal(p, Long.MAX_VALUE / 2)).isNull();
        assertThat(MemoryGuard.refusal(p, 1L << 20)).contains("no scale fits");
    }
}
