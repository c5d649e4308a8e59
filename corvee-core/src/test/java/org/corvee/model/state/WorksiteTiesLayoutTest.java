package org.corvee.model.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corvee.engine.IntList;
import org.corvee.engine.RandomStreams;
import org.corvee.model.people.Population;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * The flat layout of {@link WorksiteTies} (an open-addressing table over one pool) holds the
 * same ties in the same order as the rule written plainly with a map of lists: tens of thousands
 * of holders, so the table doubles and lists move in the pool many times.
 */
class WorksiteTiesLayoutTest {
    private static final int WORKERS = 60_000;
    private static final int PER_SITE = 40;

    @Test
    void holdsTheTiesOfTheRuleInTheOrderFormed() {
        Population pop = new Population(WORKERS, WORKERS);
        IntList abroad = new IntList();
        IntList sitesOf = new IntList();
        for (int i = 0; i < WORKERS; i++) {
            pop.status[i] = Status.ABROAD;
            pop.destination[i] = 0;
            pop.worksite[i] = (short) (i / PER_SITE);
            abroad.add(i);
            sitesOf.add(DispatchState.site(0, pop.worksite[i]));
        }
        Worksites sites = new Worksites();
        sites.group(pop, abroad, sitesOf, false);
        long stream = new RandomStreams(7).stream("worksite-ties");
        WorksiteTies ties = new WorksiteTies();
        ties.useStream(stream);
        Map<Integer, List<Integer>> expected = new HashMap<>();
        for (int month = 0; month < 3; month++) {
            for (int i = month; i < WORKERS; i += 2) {
                int w = i / PER_SITE;
                ties.formAt(sites, i, 0, w, 3 + month, month);
                int from = sites.from(0, w);
                int n = sites.to(0, w) - from;
                for (int x = 0; x < 3 + month; x++) {
                    int j = sites.member(from + RandomStreams.below(stream, i, month, x, n));
                    List<Integer> mine = expected.getOrDefault(i, List.of());
                    if (j != i && !mine.contains(j)) {
                        expected.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
                        expected.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        assertThat(ties.holders()).isEqualTo(expected.size()).isGreaterThan(WORKERS / 2);
        int longest = 0;
        for (int i = 0; i < WORKERS + 10; i++) {
            int h = ties.find(i);
            List<Integer> want = expected.get(i);
            if (want == null) {
                assertThat(h).as("row %d holds no tie", i).isNegative();
                continue;
            }
            List<Integer> got = new ArrayList<>();
            for (int k = 0; k < ties.size(h); k++) {
                got.add(ties.mate(h, k));
            }
            assertThat(got).as("ties of row %d", i).isEqualTo(want);
            longest = Math.max(longest, got.size());
        }
        assertThat(longest).isGreaterThan(8); // lists outgrew their first room more than once
    }
}
