package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Province;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Songbun;
import org.junit.jupiter.api.Test;


/**
 * For each overseas-dispatch mechanism, a small world where switching it off moves the outcome
 * it drives in the expected direction (same seed, same population; only the switch differs).
 * Some tests raise a rate so that the effect is large against the sampling noise of a small world.
 */
class MechanismAblationTest {
    private static final double SCALE = 0.003;

    private static Parameters base(int from, int to) {
        return TestParameters.small(SCALE, from, to);
    }

    private record Run(Simulation sim, MonthlySeries series) {
        long total(Metric metric) {
            return series.rawTotalAllMonths(metric);
        }

        long last(Metric metric) {
            return series.rawTotal(series.months() - 1, metric);
        }

        long at(int m, Metric metric) {
            return series.rawTotal(m, metric);
        }

        long cell(Metric metric, int cell) {
            long sum = 0;
            for (int m = 0; m < series.months(); m++) {
                sum += series.raw(m, metric, cell);
            }
            return sum;
        }
    }

    private static Run run(Parameters p) {
        Simulation sim = Simulation.build(p);
        return new Run(sim, sim.run(2, m -> { }));
    }

    private static Run[] onOff(Parameters p, String mechanism) {
        return new Run[] {run(p.with("mechanism." + mechanism, 1)), run(p.with("mechanism." + mechanism, 0))};
    }

    @Test
    void od1GrowingDemandSendsMoreWorkers() {
        Run[] r = onOff(base(2010, 2013), "od1_host_demand");
        assertThat(r[0].last(r[0].sim.metrics().abroadByDestination))
                .isGreaterThan(r[1].last(r[1].sim.metrics().abroadByDestination));
    }

    @Test
    void od3GateCostsBribesAndKeepsPeopleOut() {
        Run[] r = onOff(base(2010, 2011), "od3_selection_gate");
        DispatchMetrics on = r[0].sim.metrics();
        DispatchMetrics off = r[1].sim.metrics();
        assertThat(r[0].total(on.bribes)).isPositive();
        assertThat(r[1].total(off.bribes)).isZero();
        assertThat(r[1].total(off.applicants)).isGreaterThan(r[0].total(on.applicants));
    }

    @Test
    void od4SoldierLabourersRaiseTheShareTaken() {
        Run[] r = onOff(base(2010, 2011).with("destination.russia.soldier_share", 0.8), "od4_soldier_labour");
        DispatchMetrics on = r[0].sim.metrics();
        DispatchMetrics off = r[1].sim.metrics();
        double takenOn = (double) r[0].total(on.payTakenByKind) / r[0].total(on.payGrossByKind);
        double takenOff = (double) r[1].total(off.payTakenByKind) / r[1].total(off.payGrossByKind);
        assertThat(takenOn).isGreaterThan(takenOff + 0.02);
        // Soldier-labourers lose more than 95% (T13), civilians far less.
        assertThat((double) r[0].cell(on.payTakenByKind, 1) / r[0].cell(on.payGrossByKind, 1)).isGreaterThan(0.95);
        assertThat((double) r[0].cell(on.payTakenByKind, 0) / r[0].cell(on.payGrossByKind, 0)).isLessThan(0.9);
        assertThat(r[1].total(off.soldiersAbroad)).isZero();
    }

    @Test
    void od5HazardsKillInjureAndBreedResentment() {
        Run[] r = onOff(base(2010, 2011), "od5_hazards");
        DispatchMetrics on = r[0].sim.metrics();
        DispatchMetrics off = r[1].sim.metrics();
        assertThat(r[0].total(on.injuries)).isPositive();
        assertThat(r[1].total(off.injuries) + r[1].total(off.deaths)).isZero();
        assertThat(r[0].last(on.resentmentAbroad)).isGreaterThan(r[1].last(off.resentmentAbroad));
        assertThat(r[1].total(off.payWithheld)).isZero();
    }

    @Test
    void od6DefectionGroupsAndRiotsEachHaveTheirSwitch() {
        Parameters p = base(2010, 2012).with("defection.base_rate", 0.01).with("conditions.withhold_probability", 0.05)
                .with("defection.riot_probability", 0.5);
        // Worksites are containers: at this scale one of 60 persons holds a single agent, and a
        // group needs co-workers, so the hosts' worksites are made large enough for several.
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".worksite_size", 2000);
        }
        for (Sector s : Sector.values()) {
            p = p.with("sector." + s.id() + ".worksite_size", 0);
        }
        Run all = run(p);
        DispatchMetrics m = all.sim.metrics();
        assertThat(all.total(m.defections)).isPositive();
        // Groups are counted in persons (an agent here is ~333 persons, a crew 20): events, not agents.
        assertThat(all.total(m.groupDefections)).isPositive();
        assertThat(all.total(m.riots)).isPositive();
        Run noDefection = run(p.with("mechanism.od6_defection", 0));
        assertThat(noDefection.total(noDefection.sim.metrics().defections)).isZero();
        Run noGroups = run(p.with("mechanism.od6_group_defection", 0));
        assertThat(noGroups.total(noGroups.sim.metrics().groupDefectors)).isZero();
        assertThat(noGroups.total(noGroups.sim.metrics().groupDefections)).isZero();
        assertThat(noGroups.total(noGroups.sim.metrics().defections)).isPositive();
        Run noRiots = run(p.with("mechanism.od6_riots", 0));
        assertThat(noRiots.total(noRiots.sim.metrics().riots) + noRiots.total(noRiots.sim.metrics().recalled))
                .isZero();
    }

    @Test
    void od7GuiltByAssociationDetersApplicantsMostInTheCapital() {
        Parameters p = base(2010, 2014).with("defection.base_rate", 0.005);
        Run[] r = onOff(p, "od7_guilt_by_association");
        DispatchMetrics on = r[0].sim.metrics();
        DispatchMetrics off = r[1].sim.metrics();
        assertThat(r[0].total(on.familiesPunished)).isPositive();
        assertThat(r[1].total(off.familiesPunished)).isZero();
        int capital = Province.PYONGYANG.ordinal();
        int classes = Songbun.values().length;
        long capOn = 0;
        long capOff = 0;
        for (int s = 0; s < classes; s++) {
            capOn += r[0].cell(on.applicants, capital * classes + s);
            capOff += r[1].cell(off.applicants, capital * classes + s);
        }
        assertThat(capOff).isGreaterThan(capOn);
        assertThat(r[1].total(off.applicants)).isGreaterThan(r[0].total(on.applicants));
    }

    @Test
    void od9GrowingMarketsKeepPeopleHome() {
        Run[] r = onOff(base(2010, 2016).with("economy.market_growth", 0.10)
                .with("economy.province_market_growth", 0.10), "od9_market_income");
        long late = 0;
        long lateOff = 0;
        for (int m = 60; m < r[0].series.months(); m++) {
            late += r[0].at(m, r[0].sim.metrics().applicants);
            lateOff += r[1].at(m, r[1].sim.metrics().applicants);
        }
        assertThat(lateOff).isGreaterThan(late);
    }

    @Test
    void od10RegionalGapMakesProvincesLessLoyalAndDefectionMoreLikely() {
        Parameters p = base(2010, 2013).with("defection.base_rate", 0.05);
        Run[] r = onOff(p, "od10_regional_gap");
        DispatchMetrics on = r[0].sim.metrics();
        DispatchMetrics off = r[1].sim.metrics();
        // Provincial workers see a larger home-abroad gap: a higher defection rate per worker-month.
        assertThat(provincialDefectionRate(r[0], on)).isGreaterThan(provincialDefectionRate(r[1], off));
        int capital = Province.PYONGYANG.ordinal();
        int poor = Province.RYANGGANG.ordinal();
        int last = r[0].series.months() - 1;
        double gapOn = loyaltyMean(r[0], on, capital, last) - loyaltyMean(r[0], on, poor, last);
        double gapOff = loyaltyMean(r[1], off, capital, last) - loyaltyMean(r[1], off, poor, last);
        assertThat(gapOn).isGreaterThan(gapOff + 5);
    }

    private static double provincialDefectionRate(Run r, DispatchMetrics dm) {
        int provinces = Province.values().length;
        int classes = Songbun.values().length;
        long defections = 0;
        long workerMonths = 0;
        for (int m = 0; m < r.series.months(); m++) {
            for (int d = 0; d < Destination.values().length; d++) {
                for (int pr = 1; pr < provinces; pr++) {
                    defections += r.series.raw(m, dm.defections, d * provinces + pr);
                    for (int s = 0; s < classes; s++) {
                        workerMonths += r.series.raw(m, dm.abroad, (d * provinces + pr) * classes + s);
                    }
                }
            }
        }
        return (double) defections / workerMonths;
    }

    private static double loyaltyMean(Run r, DispatchMetrics dm, int province, int m) {
        return (double) r.series.raw(m, dm.loyaltySum, province) / r.series.raw(m, dm.adults, province);
    }

    @Test
    void od11SanctionsAndClosureCutTheWorkforce() {
        Run[] r = onOff(base(2017, 2020), "od11_host_policy");
        int dec2019 = 35;
        assertThat(r[0].at(dec2019, r[0].sim.metrics().abroadByDestination))
                .isLessThan(r[1].at(dec2019, r[1].sim.metrics().abroadByDestination) / 2);
    }

    @Test
    void od12StateResponseRaisesLeviesAndRevenueAfterShortfall() {
        Parameters p = base(2010, 2013).with("state_response.revenue_target", 1e10);
        Run[] r = onOff(p, "od12_state_response");
        DispatchMetrics on = r[0].sim.metrics();
        DispatchMetrics off = r[1].sim.metrics();
        assertThat(r[0].last(on.extraLevy)).isPositive();
        assertThat(r[1].last(off.extraLevy)).isZero();
        long lastYearOn = 0;
        long lastYearOff = 0;
        for (int m = 36; m < 48; m++) {
            lastYearOn += r[0].at(m, on.revenue);
            lastYearOff += r[1].at(m, off.revenue);
        }
        assertThat(lastYearOn).isGreaterThan(lastYearOff);
    }

    @Test
    void od13AffinitySendsMoreCapitalWorkersToChina() {
        Parameters p = base(2010, 2012).with("destination.china.capital_affinity", 4.0)
                .with("dispatch.initial_fill", 0.0);
        Run[] r = onOff(p, "od13_pool_composition");
        int china = Destination.CHINA.ordinal();
        double on = (double) r[0].last(r[0].sim.metrics().abroadFromCapital) == 0 ? 0
                : (double) r[0].series.raw(r[0].series.months() - 1, r[0].sim.metrics().abroadFromCapital, china)
                        / r[0].series.raw(r[0].series.months() - 1, r[0].sim.metrics().abroadByDestination, china);
        double off = (double) r[1].series.raw(r[1].series.months() - 1, r[1].sim.metrics().abroadFromCapital, china)
                / r[1].series.raw(r[1].series.months() - 1, r[1].sim.metrics().abroadByDestination, china);
        assertThat(on).isGreaterThan(off);
    }
}
