package org.corvee.model.people;

import org.corvee.model.params.EconomyKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.world.Province;

/**
 * What a person earns at home (OD9, OD10): mostly market income, by place, growing each year
 * from the levels of {@code run.levels_year}.
 *
 * <p>Capital: {@code economy.capital_income × (1 + market_growth)^years}. Provinces: urban or
 * rural income × the province's {@code economy.market_access.<id>} ×
 * {@code (1 + province_market_growth)^years}. With {@code mechanism.od9_market_income} off there
 * is no growth and every access factor is 1; with {@code mechanism.od10_regional_gap} off every
 * province earns what the capital earns.
 */
public final class HomeIncome {
    private final double capital;
    private final double urban;
    private final double rural;
    private final double growth;
    private final double provinceGrowth;
    private final double[] access = new double[Province.values().length];
    private final boolean gap;

    public HomeIncome(Parameters p) {
        boolean markets = p.on(MechanismKeys.OD9_MARKET_INCOME);
        gap = p.on(MechanismKeys.OD10_REGIONAL_GAP);
        capital = p.get(EconomyKeys.CAPITAL_INCOME);
        urban = p.get(EconomyKeys.URBAN_INCOME);
        rural = p.get(EconomyKeys.RURAL_INCOME);
        growth = markets ? p.get(EconomyKeys.MARKET_GROWTH) : 0;
        provinceGrowth = markets ? p.get(EconomyKeys.PROVINCE_MARKET_GROWTH) : 0;
        for (Province pr : Province.values()) {
            access[pr.ordinal()] = markets ? p.get(EconomyKeys.marketAccess(pr.id())) : 1.0;
        }
    }

    /** Monthly income in USD for a province ordinal and urban flag, {@code years} after the levels year ({@link LevelYears}). */
    public double monthly(int province, int isUrban, double years) {
        if (province == Province.PYONGYANG.ordinal() || !gap) {
            return capital * Math.pow(1 + growth, years);
        }
        double base = isUrban == 1 ? urban : rural;
        return base * access[province] * Math.pow(1 + provinceGrowth, years);
    }
}
