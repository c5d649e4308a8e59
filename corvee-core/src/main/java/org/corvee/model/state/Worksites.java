package org.corvee.model.state;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.model.people.Population;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Status;

/**
 * Worksites abroad (OD5, OD6): each destination's workers are spread over worksites of
 * {@code worksite_size} persons (at least one agent each); a worker's worksite is drawn at
 * departure and kept ({@link Population#worksite}). A worksite has a sector (by its index,
 * {@link org.corvee.model.terms.SectorTerms#sectorOf}) and a count of consecutive months its wages have been withheld.
 *
 * <p>Membership is rebuilt from the abroad list when needed ({@link #group}) by a counting sort,
 * so its cost is proportional to the workers abroad, never to the population. Members of a
 * worksite appear in abroad-list order, which is deterministic.
 */
public final class Worksites {
    private final int[][] unpaid = new int[Destination.values().length][];
    private final int[] base = new int[Destination.values().length + 1];
    private int[] start = new int[1];
    private int[] members = new int[0];

    public Worksites() {
        for (int d = 0; d < unpaid.length; d++) {
            unpaid[d] = new int[8];
        }
    }

    /** Consecutive months of withheld wages at worksite {@code w} of destination {@code d}. */
    public int unpaid(int d, int w) {
        return w < unpaid[d].length ? unpaid[d][w] : 0;
    }

    /** Sets the withheld-month count. */
    public void setUnpaid(int d, int w, int months) {
        if (w >= unpaid[d].length) {
            unpaid[d] = Arrays.copyOf(unpaid[d], Math.max(w + 1, unpaid[d].length * 2));
        }
        unpaid[d][w] = months;
    }

    /** Number of worksite indices of {@code d} that may hold state. */
    public int known(int d) {
        return unpaid[d].length;
    }

    /** Groups the workers of {@code abroad} (status ABROAD) by destination and worksite. */
    public void group(Population pop, IntList abroad) {
        int nd = unpaid.length;
        int[] width = new int[nd];
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] == Status.ABROAD) {
                width[pop.destination[i]] = Math.max(width[pop.destination[i]], pop.worksite[i] + 1);
            }
        }
        base[0] = 0;
        for (int d = 0; d < nd; d++) {
            base[d + 1] = base[d] + width[d];
        }
        int cells = base[nd];
        start = new int[cells + 1];
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] == Status.ABROAD) {
                start[base[pop.destination[i]] + pop.worksite[i] + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        members = new int[start[cells]];
        int[] fill = Arrays.copyOf(start, cells);
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] == Status.ABROAD) {
                members[fill[base[pop.destination[i]] + pop.worksite[i]]++] = i;
            }
        }
    }

    /** Worksite indices of {@code d} with members in the last {@link #group}. */
    public int grouped(int d) {
        return base[d + 1] - base[d];
    }

    /** First member slot of worksite {@code w} of {@code d} (into {@link #member}). */
    public int from(int d, int w) {
        return w < grouped(d) ? start[base[d] + w] : 0;
    }

    /** End (exclusive) member slot of worksite {@code w} of {@code d}. */
    public int to(int d, int w) {
        return w < grouped(d) ? start[base[d] + w + 1] : 0;
    }

    /** The person in member slot {@code slot}. */
    public int member(int slot) {
        return members[slot];
    }
}
