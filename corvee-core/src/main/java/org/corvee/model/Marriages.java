package org.corvee.model;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * Marriage and household formation (X1 marriage, {@link DemographyPhase}). Each month an
 * unmarried person at home (status home, not on a hardship posting) within the marriage ages
 * of their sex seeks to marry with probability {@code demography.marriage_rate} / 12; in each
 * province the brides and grooms seeking this month are paired in the order found (older
 * birth months first, then row order), the surplus of one sex waits. A couple founds a new
 * household with probability {@code new_household_share}, else the bride moves into the groom's
 * household. Both are marked {@link PersonFlags#MARRIED}. Only persons at home marry or move:
 * not abroad, in screening, in military service or on a posting. Rows never move; the
 * household lists do ({@link org.corvee.model.people.Households}).
 *
 * <p>Not polled, as {@link Births}: the persons who may still marry are filed by birth month
 * for the birth months within the marriage ages during the run (at the start the unmarried who
 * are not dead or defected abroad; newborns too), picked by geometric gaps at the monthly rate,
 * checked on use. After the month's pairing, a pick who married leaves their list, and so does a
 * pick who never can (the row since reused by a birth or vacant, the person dead or defected
 * abroad); the removal keeps the list's order, so pairing still takes older birth months first,
 * then the order filed. The married majority of the ages is thus not picked and rejected month
 * after month, while persons away for now (abroad, in screening or service, on a posting, too
 * young for their sex) stay filed and keep their chance each month. Draws keyed by (birth month,
 * month) and (groom, month): the same on any thread count.
 *
 * <p>On the phase's workers: the picking a year of birth months per chunk ({@link MarriagePicks}),
 * joined oldest first; the weddings province by province ({@link Weddings}), the household ids
 * they found planned before in the serial order; the removals from the lists a year of birth
 * months per chunk (each list is changed by one chunk alone), beside the weddings' plan, which
 * touches none of the lists. The pairing is on the calling thread. The result is the serial
 * loop's on any thread count.
 */
final class Marriages {
    private static final long[] NO_COUNTERS = new long[0];
    private final RowsByMonth persons;
    private final int youngest;
    private final int oldest;
    private final IntList[] brides = new IntList[Province.values().length];
    private final IntList[] grooms = new IntList[Province.values().length];
    /** The month's trials at the marriage rate, kept while the rate is the same. */
    private GeometricSkips skips;
    /** This month's picks, birth month after birth month, joined from {@link #picks}. */
    private final IntList picked = new IntList();
    /** Each pick's position in its birth month's list. */
    private final IntList at = new IntList();
    /** Each pick's household and its size now, if a bride or a groom ({@link MarriagePicks}). */
    private final IntList homeOf = new IntList();
    private final IntList sizeOf = new IntList();
    /** Per pick: its entry leaves the list after this month's marriages (married, or gone for good). */
    private boolean[] leaves = new boolean[256];
    /** Where each birth month's picks end in {@link #picked}, oldest birth month first. */
    private final IntList ends = new IntList();
    /** The positions leaving one birth month's list, one list per year of birth months. */
    private IntList[] leaving = new IntList[0];
    /** This month's picks, a year of birth months per chunk on the workers. */
    private final MarriagePicks picks = new MarriagePicks();
    /** This month's couples, made on the workers. */
    private final Weddings weddings = new Weddings();

    /** Files the persons of {@code pop} who may still marry, for the months [month {@code now}, {@code now + months}) (birth encoding), on {@code ranges}' workers. */
    Marriages(Parameters p, Population pop, int now, int months, ParallelRanges ranges) {
        youngest = Math.min(p.getInt(DemographyKeys.MARRIAGE_MIN_AGE_FEMALE), p.getInt(DemographyKeys.MARRIAGE_MIN_AGE_MALE));
        oldest = p.getInt(DemographyKeys.MARRIAGE_MAX_AGE);
        int first = now - 12 * (oldest + 1) + 1;
        int last = now + months - 1 - 12 * youngest;
        persons = RowsByMonth.of(ranges, pop.birth, pop.size, first, last - first + 1, i -> !never(pop, i));
        for (int k = 0; k < brides.length; k++) {
            brides[k] = new IntList();
            grooms[k] = new IntList();
        }
    }

    /**
     * True if the person in row {@code i} can never marry (again): married already, a row that
     * holds nobody, or dead or defected abroad (statuses that never change back).
     */
    static boolean never(Population pop, int i) {
        byte st = pop.status[i];
        return (pop.flags[i] & PersonFlags.MARRIED) != 0 || st == Status.VACANT || st == Status.DEAD
                || st == Status.DEFECTED;
    }

    /** The rows filed under birth month {@code birth}, in order (for tests). */
    IntList filed(int birth) {
        return persons.at(birth);
    }

    /** Row {@code i} now holds a newborn: filed for their marriage ages. */
    void born(Population pop, int i) {
        born(i, pop.birth[i]);
    }

    /** Row {@code i} now holds a newborn born in {@code birth} (birth encoding): filed for their marriage ages. */
    void born(int i, int birth) {
        persons.add(birth, i);
    }

    /**
     * This month's marriages ({@code now}: the month's birth encoding); returns the number of
     * marriages, {@code read[0]} gets the rows visited. After the pairing, the entries of the
     * month's picks that can never marry now (those who just married, and rows reused or gone for
     * good) leave their lists, the others keeping their order.
     */
    int marry(Parameters p, Population pop, FamilyTies families, WatchLedger watch, int now, int m, long stream, long[] read,
              long[] counters, int base) {
        try (ParallelRanges one = new ParallelRanges(1)) {
            return marry(one, p, pop, families, watch, now, m, stream, read, counters, base);
        }
    }

    /**
     * As above, the weddings made on {@code ranges}' workers province by province ({@link Weddings}):
     * the same result on any thread count.
     */
    int marry(ParallelRanges ranges, Parameters p, Population pop, FamilyTies families, WatchLedger watch, int now,
              int m, long stream, long[] read, long[] counters, int base) {
        int minFemale = p.getInt(DemographyKeys.MARRIAGE_MIN_AGE_FEMALE);
        int minMale = p.getInt(DemographyKeys.MARRIAGE_MIN_AGE_MALE);
        int maxAge = Math.min(oldest, p.getInt(DemographyKeys.MARRIAGE_MAX_AGE));
        double rate = Math.min(1, p.get(DemographyKeys.MARRIAGE_RATE) / 12);
        if (skips == null || skips.probability() != Math.max(0, rate)) {
            skips = new GeometricSkips(rate, Births.LONG); // kept while the rate holds
        }
        if (skips.never()) {
            return 0;
        }
        for (int k = 0; k < brides.length; k++) {
            brides[k].clear();
            grooms[k].clear();
        }
        picked.clear();
        at.clear();
        homeOf.clear();
        sizeOf.clear();
        ends.clear();
        int oldestBirth = now - 12 * (maxAge + 1) + 1;
        int youngestBirth = now - 12 * youngest;
        picks.pick(ranges, skips, persons, pop, stream, now, m, oldestBirth, youngestBirth, minFemale, minMale, read);
        for (int y = 0; y < picks.years(); y++) {
            join(y);
        }
        weddings.clear();
        for (int pr = 0; pr < brides.length; pr++) {
            int pairs = Math.min(brides[pr].size(), grooms[pr].size());
            for (int k = 0; k < pairs; k++) {
                int bride = brides[pr].get(k);
                int groom = grooms[pr].get(k);
                leaves[bride] = true;
                leaves[groom] = true;
                weddings.add(picked.get(bride), picked.get(groom), pr, homeOf.get(bride), homeOf.get(groom),
                        sizeOf.get(bride), sizeOf.get(groom));
            }
        }
        double newHomeShare = p.get(DemographyKeys.NEW_HOUSEHOLD_SHARE);
        // the weddings' plan is serial (the household ids pass between provinces in the serial
        // order) and the removals from the lists touch nothing it does: the plan is the first
        // chunk, the removals a year of birth months per chunk after it, so the removals run on
        // the other threads while the plan runs on one
        growLeaving();
        int months = ends.size();
        ranges.run(1 + picks.years(), 1, NO_COUNTERS, (chunk, from, to, none) -> {
            if (chunk == 0) {
                weddings.plan(pop, families, watch, stream, m, newHomeShare);
            } else { // the youngest years first, their lists the longest (as the picks)
                int y = picks.years() - chunk;
                unfile(y, 12 * y, Math.min(months, 12 * y + 12), oldestBirth);
            }
        });
        weddings.make(ranges, pop, families, watch);
        weddings.countInto(counters, base);
        return weddings.size();
    }

    /** Appends year {@code y}'s picks, positions, month ends, brides and grooms to the month's lists. */
    private void join(int y) {
        int offset = picked.size();
        IntList yPicked = picks.picked(y);
        IntList yAt = picks.at(y);
        IntList codes = picks.codes(y);
        IntList homes = picks.homes(y);
        IntList sizes = picks.sizes(y);
        if (leaves.length < offset + yPicked.size()) {
            leaves = java.util.Arrays.copyOf(leaves, Math.max(offset + yPicked.size(), 2 * leaves.length));
        }
        // the four lists copied whole (this runs on the calling thread alone, tens of
        // thousands of picks a month at full scale); the codes sorted one by one
        picked.addAll(yPicked);
        at.addAll(yAt);
        homeOf.addAll(homes);
        sizeOf.addAll(sizes);
        for (int k = 0; k < yPicked.size(); k++) {
            int code = codes.get(k);
            leaves[offset + k] = code == MarriagePicks.LEAVES;
            if ((code & 3) == MarriagePicks.BRIDE) {
                brides[code >>> 2].add(offset + k);
            } else if ((code & 3) == MarriagePicks.GROOM) {
                grooms[code >>> 2].add(offset + k);
            }
        }
        IntList yEnds = picks.ends(y);
        for (int j = 0; j < yEnds.size(); j++) {
            ends.add(offset + yEnds.get(j));
        }
    }

    private void growLeaving() {
        if (leaving.length < picks.years()) {
            int had = leaving.length;
            leaving = java.util.Arrays.copyOf(leaving, picks.years());
            for (int y = had; y < leaving.length; y++) {
                leaving[y] = new IntList();
            }
        }
    }

    /**
     * Removes the entries of this month's picks that leave from the lists of birth months
     * [oldestBirth + from, oldestBirth + to), year {@code y}'s: each removal moves the list's tail
     * down (most of a list, some megabytes a month in all), and the lists are apart, so the years
     * run on the workers, each list changed by one chunk alone.
     */
    private void unfile(int y, int from, int to, int oldestBirth) {
        IntList out = leaving[y];
        int k = from == 0 ? 0 : ends.get(from - 1);
        for (int j = from; j < to; j++) {
            out.clear();
            for (; k < ends.get(j); k++) {
                if (leaves[k]) {
                    out.add(at.get(k));
                }
            }
            persons.remove(oldestBirth + j, out);
        }
    }
}
