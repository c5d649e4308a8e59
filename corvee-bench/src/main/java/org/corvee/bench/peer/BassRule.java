package org.corvee.bench.peer;

/**
 * The adoption rule both peers implement (a Bass-style word-of-mouth kernel): each step, every
 * agent who has not adopted adopts with probability {@code P + Q × (neighbours who had adopted
 * before this step) / degree}. Adoption is recorded as the step it happened, so reading "had
 * adopted before this step" never depends on the order agents are stepped in.
 */
public final class BassRule {
    /** Innovation: chance per step of adopting unprompted. */
    public static final double P = 0.002;
    /** Imitation: extra chance per step when every neighbour has adopted. */
    public static final double Q = 0.25;
    /** Marks an agent who has not adopted. */
    public static final int NEVER = Integer.MAX_VALUE;

    private BassRule() {
    }

    /** The chance of adopting this step with {@code adopted} of {@code degree} neighbours adopted. */
    public static double chance(int adopted, int degree) {
        return degree == 0 ? P : P + Q * adopted / degree;
    }
}
