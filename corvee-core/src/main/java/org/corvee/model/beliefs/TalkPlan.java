package org.corvee.model.beliefs;

import java.util.Arrays;

/**
 * One month of word of mouth written down before any account is applied: for each turn (a
 * speaker telling its household and social ties, or later its worksite ties), in the order the
 * turns are taken, the listeners in the order they are told.
 *
 * <p>Why it is exact: who is told depends on the speakers' status and return, the households,
 * the network, the worksite ties and the draws, and hearing an account writes none of these
 * (only the listener's heard month, belief and confidence, the census, and in the replay of the
 * history ({@link BeliefHistory}) the month its confidence was last set). Applying the turns
 * in their order afterwards therefore updates every listener with the same reports in the same
 * order as telling them speaker by speaker; what the planning buys is that the listeners' rows,
 * scattered over the population, can be loaded many turns ahead of their update.
 */
final class TalkPlan {
    private int[] listeners = new int[1024];
    private int told;
    private int[] speaker = new int[256];
    /** End (exclusive) of each turn's listeners; a turn starts where the previous one ended. */
    private int[] end = new int[256];
    /** Listeners at the start of each turn told with the household's trust (a returnee's members). */
    private int[] household = new int[256];
    private boolean[] firstHand = new boolean[256];
    /** Each turn's report as planned ({@link #setPlanned}): a returnee's money kept, a relay's belief at the start of the month. */
    private float[] report = new float[256];
    /** A relay's confidence at the start of the month (as it would be settled), for its report as it changes ({@link RelayReports}). */
    private float[] confidence = new float[256];
    private int turns;

    void clear() {
        told = 0;
        turns = 0;
    }

    /** Appends listener {@code j} to the turn being written. */
    void tell(int j) {
        if (told == listeners.length) {
            listeners = Arrays.copyOf(listeners, 2 * told);
        }
        listeners[told++] = j;
    }

    /** Listeners told so far in the turn being written. */
    int toldInTurn() {
        return told - (turns == 0 ? 0 : end[turns - 1]);
    }

    /**
     * Ends the turn of speaker {@code s} (a returnee if {@code firstHand}), whose first
     * {@code inHousehold} listeners are told with the household's trust. A turn that told nobody
     * is not kept: it would change nothing.
     */
    void endTurn(int s, boolean firstHand, int inHousehold) {
        if (toldInTurn() == 0) {
            return;
        }
        if (turns == speaker.length) {
            grow(2 * turns);
        }
        speaker[turns] = s;
        end[turns] = told;
        household[turns] = inHousehold;
        this.firstHand[turns] = firstHand;
        turns++;
    }

    /** Sets a turn's report and a relay's confidence as they stand before any account of the month. */
    void setPlanned(int turn, float report, float confidence) {
        this.report[turn] = report;
        this.confidence[turn] = confidence;
    }

    private void grow(int n) {
        speaker = Arrays.copyOf(speaker, n);
        end = Arrays.copyOf(end, n);
        household = Arrays.copyOf(household, n);
        firstHand = Arrays.copyOf(firstHand, n);
        report = Arrays.copyOf(report, n);
        confidence = Arrays.copyOf(confidence, n);
    }

    /** Appends the turns of {@code other} after this plan's: the two plans taken in order as one. */
    void append(TalkPlan other) {
        if (told + other.told > listeners.length) {
            listeners = Arrays.copyOf(listeners, Math.max(told + other.told, 2 * listeners.length));
        }
        System.arraycopy(other.listeners, 0, listeners, told, other.told);
        if (turns + other.turns > speaker.length) {
            grow(Math.max(turns + other.turns, 2 * speaker.length));
        }
        System.arraycopy(other.speaker, 0, speaker, turns, other.turns);
        System.arraycopy(other.household, 0, household, turns, other.turns);
        System.arraycopy(other.firstHand, 0, firstHand, turns, other.turns);
        System.arraycopy(other.report, 0, report, turns, other.turns);
        System.arraycopy(other.confidence, 0, confidence, turns, other.turns);
        for (int g = 0; g < other.turns; g++) {
            end[turns + g] = told + other.end[g];
        }
        told += other.told;
        turns += other.turns;
    }

    int turns() {
        return turns;
    }

    /** Listeners of all turns. */
    int told() {
        return told;
    }

    int speaker(int turn) {
        return speaker[turn];
    }

    boolean firstHand(int turn) {
        return firstHand[turn];
    }

    int start(int turn) {
        return turn == 0 ? 0 : end[turn - 1];
    }

    int end(int turn) {
        return end[turn];
    }

    int inHousehold(int turn) {
        return household[turn];
    }

    /** The turn's report as planned: for a relay, its belief before any account of the month. */
    float report(int turn) {
        return report[turn];
    }

    /** Sets the turn's report: a relay's belief at its turn, after the accounts it heard before. */
    void setReport(int turn, float value) {
        report[turn] = value;
    }

    /** A relay's confidence before any account of the month. */
    float confidence(int turn) {
        return confidence[turn];
    }

    /** The turn of the {@code k}-th listener over all turns, searched from the turns' ends. */
    int turnOf(int k) {
        int lo = 0;
        int hi = turns - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The {@code k}-th listener over all turns. */
    int listener(int k) {
        return listeners[k];
    }
}
