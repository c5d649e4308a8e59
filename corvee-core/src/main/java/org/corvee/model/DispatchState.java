package org.corvee.model;

import org.corvee.engine.IntList;

/**
 * The short lists the dispatch phases keep so that rare states are never found by scanning
 * the whole population: this month's applicants per chunk, the screening queue, workers
 * abroad and active speakers. Every list is kept in a deterministic order.
 */
public final class DispatchState {
    /** Applicants of this month, one list per chunk, concatenated in chunk order. */
    public IntList[] applicantsByChunk = new IntList[0];
    /** Selected and waiting to depart. */
    public final IntList screening = new IntList();
    /** Working abroad. */
    public final IntList abroad = new IntList();
    /** Persons passing on an account: ids. */
    public final IntList speakers = new IntList();
    /** Last month index (inclusive) in which each speaker talks, parallel to {@link #speakers}. */
    public final IntList speakUntil = new IntList();
    /** Screening count per destination (agents). */
    public final int[] screeningByDestination = new int[Destination.values().length];
    /** Abroad count per destination (agents). */
    public final int[] abroadByDestination = new int[Destination.values().length];
}
