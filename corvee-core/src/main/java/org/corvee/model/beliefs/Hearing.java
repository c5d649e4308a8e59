package org.corvee.model.beliefs;

import org.corvee.engine.IntList;

/**
 * What one account of word of mouth does to its listener: the run's rule ({@link Accounts}) or
 * the history's replay ({@link HistoryAccounts}). An account writes only its listener's row and
 * sums that do not depend on order, so {@link Hearings} may apply the accounts of different rows
 * on different threads, each row's accounts in the plan's order.
 */
interface Hearing {
    /** Sources of an account, each with its trust: a returnee to its household, a returnee to a tie, a relay. */
    int HOUSEHOLD = 0;
    int TIE = 1;
    int RELAY = 2;

    /** The trust of a source ({@link #HOUSEHOLD}, {@link #TIE} or {@link #RELAY}). */
    double trust(int source);

    /**
     * Listener j hears {@code report} from {@code source}, the account at position {@code at} of
     * the month's plan, unless it cannot. Counts into {@code c}; a first-time listener is added
     * to {@code fresh} as the pair (at, j) if relays speak.
     */
    void listen(int j, float report, int source, long[] c, IntList fresh, int at);

    /**
     * Reads the columns {@link #listen} reads at row j, ahead of its update, so that the misses
     * of many rows overlap; returns a meaningless mix.
     */
    int load(int j);
}
