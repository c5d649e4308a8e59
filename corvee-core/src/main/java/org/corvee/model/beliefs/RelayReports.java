package org.corvee.model.beliefs;

import java.util.Arrays;
import org.corvee.engine.IntList;

/**
 * The reports of one month's relays, worked out before the month's accounts are applied, so
 * that the accounts can then be applied listener by listener on several threads
 * ({@link Hearings}).
 *
 * <p>A relay reports its belief as it stands at its turn: the belief it held at the start of the
 * month, moved by the accounts it heard at earlier turns of the month (a returnee of its
 * household telling it first is common). Those accounts are replayed here on a copy of the
 * relays' belief and confidence alone, with the arithmetic of {@link BeliefUpdate}, so each
 * relay's report is the float its row will hold at its turn when the accounts are applied in
 * the plan's order. Every relay speaking has a turn, so is at home and hears (see
 * {@link SpeakerTurns}). The relays are few; the table of them is small enough to stay in cache
 * while every account of the month is checked against it.
 */
final class RelayReports {
    private static final int EMPTY = -1;

    /** The relays' rows by open addressing (EMPTY where none); a row's place is its slot. */
    private int[] rows = new int[1024];
    private int mask = rows.length - 1;
    /** Belief and confidence of the relay in each slot, as the month's accounts move them. */
    private float[] belief = new float[1024];
    private float[] confidence = new float[1024];
    /** Turns of the plan whose speaker is a relay, in order, with the slot of each: (turn, slot) pairs. */
    private final IntList relayTurns = new IntList();
    private int relays;

    /** Files the relays speaking in {@code plan} with their belief and confidence at the start of the month. */
    void start(TalkPlan plan) {
        int n = 0;
        for (int g = 0; g < plan.turns(); g++) {
            n += plan.firstHand(g) ? 0 : 1;
        }
        int capacity = Math.max(1024, Integer.highestOneBit(Math.max(1, 4 * n - 1)) << 1);
        if (capacity != rows.length) {
            rows = new int[capacity];
            belief = new float[capacity];
            confidence = new float[capacity];
            mask = capacity - 1;
        }
        Arrays.fill(rows, EMPTY);
        relays = 0;
        relayTurns.clear();
        for (int g = 0; g < plan.turns(); g++) {
            if (!plan.firstHand(g)) {
                int s = plan.speaker(g);
                int slot = place(s);
                if (rows[slot] == EMPTY) {
                    rows[slot] = s;
                    belief[slot] = plan.report(g);
                    confidence[slot] = plan.confidence(g);
                    relays++;
                }
                relayTurns.add(g);
                relayTurns.add(slot);
            }
        }
    }

    /** True if no relay speaks this month. */
    boolean none() {
        return relays == 0;
    }

    /** The slot of row j if it is a relay speaking this month, else -1. */
    int slotOf(int j) {
        for (int slot = (j * 0x9E3779B9) >>> 7 & mask; ; slot = (slot + 1) & mask) {
            int r = rows[slot];
            if (r == j) {
                return slot;
            }
            if (r == EMPTY) {
                return -1;
            }
        }
    }

    /** The slot row s has or would take. */
    private int place(int s) {
        int slot = (s * 0x9E3779B9) >>> 7 & mask;
        while (rows[slot] != EMPTY && rows[slot] != s) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Sets the report of every relay turn of {@code plan}: the relay's belief after the accounts
     * it heard before the turn. {@code heard} holds, in the plan's order, the accounts heard by
     * relays as triples (position in the plan, turn, slot of the listener); trust by source as
     * {@code accounts} has it.
     */
    void settle(TalkPlan plan, IntList heard, Hearing accounts) {
        int k = 0;
        int n = heard.size();
        for (int t = 0; t <= relayTurns.size(); t += 2) {
            int turn = t < relayTurns.size() ? relayTurns.get(t) : Integer.MAX_VALUE;
            // The accounts of the turns before this relay's turn, in order.
            for (; k < n && heard.get(k + 1) < turn; k += 3) {
                int q = heard.get(k);
                int g = heard.get(k + 1);
                int slot = heard.get(k + 2);
                double trust = accounts.trust(Hearings.source(plan, g, q));
                float c = confidence[slot];
                belief[slot] = BeliefUpdate.believed(belief[slot], c, plan.report(g), trust);
                confidence[slot] = BeliefUpdate.confident(c, trust);
            }
            if (turn != Integer.MAX_VALUE) {
                plan.setReport(turn, belief[relayTurns.get(t + 1)]);
            }
        }
    }
}
