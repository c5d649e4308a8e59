package org.corvee.model.beliefs;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.Population;
import org.corvee.model.world.Status;

/**
 * The accounts of the history's replay ({@link BeliefHistory}) and the fading of confidence
 * before the start. An account heard in history month m (relative to the start, negative)
 * reaches a listener at home now, born by then, not a returnee still abroad then, and not to be
 * wiped by coming of age before the start (memory on); the listener's confidence first fades
 * over the months since it was last set, then the account is heard ({@link BeliefUpdate}).
 *
 * <p>Writes only the listener's row (heard month, belief, confidence) and its entry of the
 * months each row's confidence was last set, so {@link Hearings} may apply the accounts of
 * different rows on different threads. A relay, heard in an earlier month of the history, always
 * passes these checks, so its belief at its turn is its belief at the start of the month moved
 * by the accounts it heard before, from its confidence faded once ({@link #confidenceAt}): what
 * {@link RelayReports} works out.
 */
final class HistoryAccounts implements Hearing {
    private static final short UNTOUCHED = Short.MIN_VALUE;

    private final Population pop;
    /** The start (absolute month) and the history's length in months. */
    private final int now;
    private final int months;
    private final boolean memory;
    private final double keep;
    private final int adultMonths;
    private final int relayMonths;
    private final double[] trust;
    /** Month (relative to the start) each row's confidence was last set in the history; UNTOUCHED never. */
    private final short[] touched;
    /** The history month whose accounts are applied. */
    private int m;

    HistoryAccounts(Population pop, int now, int months, boolean memory, double keep, int adultMonths,
            int relayMonths, double household, double tie, double relay) {
        this.pop = pop;
        this.now = now;
        this.months = months;
        this.memory = memory;
        this.keep = keep;
        this.adultMonths = adultMonths;
        this.relayMonths = relayMonths;
        this.trust = new double[] {household, tie, relay};
        this.touched = new short[pop.size];
        Arrays.fill(touched, UNTOUCHED);
    }

    /** Row {@code i} came home in history month {@code month}: abroad, and hearing nothing, before that. */
    void returned(int i, int month) {
        touched[i] = (short) month;
    }

    /** The accounts applied next are those of history month {@code month}. */
    void month(int month) {
        m = month;
    }

    @Override
    public double trust(int source) {
        return trust[source];
    }

    @Override
    public void listen(int j, float report, int source, long[] c, IntList fresh, int at) {
        int born = pop.birth[j] + Population.BIRTH_BASE;
        int adult = born + adultMonths;
        if (!BeliefUpdate.canHear(pop.status[j]) || born > now + m || (memory && adult >= now + m && adult < now)
                || (pop.returned[j] >= 0 && touched[j] > m)) {
            return;
        }
        pop.confidence[j] = confidenceAt(j, m);
        if (pop.heard[j] < 0) {
            pop.heard[j] = 0;
            if (relayMonths > 0) {
                fresh.add(at);
                fresh.add(j);
            }
        }
        BeliefUpdate.hear(pop, j, report, trust[source]);
        touched[j] = (short) m;
    }

    @Override
    public int load(int j) {
        return pop.birth[j] + pop.status[j] + pop.returned[j] + touched[j] + pop.heard[j] + pop.settled[j]
                + Float.floatToRawIntBits(pop.belief[j]) + Float.floatToRawIntBits(pop.confidence[j]);
    }

    /** Row j's confidence faded to history month {@code month} since it was last set (reads only). */
    float confidenceAt(int j, int month) {
        return (float) (pop.confidence[j] * fading(j, month));
    }

    /** The factor by which row j's confidence has faded by history month {@code month} since it was last set. */
    private double fading(int j, int month) {
        if (!memory) {
            return 1;
        }
        if (touched[j] != UNTOUCHED) {
            return Math.pow(keep, month - touched[j]);
        }
        // Never told: the confidence held since coming of age (or birth), within the history.
        int born = pop.birth[j] + Population.BIRTH_BASE;
        int adult = born + adultMonths;
        int at = now + month;
        int since = at - (adult <= at ? adult : born);
        return Math.pow(keep, Math.min(since, months + month));
    }

    /**
     * Brings every row at home up to the start, the fading since its confidence was last set, in
     * chunks on {@code ranges}' workers (each row on its own).
     */
    void fadeToStart(ParallelRanges ranges) {
        if (!memory) {
            return;
        }
        ranges.run(pop.size, new long[0], (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                if (pop.status[i] < Status.ABROAD) {
                    pop.confidence[i] = confidenceAt(i, 0);
                }
            }
        });
    }
}
