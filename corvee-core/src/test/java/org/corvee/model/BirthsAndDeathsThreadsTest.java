package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.zip.CRC32;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.Phase;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchState;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/**
 * A province's deaths and births made together on one worker ({@link DemographyPhase}, the
 * mothers picked before the deaths) give the state of the two passes (all deaths, then the
 * mothers, then all births), on one thread and on two: the series and, after the run, every
 * column of the person table, the member lists, the households' youngest and every row's copy,
 * the watch marks.
 */
class BirthsAndDeathsThreadsTest {

    @Test
    void togetherOnOneAndTwoThreadsGiveTheTwoPassesState() throws IOException {
        // 0.004 ≈ 93k agents, six years: some two thousand deaths and births a year
        Parameters p = TestParameters.small(0.004, 2010, 2016);
        Run apart = new Run(p, 1, true);
        Run one = new Run(p, 1, false);
        Run two = new Run(p, 2, false);
        assertThat(apart.together).as("months made in two passes only").isZero();
        assertThat(one.together).as("months whose deaths and births were made together").isGreaterThan(60);
        assertThat(two.together).isEqualTo(one.together);
        assertThat(one.series).isEqualTo(apart.series);
        assertThat(two.series).isEqualTo(apart.series);
        assertThat(one.state).isEqualTo(apart.state);
        assertThat(two.state).isEqualTo(apart.state);
    }

    /** One run of the scenario: its series as CSV, a checksum of its state, and the months made together. */
    private static final class Run {
        final String series;
        final long state;
        final int together;

        Run(Parameters p, int threads, boolean apart) throws IOException {
            Simulation sim = Simulation.build(p);
            DemographyPhase demography = null;
            for (Phase phase : sim.engine().phases()) {
                if (phase instanceof DemographyPhase d) {
                    demography = d;
                }
            }
            if (apart) {
                demography.makeApart();
            }
            MonthlySeries s = sim.run(threads, m -> { });
            StringWriter w = new StringWriter();
            SeriesCsvWriter.write(s, sim.clock(), p.get("run.scale"), w);
            series = w.toString();
            state = checksum(sim.world().population(), sim.world().dispatch());
            together = demography.together();
        }
    }

    private static long checksum(Population pop, DispatchState state) {
        CRC32 crc = new CRC32();
        Households homes = pop.households;
        for (int i = 0; i < pop.size; i++) {
            int[] ints = {pop.province[i], pop.sex[i], pop.songbun[i], pop.urban[i], pop.birth[i], pop.death[i],
                pop.household[i], homes.next(i), homes.previous(i), pop.status[i], pop.destination[i], pop.due[i],
                Float.floatToRawIntBits(pop.belief[i]), Float.floatToRawIntBits(pop.confidence[i]), pop.heard[i],
                pop.departed[i], pop.returned[i], Float.floatToRawIntBits(pop.kept[i]),
                Float.floatToRawIntBits(pop.savings[i]), Float.floatToRawIntBits(pop.debt[i]), pop.posting[i],
                pop.cohort[i], pop.loyalty[i], Float.floatToRawIntBits(pop.resentment[i]),
                Float.floatToRawIntBits(pop.risk[i]), pop.flags[i], pop.worksite[i], pop.settled[i],
                state.families == null ? 0 : state.families.youngestCopy(i)};
            for (int v : ints) {
                put(crc, v);
            }
        }
        for (int h = 0; h < homes.count(); h++) {
            put(crc, homes.first(h));
            put(crc, homes.last(h));
            put(crc, homes.size(h));
            put(crc, state.families == null ? 0 : state.families.youngestBirth(h));
        }
        put(crc, homes.occupied());
        // the ids left for reuse, in the order they are reused
        for (int k = 0; k < 50; k++) {
            put(crc, homes.found());
        }
        return crc.getValue();
    }

    private static void put(CRC32 crc, int v) {
        crc.update(v);
        crc.update(v >>> 8);
        crc.update(v >>> 16);
        crc.update(v >>> 24);
    }
}
