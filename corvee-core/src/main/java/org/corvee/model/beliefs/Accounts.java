package org.corvee.model.beliefs;

import org.corvee.engine.IntList;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;

/** One month's accounts of word of mouth: applies an account to a listener and keeps the month's counts. */
final class Accounts {
    private final Population pop;
    private final CensusTally census;
    private final long[] c;
    private final int m;
    private final int relayMonths;
    private final int newBase;
    /** The month's new listeners, who relay from next month. */
    private final IntList fresh;

    Accounts(Population pop, CensusTally census, long[] c, int m, int relayMonths, int newBase, IntList fresh) {
        this.pop = pop;
        this.census = census;
        this.c = c;
        this.m = m;
        this.relayMonths = relayMonths;
        this.newBase = newBase;
        this.fresh = fresh;
    }

    /** Applies one account to listener j; returns false if j is away and cannot hear it. */
    boolean listen(int j, float report, double trust) {
        if (!BeliefUpdate.canHear(pop.status[j])) {
            return false;
        }
        short before = pop.heard[j];
        if (before < 0) {
            c[newBase + pop.province[j]]++;
            if (relayMonths > 0) {
                fresh.add(j);
            }
        }
        pop.heard[j] = (short) m;
        float beliefBefore = pop.belief[j];
        BeliefUpdate.hear(pop, j, report, trust);
        census.beliefChanged(j, before, beliefBefore);
        return true;
    }
}
