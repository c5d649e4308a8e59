package org.corvee.model;

import org.corvee.model.people.Population;

/** Test worlds of word of mouth: n persons, each a household of one, uninformed, never abroad. */
final class SingleHouseholds {
    private SingleHouseholds() {
    }

    /** n persons alone in their households, belief 500 USD at confidence 0.2, nothing heard. */
    static Population of(int n) {
        Population pop = new Population(n, n);
        for (int i = 0; i < n; i++) {
            pop.household[i] = i;
            pop.belief[i] = 500f;
            pop.confidence[i] = 0.2f;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
            pop.destination[i] = -1;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, n).toArray());
        return pop;
    }
}
