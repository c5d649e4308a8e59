package org.corvee.model;

import org.corvee.scenario.Parameters;

/** The bribe to be selected (OD3): a start-year level growing each year. */
public final class Bribe {
    private Bribe() {
    }

    /** Bribe in USD {@code years} after the start (whole years: bribes change yearly). */
    public static double at(Parameters p, double years) {
        return p.get("dispatch.bribe") * Math.pow(1 + p.get("dispatch.bribe_growth"), Math.floor(years));
    }
}
