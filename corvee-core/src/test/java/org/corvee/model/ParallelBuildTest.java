package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.NetworkBuilder;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.junit.jupiter.api.Test;

/** The population and network built on two threads are the very same as on one. */
class ParallelBuildTest {
    @Test
    void twoThreadsBuildTheSameWorldAsOne() {
        // ~93k agents: three chunks of people, more of households, so both workers take part.
        Parameters p = TestParameters.small(0.004, 2010, 2010);
        World a = Simulation.build(p, 1).world();
        World b = Simulation.build(p, 2).world();
        Population x = a.population();
        Population y = b.population();
        assertThat(y.households.count()).isEqualTo(x.households.count());
        for (int h = 0; h < x.households.count(); h++) {
            assertThat(y.households.first(h)).isEqualTo(x.households.first(h));
            assertThat(y.households.size(h)).isEqualTo(x.households.size(h));
        }
        assertThat(y.household).isEqualTo(x.household);
        assertThat(y.province).isEqualTo(x.province);
        assertThat(y.sex).isEqualTo(x.sex);
        assertThat(y.songbun).isEqualTo(x.songbun);
        assertThat(y.urban).isEqualTo(x.urban);
        assertThat(y.birth).isEqualTo(x.birth);
        assertThat(y.belief).isEqualTo(x.belief);
        assertThat(y.savings).isEqualTo(x.savings);
        assertThat(y.status).isEqualTo(x.status);
        // the history's word of mouth (BeliefHistory) plans each month's speakers in one stretch per thread
        assertThat(y.confidence).isEqualTo(x.confidence);
        assertThat(y.heard).isEqualTo(x.heard);
        assertThat(b.dispatch().speakers.toArray()).isEqualTo(a.dispatch().speakers.toArray());
        assertThat(b.dispatch().speakUntil.toArray()).isEqualTo(a.dispatch().speakUntil.toArray());
        SocialNetwork n = a.network();
        SocialNetwork m = b.network();
        assertThat(m.size()).isEqualTo(n.size());
        assertThat(m.entries()).isEqualTo(n.entries());
        for (int i = 0; i < n.size(); i++) {
            assertThat(m.start(i)).isEqualTo(n.start(i));
        }
        for (int e = 0; e < n.entries(); e++) {
            assertThat(m.target(e)).isEqualTo(n.target(e));
        }
    }

    @Test
    void theNetworkIsTheSameWhereverItsRowsAreCutBetweenThreads() {
        // the network's count and placement passes give each thread a part of the rows: three
        // parts must place every tie exactly where one does
        Parameters p = TestParameters.small(0.002, 2010, 2010);
        Population pop = Simulation.build(p, 1).world().population();
        SocialNetwork one = new NetworkBuilder(p, new RandomStreams(7)).build(pop);
        SocialNetwork three;
        try (ParallelRanges ranges = new ParallelRanges(3)) {
            three = new NetworkBuilder(p, new RandomStreams(7)).build(pop, ranges);
        }
        assertThat(three.entries()).isEqualTo(one.entries());
        for (int i = 0; i <= one.size(); i++) {
            assertThat(three.start(i)).isEqualTo(one.start(i));
        }
        for (int e = 0; e < one.entries(); e++) {
            assertThat(three.target(e)).isEqualTo(one.target(e));
        }
    }

    @Test
    void networkIsSymmetricWithoutSelfLoops() {
        SocialNetwork net = Simulation.build(TestParameters.small(0.002, 2010, 2010), 2).world().network();
        long[] balance = new long[net.size()];
        for (int i = 0; i < net.size(); i++) {
            for (int e = net.start(i); e < net.end(i); e++) {
                int j = net.target(e);
                assertThat(j).isNotEqualTo(i);
                balance[i] += j;
                balance[j] -= i;
            }
        }
        // Every tie stored both ways: the sum over i's entries of j equals, for each person,
        // the sum of the ids that list them.
        assertThat(balance).containsOnly(0L);
    }
}
