package org.corvee.model.beliefs;

import org.corvee.engine.IntList;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;

/**
 * One month's accounts of word of mouth: applies an account to a listener and counts it. Writes
 * only the listener's row (heard month, belief, confidence and its memory base), the census
 * (integer sums, safe from parallel chunks) and the caller's counters and list of new listeners,
 * so listeners' rows can be updated on several threads, each thread its own rows.
 */
final class Accounts implements Hearing {
    private final Population pop;
    private final CensusTally census;
    private final int m;
    private final int relayMonths;
    private final int newBase;
    private final int firstBase;
    private final int secondBase;
    /** Trust by source. */
    private final double[] trust;

    /**
     * The accounts of month m; the counters of new listeners and of accounts heard first and
     * second hand start at the given bases.
     */
    Accounts(Population pop, CensusTally census, int m, int relayMonths, int newBase, int firstBase, int secondBase,
            double household, double tie, double relay) {
        this.pop = pop;
        this.census = census;
        this.m = m;
        this.relayMonths = relayMonths;
        this.newBase = newBase;
        this.firstBase = firstBase;
        this.secondBase = secondBase;
        this.trust = new double[] {household, tie, relay};
    }

    @Override
    public double trust(int source) {
        return trust[source];
    }

    /** Listener j hears the account unless away ({@link Hearing#listen}). */
    @Override
    public void listen(int j, float report, int source, long[] c, IntList fresh, int at) {
        if (!BeliefUpdate.canHear(pop.status[j])) {
            return;
        }
        short before = pop.heard[j];
        int province = pop.province[j];
        if (before < 0) {
            c[newBase + province]++;
            if (relayMonths > 0) {
                fresh.add(at);
                fresh.add(j);
            }
        }
        pop.heard[j] = (short) m;
        float beliefBefore = pop.belief[j];
        BeliefUpdate.hear(pop, j, report, trust[source]);
        census.beliefChanged(j, before, beliefBefore);
        c[(source == RELAY ? secondBase : firstBase) + province]++;
    }

    @Override
    public int load(int j) {
        return pop.status[j] + pop.heard[j] + pop.province[j] + pop.birth[j] + pop.settled[j]
                + Float.floatToRawIntBits(pop.belief[j]) + Float.floatToRawIntBits(pop.confidence[j]);
    }
}
