package org.corvee.model;

import org.corvee.scenario.Parameters;

/**
 * What a person earns at home (OD9, OD10): mostly market income, by place, growing each year.
 */
public final class HomeIncome {
    private final double capital;
    private final double urban;
    private final double rural;
    private final double growth;

    public HomeIncome(Parameters p) {
        capital = p.get("economy.capital_income");
        urban = p.get("economy.urban_income");
        rural = p.get("economy.rural_income");
        growth = p.get("economy.market_growth");
    }

    /** Monthly income in USD for a province ordinal and urban flag, {@code years} after the start. */
    public double monthly(int province, int isUrban, double years) {
        double base = province == Province.PYONGYANG.ordinal() ? capital : isUrban == 1 ? urban : rural;
        return base * Math.pow(1 + growth, years);
    }
}
