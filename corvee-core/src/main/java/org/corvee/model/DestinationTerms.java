package org.corvee.model;

import org.corvee.scenario.Parameters;

/**
 * The terms of one destination in one month (OD1, OD4), read from the parameters in force.
 *
 * @param slotsAgents contract slots the host offers, in agents at the run's scale
 * @param grossCents  gross monthly pay per worker, in cents
 * @param stateShare  share of gross taken by the state
 * @param minderShare share of gross taken by the company and minders
 * @param livingCents living costs per month, in cents
 */
public record DestinationTerms(int slotsAgents, long grossCents, double stateShare, double minderShare,
                               long livingCents) {

    /** Terms of {@code d} in force at month {@code m} of a run at {@code scale}. */
    public static DestinationTerms of(Destination d, Parameters p, int m, double scale) {
        String k = "destination." + d.id() + ".";
        double years = m / 12.0;
        double slots = Math.min(p.get(k + "slots_max"),
                p.get(k + "slots") * Math.pow(1 + p.get(k + "slots_growth"), Math.floor(years)));
        return new DestinationTerms((int) Math.round(slots * scale),
                Math.round(p.get(k + "gross_wage") * 100), p.get(k + "state_share"), p.get(k + "minder_share"),
                Math.round(p.get(k + "living_cost") * 100));
    }

    /** The month's pay split into state, minders, living costs and worker; sums to gross exactly. */
    public long[] split() {
        long state = Math.round(grossCents * stateShare);
        long minders = Math.min(grossCents - state, Math.round(grossCents * minderShare));
        long living = Math.min(grossCents - state - minders, livingCents);
        long worker = grossCents - state - minders - living;
        return new long[] {state, minders, living, worker};
    }

    /** What a worker keeps per month, in USD. */
    public double keptDollars() {
        return split()[3] / 100.0;
    }
}
