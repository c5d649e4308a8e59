package org.corvee.model;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.PostingStatus;
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
 * household lists do ({@link Households}).
 *
 * <p>Not polled, as {@link Births}: persons filed by birth month for the birth months within
 * the marriage ages during the run (newborns too), picked by geometric gaps, checked on use.
 * Draws keyed by (birth month, month) and (groom, month): the same on any thread count.
 */
final class Marriages {
    private final RowsByMonth persons;
    private final int youngest;
    private final int oldest;
    private final IntList[] brides = new IntList[Province.values().length];
    private final IntList[] grooms = new IntList[Province.values().length];
    /** The month's trials at the marriage rate, kept while the rate is the same. */
    private GeometricSkips skips;
    /** The rows picked in one birth month, and a sink for their loads ({@link PickedRows}). */
    private final IntList picked = new IntList();
    private long touched;

    /** Files the persons of {@code pop} for the months [month {@code now}, {@code now + months}) (birth encoding). */
    Marriages(Parameters p, Population pop, int now, int months) {
        youngest = Math.min(p.getInt(DemographyKeys.MARRIAGE_MIN_AGE_FEMALE), p.getInt(DemographyKeys.MARRIAGE_MIN_AGE_MALE));
        oldest = p.getInt(DemographyKeys.MARRIAGE_MAX_AGE);
        int first = now - 12 * (oldest + 1) + 1;
        int last = now + months - 1 - 12 * youngest;
        persons = RowsByMonth.of(pop.birth, pop.size, first, last - first + 1, i -> pop.status[i] != Status.VACANT);
        for (int k = 0; k < brides.length; k++) {
            brides[k] = new IntList();
            grooms[k] = new IntList();
        }
    }

    /** Row {@code i} now holds a newborn: filed for their marriage ages. */
    void born(Population pop, int i) {
        persons.add(pop.birth[i], i);
    }

    /**
     * This month's marriages ({@code now}: the month's birth encoding); returns the number of
     * marriages, {@code read[0]} gets the rows visited.
     */
    int marry(Parameters p, Population pop, FamilyTies families, WatchLedger watch, int now, int m, long stream, long[] read,
              long[] counters, int base) {
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
        for (int b = now - 12 * (maxAge + 1) + 1; b <= now - 12 * youngest; b++) {
            int age = (now - b) / 12;
            read[0] += PickedRows.pick(skips, stream, b, m, persons.at(b), picked);
            touched += PickedRows.touch(pop, picked);
            for (int k = 0; k < picked.size(); k++) {
                int i = picked.get(k);
                if (pop.birth[i] != b || pop.status[i] != Status.HOME || pop.posting[i] == PostingStatus.ON_SITE
                        || (pop.flags[i] & PersonFlags.MARRIED) != 0) {
                    continue;
                }
                if (pop.sex[i] == 0 && age >= minFemale) {
                    brides[pop.province[i]].add(i);
                } else if (pop.sex[i] == 1 && age >= minMale) {
                    grooms[pop.province[i]].add(i);
                }
            }
        }
        double newHome = p.get(DemographyKeys.NEW_HOUSEHOLD_SHARE);
        int married = 0;
        for (int pr = 0; pr < brides.length; pr++) {
            int pairs = Math.min(brides[pr].size(), grooms[pr].size());
            for (int k = 0; k < pairs; k++) {
                int groom = grooms[pr].get(k);
                wed(pop, families, watch, brides[pr].get(k), groom, RandomStreams.uniform(stream, groom, m, -1) < newHome);
                married++;
                counters[base + pr]++;
            }
        }
        return married;
    }

    /** Row i moves to household h, its watch risk (OD7) settled in the household it leaves. */
    private static void moveWatched(Population pop, WatchLedger watch, int i, int h) {
        if (watch != null) {
            watch.leaving(i);
        }
        pop.households.move(i, h);
        if (watch != null) {
            watch.joined(i);
        }
    }

    /** The bride and the groom marry: a new household, or the bride joins the groom's. */
    private static void wed(Population pop, FamilyTies families, WatchLedger watch, int bride, int groom,
                            boolean newHome) {
        Households homes = pop.households;
        int brideHome = pop.household[bride];
        int groomHome = pop.household[groom];
        int home = groomHome;
        if (newHome) {
            home = homes.found();
            moveWatched(pop, watch, groom, home);
        }
        moveWatched(pop, watch, bride, home);
        pop.flags[bride] |= PersonFlags.MARRIED;
        pop.flags[groom] |= PersonFlags.MARRIED;
        if (families != null) {
            // Each leave and join as it happened; the youngest is a maximum, so the order of the
            // updates does not matter, and a household is walked only if its youngest changes.
            if (newHome) {
                families.left(pop, groomHome, pop.birth[groom]);
            }
            families.left(pop, brideHome, pop.birth[bride]);
            if (newHome) {
                families.born(pop, groom);
            }
            families.born(pop, bride);
        }
    }
}
