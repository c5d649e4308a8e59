package org.corvee.model;

import org.corvee.model.people.Population;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * What the spin-up must get right, read off a population at one month: the informed share by
 * province (informed over all persons of the province, as the census counts it) and the state of
 * the workers abroad (months served, resentment, debt) and of the adults at home (confidence).
 */
record SpinUpStats(double[] informed, double served, double resentment, double debt, double inDebt,
                   double confidenceInformed, double confidenceUninformed, int abroad, long[] returnees) {

    /** The statistics of {@code pop} at absolute month {@code now}, month index {@code m} of its run. */
    static SpinUpStats of(Population pop, int now, int m, int adultAge) {
        int provinces = Province.values().length;
        long[] persons = new long[provinces];
        long[] heard = new long[provinces];
        long[] returnees = new long[provinces];
        double served = 0;
        double resentment = 0;
        double debt = 0;
        double inDebt = 0;
        int abroad = 0;
        double[] conf = new double[2];
        long[] n = new long[2];
        for (int i = 0; i < pop.size; i++) {
            int pr = pop.province[i];
            persons[pr]++;
            if (pop.heard[i] >= 0) {
                heard[pr]++;
            }
            if (pop.returned[i] >= 0 && pop.status[i] < Status.DEAD) {
                returnees[pr]++;
            }
            if (pop.status[i] == Status.ABROAD) {
                abroad++;
                served += m - pop.departed[i];
                resentment += pop.resentment[i];
                debt += pop.debt[i];
                inDebt += pop.debt[i] > 0 ? 1 : 0;
            } else if (pop.status[i] == Status.HOME && pop.age(i, now) >= adultAge) {
                int k = pop.heard[i] >= 0 ? 0 : 1;
                conf[k] += pop.confidenceNow(i);
                n[k]++;
            }
        }
        double[] informed = new double[provinces];
        for (int pr = 0; pr < provinces; pr++) {
            informed[pr] = persons[pr] == 0 ? 0 : (double) heard[pr] / persons[pr];
        }
        return new SpinUpStats(informed, served / abroad, resentment / abroad, debt / abroad, inDebt / abroad,
                conf[0] / n[0], conf[1] / n[1], abroad, returnees);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Province pr : Province.values()) {
            b.append(String.format("%s %.4f; ", pr.id(), informed[pr.ordinal()]));
        }
        long all = java.util.Arrays.stream(returnees).sum();
        b.append(String.format("returnees living %d, from the capital %.3f; ", all, (double) returnees[0] / all));
        return b + String.format("abroad %d served %.2f resentment %.4f debt %.1f inDebt %.3f conf informed %.4f uninformed %.4f",
                abroad, served, resentment, debt, inDebt, confidenceInformed, confidenceUninformed);
    }
}
