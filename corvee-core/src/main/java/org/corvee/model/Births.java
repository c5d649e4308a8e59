package org.corvee.model;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.FertilitySchedule;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.people.VacantRows;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;

/**
 * Births by the fertility schedule (X1 fertility, {@link DemographyPhase}): each month a woman
 * at home (status home, not on a hardship posting) aged 15-49 gives birth with probability
 * {@link FertilitySchedule#monthly}; the child joins her household in a vacant row
 * ({@link VacantRows}).
 *
 * <p>Not polled: the rows are filed by birth month, women only ({@link RowsByMonth}), for the
 * birth months that are 15-49 years old at some month of the run; girls born during the run
 * are filed too. A month visits each of the 420 birth months aged 15-49 and draws, by
 * geometric gaps at that age's probability, which filed rows are picked; a pick that is not an
 * eligible woman now (away, dead, the row since reused) has no birth, which leaves each
 * eligible woman's probability as the schedule says. Work is proportional to the births.
 * Draws are keyed by (birth month, month): the same births on any thread count; the ages are
 * picked on the phase's workers ({@link #mothers}).
 */
final class Births {
    /** Gaps read from thresholds, not the inversion's logarithm ({@link GeometricSkips#GeometricSkips(double, int)}). */
    static final int LONG = 1024;
    private final GeometricSkips[] byAge = new GeometricSkips[FertilitySchedule.LAST_AGE + 1];
    private final RowsByMonth women;
    private final VacantRows vacant;
    private static final int AGES = FertilitySchedule.LAST_AGE - FertilitySchedule.FIRST_AGE + 1;
    /** Per age (from FIRST_AGE): the rows picked in one birth month, the mothers found, and a sink for the loads ({@link PickedRows}). */
    private final IntList[] byAgePicked = new IntList[AGES];
    private final IntList[] byAgeFound = new IntList[AGES];
    private final long[] touched = new long[AGES];
    /** The month's mothers, all ages joined ({@link #mothers}): kept, so a month allocates nothing. */
    private final IntList found = new IntList();

    /** Files the women of {@code pop} for the months [month {@code now}, {@code now + months}) (birth encoding), on this thread. */
    Births(Population pop, int now, int months) {
        this(pop, now, months, new ParallelRanges(1));
    }

    /**
     * As {@link #Births(Population, int, int)}, the women filed on {@code ranges}' workers
     * ({@link RowsByMonth#of(ParallelRanges, short[], int, int, int, java.util.function.IntPredicate)}):
     * the same lists on any thread count.
     */
    Births(Population pop, int now, int months, ParallelRanges ranges) {
        int first = now - 12 * (FertilitySchedule.LAST_AGE + 1) + 1;
        int last = now + months - 1 - 12 * FertilitySchedule.FIRST_AGE;
        women = RowsByMonth.of(ranges, pop.birth, pop.size, first, last - first + 1,
                i -> pop.sex[i] == 0 && pop.status[i] != Status.VACANT);
        vacant = new VacantRows(pop);
        for (int a = 0; a < AGES; a++) {
            byAgePicked[a] = new IntList();
            byAgeFound[a] = new IntList();
        }
    }

    /** The rows that hold nobody. */
    VacantRows vacant() {
        return vacant;
    }

    /**
     * The schedule in force from this month (the timeline may change it). An age's skips are
     * made again only if its probability changed: the demography calls this at every change of
     * the parameters (the timeline's dated events, most of which leave fertility alone), and the
     * thresholds of an age cost some three thousand logarithms.
     */
    void use(FertilitySchedule schedule) {
        for (int a = FertilitySchedule.FIRST_AGE; a <= FertilitySchedule.LAST_AGE; a++) {
            double p = Math.min(1, schedule.monthly(a));
            // kept for the run: the thresholds of gaps up to LONG are paid once (most gaps at
            // these small monthly rates are longer than the default table); skips are a
            // function of their probability, which they keep clamped to [0, 1]
            if (byAge[a] == null || byAge[a].probability() != Math.max(0, p)) {
                byAge[a] = new GeometricSkips(p, LONG);
            }
        }
    }

    /** The skips in use at age {@code age} (for tests). */
    GeometricSkips skipsAt(int age) {
        return byAge[age];
    }

    /**
     * The mothers of month {@code m} ({@code now}: its birth encoding), in the order of their
     * birth months and filing (a list kept by this object: valid until the next call);
     * {@code read[0]} gets the rows visited. Each age's twelve birth
     * months are picked and checked on one of {@code ranges}' workers (the picks only read the
     * rows), and the ages' mothers joined in age order: the same list on any thread count.
     */
    IntList mothers(ParallelRanges ranges, Population pop, int now, int m, long stream, long[] read) {
        return mothers(ranges, pop, now, m, stream, null, read);
    }

    /**
     * As {@link #mothers(ParallelRanges, Population, int, int, long, long[])}, leaving out the rows
     * marked in {@code dying} (a bit per row; null: none): the women who die at home this month,
     * picked before their deaths are made, so the same mothers as picked after.
     */
    IntList mothers(ParallelRanges ranges, Population pop, int now, int m, long stream, long[] dying, long[] read) {
        ranges.run(AGES, 1, read, (chunk, from, to, c) -> {
            int age = FertilitySchedule.FIRST_AGE + chunk;
            IntList out = byAgeFound[chunk];
            out.clear();
            GeometricSkips skips = byAge[age];
            if (skips.never()) {
                return;
            }
            IntList picked = byAgePicked[chunk];
            long mix = 0;
            for (int b = now - 12 * age - 11; b <= now - 12 * age; b++) {
                c[0] += PickedRows.pick(skips, stream, b, m, women.at(b), picked);
                mix += PickedRows.touch(pop, picked);
                for (int k = 0; k < picked.size(); k++) {
                    int i = picked.get(k);
                    if (pop.birth[i] == b && pop.sex[i] == 0 && pop.status[i] == Status.HOME
                            && pop.posting[i] != PostingStatus.ON_SITE
                            && (dying == null || (dying[i >>> 6] & (1L << i)) == 0)) {
                        out.add(i);
                    }
                }
            }
            touched[chunk] += mix;
        });
        IntList out = this.found;
        out.clear();
        for (IntList found : byAgeFound) {
            for (int k = 0; k < found.size(); k++) {
                out.add(found.get(k));
            }
        }
        return out;
    }

    /**
     * Row {@code i} now holds a newborn of sex {@code sex} (as {@link Population#sex}) born in
     * {@code birth} (birth encoding): a girl is filed for her own childbearing years.
     */
    void born(int i, byte sex, int birth) {
        if (sex == 0) {
            women.add(birth, i);
        }
    }
}
