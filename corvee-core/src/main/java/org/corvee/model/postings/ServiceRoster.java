package org.corvee.model.postings;

import java.util.ArrayDeque;
import org.corvee.engine.IntList;
import org.corvee.engine.RandomStreams;
import org.corvee.model.people.Population;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;

/**
 * Who is in military service and since when (X1, DP1): the soldiers in enlistment order, one
 * group per enlistment month, and the men discharged in the latest spring wave, from whom the
 * postings' discharge cohorts are drawn.
 *
 * <p>Invariants: every row of a group has {@link Status#SERVICE} (no other phase changes a
 * soldier's status, and deaths at home wait for discharge); groups are in increasing enlistment
 * month, so a discharge wave takes groups from the front only. Nothing here scans the person
 * table: the phase that enlists finds each year's men of enlistment age in one pass.
 */
final class ServiceRoster {
    /** Soldiers who enlisted in one month (absolute month). */
    private record Group(int enlisted, IntList rows) {
    }

    private final ArrayDeque<Group> groups = new ArrayDeque<>();
    /** Men discharged in the latest spring wave, in discharge order, and its month index. */
    private int[] wave = new int[0];
    private int waveMonth = Integer.MIN_VALUE;
    /** Share of each birth-month cohort of men that enlists, fixed when the run starts. */
    private double enlistShare;
    private int soldiers;
    /** Rows read by the latest {@link #draw} (the bench's touched rows). */
    private long lastTries;

    double enlistShare() {
        return enlistShare;
    }

    void enlistShare(double share) {
        enlistShare = share;
    }

    /** Rows read by the latest draw. */
    long lastTries() {
        return lastTries;
    }

    /** Soldiers now (agents). */
    int soldiers() {
        return soldiers;
    }

    /** Adds a soldier who enlisted in absolute month {@code enlisted} (not before the latest group's). */
    void enlist(Population pop, int i, int enlisted) {
        group(enlisted).rows().add(i);
        enterService(pop, i);
        soldiers++;
    }

    /**
     * Adds the men {@code rows}, in their order, who enlisted in absolute month {@code enlisted}
     * (not before the latest group's) and were already made soldiers ({@link #enterService}).
     */
    void enlisted(IntList rows, int enlisted) {
        if (rows.size() > 0) {
            group(enlisted).rows().addAll(rows);
            soldiers += rows.size();
        }
    }

    /** Row {@code i} enters service: the months at home fade before service, none during it (HomeMemory). */
    static void enterService(Population pop, int i) {
        pop.settle(i);
        pop.status[i] = Status.SERVICE;
    }

    /** Row {@code i}, taken off the roster, is at home again: nothing faded in service, the row starts fading from now. */
    static void leaveService(Population pop, int i) {
        pop.settle(i);
        pop.status[i] = Status.HOME;
    }

    /** The group of month {@code enlisted}, the latest (made if new; months never go back). */
    private Group group(int enlisted) {
        Group last = groups.peekLast();
        if (last == null || last.enlisted() != enlisted) {
            if (last != null && last.enlisted() > enlisted) {
                throw new IllegalStateException("enlistments out of order: " + enlisted + " after " + last.enlisted());
            }
            last = new Group(enlisted, new IntList());
            groups.addLast(last);
        }
        return last;
    }

    /**
     * Takes every soldier who enlisted in or before absolute month {@code servedSince} off the
     * roster and returns them in enlistment order; the caller sends each home at once
     * ({@link #leaveService}) before anything reads the roster or the rows.
     */
    IntList discharge(int servedSince) {
        IntList out = new IntList();
        while (!groups.isEmpty() && groups.peekFirst().enlisted() <= servedSince) {
            IntList rows = groups.pollFirst().rows();
            out.addAll(rows);
            soldiers -= rows.size();
        }
        return out;
    }

    /** Remembers the men discharged in month index {@code m}'s spring wave for the postings. */
    void spring(int m, IntList discharged) {
        wave = discharged.toArray();
        waveMonth = m;
    }

    /**
     * Draws up to {@code wanted} distinct men of this month's spring wave who are still at home,
     * never assigned, and born no later than {@code latestBirth} (encoded as
     * {@link Population#birth}) — so not a newborn who took the row of a dischargee who died.
     * Each drawn man is marked {@link PostingStatus#NO_SHOW} at once, as {@link AssigneePool} does.
     * Draws without replacement (a partial shuffle keyed by (stream, try, month, cohort)), so the
     * same cohort gets the same men on any thread count. Empty unless {@code m} is the wave's month.
     */
    int[] draw(Population pop, long stream, int m, int cohortId, int wanted, int latestBirth) {
        lastTries = 0;
        if (m != waveMonth || wanted <= 0) {
            return new int[0];
        }
        int[] picked = new int[wanted];
        int got = 0;
        int left = wave.length;
        long t = 0;
        while (got < wanted && left > 0) {
            int k = (int) ((RandomStreams.bits(stream, t++, m, cohortId) >>> 1) % left);
            int i = wave[k];
            wave[k] = wave[--left];
            wave[left] = i;
            if (pop.status[i] == Status.HOME && pop.posting[i] == PostingStatus.NONE && pop.sex[i] == 1
                    && pop.birth[i] <= latestBirth) {
                pop.posting[i] = PostingStatus.NO_SHOW;
                picked[got++] = i;
            }
        }
        lastTries = t;
        // Men already drawn or unfit stay at the end of the array; the next site draws from the rest.
        wave = java.util.Arrays.copyOf(wave, left);
        return java.util.Arrays.copyOf(picked, got);
    }
}
