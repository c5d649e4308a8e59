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
     * {@code inHousehold} listeners are told with the household's trust.
     */
    void endTurn(int s, boolean firstHand, int inHousehold) {
        if (turns == speaker.length) {
            int n = 2 * turns;
            speaker = Arrays.copyOf(speaker, n);
            end = Arrays.copyOf(end, n);
            household = Arrays.copyOf(household, n);
            this.firstHand = Arrays.copyOf(this.firstHand, n);
        }
        speaker[turns] = s;
        end[turns] = told;
        household[turns] = inHousehold;
        this.firstHand[turns] = firstHand;
        turns++;
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

    /** The {@code k}-th listener over all turns. */
    int listener(int k) {
        return listeners[k];
    }
}
