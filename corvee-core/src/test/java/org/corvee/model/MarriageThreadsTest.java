package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Marriages on the workers ({@link Weddings}, {@link WeddingHomes}) give the state of the serial
 * loop over the couples, on one thread and on two: the member lists and their order, the household
 * ids founded (ids left empty by one province's brides reused by another province's couples: the
 * "late" joins), the count of occupied households and the ids left for reuse, the households'
 * youngest and every row's copy, the family watch, the marks. The serial reference below is the
 * loop as it was before the weddings moved to the workers. The lists of the persons who may still
 * marry, thinned after each month a year of birth months per chunk, are the same too.
 */
class MarriageThreadsTest {
    private static final int PROVINCES = 4;
    private static final double NEW_HOME = 0.5;
    private static final long STREAM = 0x5eedL;

    @Test
    void weddingsOnOneAndTwoThreadsGiveTheSerialLoopsState() {
        World serial = new World(7);
        World one = new World(7);
        World two = new World(7);
        try (ParallelRanges ranges1 = new ParallelRanges(1); ParallelRanges ranges2 = new ParallelRanges(2)) {
            Weddings weddings1 = new Weddings();
            Weddings weddings2 = new Weddings();
            Random pick = new Random(11);
            int late = 0;
            for (int m = 0; m < 4; m++) {
                List<int[]> couples = serial.couples(pick);
                serial.tick();
                one.tick();
                two.tick();
                for (int[] c : couples) {
                    serial.wed(c[0], c[1], RandomStreams.uniform(STREAM, c[1], m, -1) < NEW_HOME);
                }
                late += one.make(weddings1, ranges1, couples, m);
                two.make(weddings2, ranges2, couples, m);
                assertThat(weddings2.late()).isEqualTo(weddings1.late());
                assertSame(one, serial, "one thread, month " + m);
                assertSame(two, serial, "two threads, month " + m);
            }
            // Not vacuous: couples founded households that another province's weddings had left empty.
            assertThat(late).isPositive();
        }
        for (World w : List.of(serial, one, two)) {
            w.watch.settleAll();
        }
        assertSame(one, serial, "one thread, settled");
        assertSame(two, serial, "two threads, settled");
        // the ids left for reuse, in the order they are reused
        for (int k = 0; k < 40; k++) {
            int h = serial.pop.households.found();
            assertThat(one.pop.households.found()).as("reused id %d", k).isEqualTo(h);
            assertThat(two.pop.households.found()).as("reused id %d", k).isEqualTo(h);
        }
    }

    @Test
    void marriagesOnOneAndTwoThreadsGiveTheSameState() {
        Parameters p = TestParameters.small(0.001, 2010, 2014).with("demography.marriage_rate", 3.0);
        int now = 160 * 12;
        World one = new World(3);
        World two = new World(3);
        Marriages marriages1 = new Marriages(p, one.pop, now, 24, new ParallelRanges(1));
        Marriages marriages2 = new Marriages(p, two.pop, now, 24, new ParallelRanges(2));
        long[] c1 = new long[ProvinceGroups.PROVINCES];
        long[] c2 = new long[ProvinceGroups.PROVINCES];
        int married = 0;
        try (ParallelRanges ranges1 = new ParallelRanges(1); ParallelRanges ranges2 = new ParallelRanges(2)) {
            for (int m = 0; m < 24; m++) {
                one.tick();
                two.tick();
                long[] read1 = new long[1];
                long[] read2 = new long[1];
                int n = marriages1.marry(ranges1, p, one.pop, one.families, one.watch, now + m, m, STREAM, read1, c1, 0);
                married += n;
                assertThat(marriages2.marry(ranges2, p, two.pop, two.families, two.watch, now + m, m, STREAM, read2, c2, 0))
                        .isEqualTo(n);
                assertThat(read2[0]).isEqualTo(read1[0]);
                assertSame(two, one, "month " + m);
            }
        }
        assertThat(married).as("couples married").isGreaterThan(100);
        assertThat(c2).isEqualTo(c1);
        for (int b = now - 12 * 50; b <= now; b++) {
            assertThat(marriages2.filed(b).toArray()).as("filed, birth month %d", b).isEqualTo(marriages1.filed(b).toArray());
        }
    }

    private static void assertSame(World actual, World expected, String what) {
        Population a = actual.pop;
        Population e = expected.pop;
        Households ah = a.households;
        Households eh = e.households;
        assertThat(ah.count()).as(what + ": household ids").isEqualTo(eh.count());
        assertThat(ah.occupied()).as(what + ": occupied households").isEqualTo(eh.occupied());
        for (int h = 0; h < eh.count(); h++) {
            assertThat(members(ah, h)).as(what + ": members of household %d", h).isEqualTo(members(eh, h));
            assertThat(ah.last(h)).as(what + ": last of %d", h).isEqualTo(eh.last(h));
        }
        for (int i = 0; i < e.size; i++) {
            assertThat(a.household[i]).as(what + ": household of row %d", i).isEqualTo(e.household[i]);
            assertThat(ah.previous(i)).as(what + ": previous of row %d", i).isEqualTo(eh.previous(i));
            assertThat(a.flags[i]).as(what + ": flags of row %d", i).isEqualTo(e.flags[i]);
            assertThat(Float.floatToRawIntBits(a.risk[i])).as(what + ": risk of row %d", i)
                    .isEqualTo(Float.floatToRawIntBits(e.risk[i]));
            assertThat(actual.families.youngestCopy(i)).as(what + ": youngest copy of row %d", i)
                    .isEqualTo(expected.families.youngestCopy(i));
        }
    }

    private static List<Integer> members(Households homes, int h) {
        List<Integer> rows = new ArrayList<>();
        for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
            rows.add(i);
        }
        return rows;
    }

    /**
     * Four provinces of households of 1 to 5 members (a third alone), born 1940-2000, one in ten
     * abroad (their households watched); built the same from the same seed.
     */
    private static final class World {
        final Population pop;
        final FamilyTies families;
        final WatchLedger watch;

        World(long seed) {
            Random r = new Random(seed);
            List<Integer> starts = new ArrayList<>();
            List<Integer> provinceOf = new ArrayList<>();
            int rows = 0;
            for (int pr = 0; pr < PROVINCES; pr++) {
                for (int h = 0; h < 150 + 60 * pr; h++) {
                    starts.add(rows);
                    provinceOf.add(pr);
                    rows += r.nextInt(3) == 0 ? 1 : 1 + r.nextInt(5);
                }
            }
            starts.add(rows);
            pop = new Population(rows, starts.size() - 1);
            pop.households.layOut(starts.stream().mapToInt(Integer::intValue).toArray());
            int now = 160 * 12;
            for (int i = 0; i < rows; i++) {
                pop.province[i] = (byte) (int) provinceOf.get(pop.household[i]);
                pop.sex[i] = (byte) r.nextInt(2);
                pop.birth[i] = (short) (now - 12 * 18 - r.nextInt(12 * 30));
                pop.status[i] = r.nextInt(10) == 0 ? Status.ABROAD : Status.HOME;
                pop.destination[i] = -1;
                pop.heard[i] = -1;
                pop.returned[i] = -1;
            }
            families = new FamilyTies(pop);
            watch = new WatchLedger(pop);
        }

        void tick() {
            watch.tick(0.01f, 0.02f);
        }

        /** The month's couples, province by province: rows at home not married, shuffled, paired. */
        List<int[]> couples(Random pick) {
            List<int[]> couples = new ArrayList<>();
            for (int pr = 0; pr < PROVINCES; pr++) {
                int province = pr;
                List<Integer> free = new ArrayList<>(IntStream.range(0, pop.size)
                        .filter(i -> pop.province[i] == province && pop.status[i] == Status.HOME
                                && (pop.flags[i] & PersonFlags.MARRIED) == 0)
                        .boxed().toList());
                Collections.shuffle(free, pick);
                int pairs = Math.min(free.size() / 2, 25 + 10 * pr);
                for (int k = 0; k < pairs; k++) {
                    couples.add(new int[] {free.get(2 * k), free.get(2 * k + 1), pr});
                }
            }
            return couples;
        }

        int make(Weddings weddings, ParallelRanges ranges, List<int[]> couples, int m) {
            weddings.clear();
            for (int[] c : couples) {
                Households homes = pop.households;
                weddings.add(c[0], c[1], c[2], pop.household[c[0]], pop.household[c[1]],
                        homes.size(pop.household[c[0]]), homes.size(pop.household[c[1]]));
            }
            weddings.make(ranges, pop, families, watch, STREAM, m, NEW_HOME);
            return weddings.late();
        }

        /** The serial loop's wedding, as it was made on one thread before {@link Weddings}. */
        void wed(int bride, int groom, boolean newHome) {
            Households homes = pop.households;
            int brideHome = pop.household[bride];
            int groomHome = pop.household[groom];
            int home = groomHome;
            if (newHome) {
                home = homes.found();
                move(groom, home);
            }
            move(bride, home);
            pop.flags[bride] |= PersonFlags.MARRIED;
            pop.flags[groom] |= PersonFlags.MARRIED;
            if (newHome) {
                families.left(pop, groomHome, pop.birth[groom]);
            }
            families.left(pop, brideHome, pop.birth[bride]);
            if (newHome) {
                families.born(pop, groom);
            }
            families.born(pop, bride);
        }

        private void move(int i, int h) {
            watch.leaving(i);
            pop.households.move(i, h);
            watch.joined(i);
        }
    }
}
