package org.corvee.model.state;

import org.corvee.engine.IntList;
import org.corvee.model.people.Population;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Status;

/**
 * Workers abroad by destination and the month their contract ends (their {@code due} month),
 * kept where either changes: a departure, a renewal, a repatriation, keeping or stranding by a
 * host (OD11), and every way home or out ({@code Homecoming}). Selection's expected vacancies
 * (workers whose contract ends within the recruiting lead) are then a sum over a few months per
 * destination instead of a pass over the workers abroad; {@link #recount} gives the pass's
 * answer, and the tests check that the two agree every month.
 *
 * <p>Due months are shorts; those below 0 (none occur) would count as month 0. Costs 128 KiB
 * per destination.
 */
public final class ContractEnds {
    /** Due months kept apart: every value of the due column (a short) from 0. */
    private static final int MONTHS = Short.MAX_VALUE + 1;
    private final int[][] byDue = new int[Destination.values().length][MONTHS];

    /** A worker to destination {@code d}, contract ending at {@code due}, is now abroad. */
    public void add(int d, int due) {
        byDue[d][bucket(due)]++;
    }

    /** A worker to destination {@code d}, contract ending at {@code due}, is no longer abroad. */
    public void remove(int d, int due) {
        byDue[d][bucket(due)]--;
    }

    /** The contract of a worker abroad at {@code d} now ends at {@code to} instead of {@code from}. */
    public void moved(int d, int from, int to) {
        byDue[d][bucket(from)]--;
        byDue[d][bucket(to)]++;
    }

    /** Workers abroad at {@code d} whose contract ends by month {@code month} (due ≤ month). */
    public int endingBy(int d, int month) {
        int[] counts = byDue[d];
        int last = Math.min(month, MONTHS - 1);
        int n = 0;
        for (int x = 0; x <= last; x++) {
            n += counts[x];
        }
        return n;
    }

    /** The same answer by a pass over the workers abroad of {@code abroad} (status ABROAD): the check. */
    public static int recount(Population pop, IntList abroad, int d, int month) {
        int n = 0;
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] == Status.ABROAD && pop.destination[i] == d && pop.due[i] <= month) {
                n++;
            }
        }
        return n;
    }

    private static int bucket(int due) {
        return Math.max(0, Math.min(MONTHS - 1, due));
    }
}
