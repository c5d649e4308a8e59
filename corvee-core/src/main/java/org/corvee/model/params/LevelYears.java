package org.corvee.model.params;

/**
 * Years of growth at a month of a run, for the quantities that grow yearly from a level: host
 * slots (OD1), the bribe (OD3) and home incomes (OD9).
 *
 * <p>The catalogue's levels ({@code destination.<id>.slots}, {@code dispatch.bribe},
 * {@code economy.*_income}) are those of January of {@code run.levels_year}, and growth
 * compounds from there on the calendar. So a scenario starting in 2017 sees 2017's slots,
 * bribe and incomes, not 2010's, and growth and the dated policy events (calendar months,
 * {@link org.corvee.model.policy.PolicyDates}) agree whatever {@code run.start_year} is. Before the levels year the
 * count is negative (growth runs backwards).
 */
public final class LevelYears {
    private LevelYears() {
    }

    /** Years (a fraction) from January of {@code run.levels_year} to the start of month {@code m} of the run. */
    public static double at(Parameters p, int m) {
        return (m + 12.0 * (p.getInt(RunKeys.START_YEAR) - p.getInt(RunKeys.LEVELS_YEAR))) / 12.0;
    }
}
