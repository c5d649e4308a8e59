package org.corvee.model;

import java.util.Arrays;
import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;

/**
 * A month's picks of the persons who may marry ({@link Marriages}), made on the phase's workers a
 * year of birth months per chunk: each birth month's list picked by geometric gaps
 * ({@link PickedRows}), each pick's lines loaded (its household's id too), then each pick coded: leaves its list for good,
 * seeks a bride's or a groom's match in its province (its household and the household's size
 * read too, for the weddings), or is away for now. The picking only reads
 * the rows and the lists, and its draws are keyed by birth month and month; the caller joins the
 * years oldest first, which gives the picks, codes and order of one pass over the birth months.
 * The chunks are fixed (twelve birth months each, the youngest year first), whatever the thread
 * count.
 */
final class MarriagePicks {
    /** A pick's code: leaves its list after the month (gone for good); else a bride or a groom of province code >> 2; 0: away for now. */
    static final int LEAVES = 1;
    static final int BRIDE = 2;
    static final int GROOM = 3;
    private IntList[] picked = new IntList[0];
    private IntList[] at = new IntList[0];
    private IntList[] codes = new IntList[0];
    private IntList[] ends = new IntList[0];
    /** Per pick: its household and the household's size now (read for brides and grooms, else 0). */
    private IntList[] homes = new IntList[0];
    private IntList[] sizes = new IntList[0];
    /** Sinks for the loads of {@link PickedRows#touch}, one per year (so the compiler keeps them); meaningless. */
    private long[] touched = new long[0];
    private int years;

    /**
     * Picks the persons of {@code persons} born in [oldestBirth, youngestBirth] (birth encoding) at
     * {@code skips}' monthly probability, in month {@code m} ({@code now}: its birth encoding);
     * adds the rows read to {@code read[0]}.
     */
    void pick(ParallelRanges ranges, GeometricSkips skips, RowsByMonth persons, Population pop, long stream, int now,
              int m, int oldestBirth, int youngestBirth, int minFemale, int minMale, long[] read) {
        int months = Math.max(0, youngestBirth - oldestBirth + 1);
        years = (months + 11) / 12;
        grow(years);
        int last = years - 1;
        // the youngest years first: their lists are the longest (few of them married yet), and
        // taken last they left one thread at work alone at the end; a year's picks go to its own
        // lists whichever chunk picks it
        ranges.run(months, 12, read, (chunk, unused, none, c) -> {
            int y = last - chunk;
            int from = 12 * y;
            int to = Math.min(months, from + 12);
            IntList yPicked = picked[y];
            IntList yAt = at[y];
            IntList yCodes = codes[y];
            IntList yEnds = ends[y];
            IntList yHomes = homes[y];
            IntList ySizes = sizes[y];
            yPicked.clear();
            yAt.clear();
            yCodes.clear();
            yEnds.clear();
            yHomes.clear();
            ySizes.clear();
            long mix = 0;
            for (int j = from; j < to; j++) {
                int b = oldestBirth + j;
                int age = (now - b) / 12;
                int first = yPicked.size();
                c[0] += PickedRows.pick(skips, stream, b, m, persons.at(b), yPicked, yAt);
                mix += PickedRows.touchWithHomes(pop, yPicked, first);
                for (int k = first; k < yPicked.size(); k++) {
                    int i = yPicked.get(k);
                    int code = code(pop, i, b, age, minFemale, minMale);
                    yCodes.add(code);
                    // a bride's or groom's household, for the weddings' plan ({@link Weddings})
                    yHomes.add(code > LEAVES ? pop.household[i] : 0);
                }
                // the households' sizes in a loop of their own: their misses in flight together
                for (int k = first; k < yPicked.size(); k++) {
                    ySizes.add(yCodes.get(k) > LEAVES ? pop.households.size(yHomes.get(k)) : 0);
                }
                yEnds.add(yPicked.size());
            }
            touched[y] += mix;
        });
    }

    /** The code of the pick of row {@code i} from birth month {@code b}'s list (the person is aged {@code age}). */
    private static int code(Population pop, int i, int b, int age, int minFemale, int minMale) {
        if (pop.birth[i] != b || Marriages.never(pop, i)) {
            return LEAVES; // gone for good
        }
        if (pop.status[i] != Status.HOME || pop.posting[i] == PostingStatus.ON_SITE) {
            return 0; // away for now: stays filed
        }
        if (pop.sex[i] == 0 && age >= minFemale) {
            return BRIDE | pop.province[i] << 2;
        }
        if (pop.sex[i] == 1 && age >= minMale) {
            return GROOM | pop.province[i] << 2;
        }
        return 0;
    }

    /** Years of birth months picked this month (oldest first). */
    int years() {
        return years;
    }

    /** Year {@code y}'s picks, birth month after birth month. */
    IntList picked(int y) {
        return picked[y];
    }

    /** Each of year {@code y}'s picks' position in its birth month's list. */
    IntList at(int y) {
        return at[y];
    }

    /** Each of year {@code y}'s picks' code. */
    IntList codes(int y) {
        return codes[y];
    }

    /** Each of year {@code y}'s picks' household, if a bride or a groom. */
    IntList homes(int y) {
        return homes[y];
    }

    /** The size of each of year {@code y}'s picks' household now, if a bride or a groom. */
    IntList sizes(int y) {
        return sizes[y];
    }

    /** Where each birth month's picks end in {@link #picked}, oldest first. */
    IntList ends(int y) {
        return ends[y];
    }

    private void grow(int years) {
        if (picked.length >= years) {
            return;
        }
        int had = picked.length;
        picked = Arrays.copyOf(picked, years);
        at = Arrays.copyOf(at, years);
        codes = Arrays.copyOf(codes, years);
        ends = Arrays.copyOf(ends, years);
        homes = Arrays.copyOf(homes, years);
        sizes = Arrays.copyOf(sizes, years);
        touched = Arrays.copyOf(touched, years);
        for (int y = had; y < years; y++) {
            picked[y] = new IntList();
            at[y] = new IntList();
            codes[y] = new IntList();
            ends[y] = new IntList();
            homes[y] = new IntList();
            sizes[y] = new IntList();
        }
    }
}
