package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.RandomStreams;

/**
 * Which agents leave when a group of persons leaves a worksite (OD6). An agent stands for k
 * persons, so a group of G persons removes G/k agents in expectation: the agent that started it
 * leaves with probability min(1, G/k), and the persons beyond its k are spread over the other
 * agents still there, ⌊(G − k)/k⌋ of them plus one more with the fractional remainder as
 * probability, drawn uniformly without replacement. At scale 1 (k = 1) this is exactly G agents.
 */
final class GroupLeavers {
    private GroupLeavers() {
    }

    /**
     * Fills {@code out} with the agents leaving.
     *
     * @param candidates agents still at the worksite, the trigger excluded (reordered in place)
     * @param trigger    the agent that started the event, or −1 if none (a riot) or already gone
     */
    static void choose(IntList candidates, int trigger, int persons, double k, long stream, long key, int month,
                       IntList out) {
        out.clear();
        double rest = persons;
        if (trigger >= 0) {
            double leaveFirst = Math.min(1, persons / k);
            if (leaveFirst >= 1 || RandomStreams.uniform(stream, key, month, -1) < leaveFirst) {
                out.add(trigger);
                rest = persons - k;
            } else {
                return;
            }
        }
        if (rest <= 0) {
            return;
        }
        double agents = rest / k;
        int r = (int) Math.floor(agents);
        if (RandomStreams.uniform(stream, key, month, -2) < agents - r) {
            r++;
        }
        r = Math.min(r, candidates.size());
        for (int x = 0; x < r; x++) {
            int y = x + RandomStreams.below(stream, key, month, -3 - x, candidates.size() - x);
            int a = candidates.get(y);
            candidates.set(y, candidates.get(x));
            candidates.set(x, a);
            out.add(a);
        }
    }
}
