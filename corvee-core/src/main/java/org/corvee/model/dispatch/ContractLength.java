package org.corvee.model.dispatch;

import org.corvee.engine.RandomStreams;

/**
 * The length of one contract abroad: the usual length (T12: usually three years, plus any OD12
 * extension) ± a whole number of months uniform in [−spread, spread], at least one month.
 * Contracts of one departure month therefore end over 2·spread + 1 months, as contracts signed
 * at different times with different employers do, instead of all in one month.
 */
final class ContractLength {
    private ContractLength() {
    }

    /** Months of a contract: draw {@code draw} of {@code stream} keyed by ({@code key}, {@code m}). */
    static int draw(int usual, int spread, long stream, long key, int m, int draw) {
        int delta = spread > 0 ? RandomStreams.below(stream, key, m, draw, 2 * spread + 1) - spread : 0;
        return Math.max(1, usual + delta);
    }
}
