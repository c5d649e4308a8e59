package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DefectionKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.HomeIncome;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.Worksites;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.terms.SectorTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Province;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Status;

/**
 * Riots, defection and group-defection cascades at worksites abroad (OD6), and the punishment
 * of defectors' families (OD7). Sequential; work is proportional to the workers abroad.
 *
 * <p>Order each month, after pay and returns: (1) riots — a worksite whose wages have been
 * withheld for at least {@code defection.riot_unpaid_months} riots with probability
 * {@code riot_probability}; all its workers lose {@code recall_loyalty_loss} loyalty and are
 * recalled home (unless the border is closed: then they stay); (2) individual defection —
 * each worker still abroad, in list order, defects with probability
 * {@code h = base_rate × opportunity × (1 − minder_density) × exp(resentment_coef·r + gap_coef·gap
 * − loyalty_coef·loyalty/100) × (family_factor if family at home)}, capped at 1, where
 * {@code gap = ln(gross abroad / income at home)} (OD10); (3) cascade — when a worker defects,
 * each co-worker at the same worksite still abroad joins independently with probability
 * {@code q = cascade_join × (1 − minder_density)} (one round: the group size is
 * 1 + Binomial(n − 1, q) for a worksite of n). Each defector's family is punished ({@link Guilt}).
 */
public final class DefectionPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public DefectionPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "defection";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        boolean riotsOn = p.on(MechanismKeys.OD6_RIOTS);
        boolean defectOn = p.on(MechanismKeys.OD6_DEFECTION);
        boolean groupOn = p.on(MechanismKeys.OD6_GROUP_DEFECTION);
        if (!riotsOn && !defectOn) {
            return;
        }
        Population pop = world.population();
        DispatchState state = world.dispatch();
        Worksites sites = state.worksites;
        IntList abroad = state.abroad;
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        long[] c = ctx.counters();
        sites.group(pop, abroad);
        if (riotsOn) {
            riots(p, pop, sites, monthTerms, m, c, ctx.random().stream("riot"));
        }
        if (defectOn) {
            defections(p, pop, sites, monthTerms, m, c, ctx, groupOn);
        }
        state.compactAbroad(pop);
    }

    private void riots(Parameters p, Population pop, Worksites sites, MonthTerms monthTerms, int m, long[] c,
                       long stream) {
        int after = p.getInt(DefectionKeys.RIOT_UNPAID_MONTHS);
        double chance = p.get(DefectionKeys.RIOT_PROBABILITY);
        int loss = p.getInt(DefectionKeys.RECALL_LOYALTY_LOSS);
        boolean closed = monthTerms.hostPolicy().borderClosed();
        for (int d = 0; d < Destination.values().length; d++) {
            for (int w = 0; w < sites.grouped(d); w++) {
                int from = sites.from(d, w);
                int to = sites.to(d, w);
                if (to == from || sites.unpaid(d, w) < after
                        || RandomStreams.uniform(stream, (long) d << 20 | w, m, 0) >= chance) {
                    continue;
                }
                c[metrics.riots.base() + d]++;
                // The phase is sequential, so the month's counter can hold a maximum.
                int largest = metrics.largestRiot.base();
                c[largest] = Math.max(c[largest], to - from);
                for (int s = from; s < to; s++) {
                    int i = sites.member(s);
                    pop.loyalty[i] = (byte) Math.max(0, pop.loyalty[i] - loss);
                    if (!closed) { // while the border is closed rioters are punished but stay
                        Homecoming.arrive(world, metrics, i, m, c);
                        c[metrics.recalled.base() + d]++;
                    }
                }
                sites.setUnpaid(d, w, 0);
            }
        }
    }

    private void defections(Parameters p, Population pop, Worksites sites, MonthTerms monthTerms, int m,
                            long[] c, StepContext ctx, boolean groupOn) {
        double base = p.get(DefectionKeys.BASE_RATE);
        double rc = p.get(DefectionKeys.RESENTMENT_COEF);
        double gc = p.get(DefectionKeys.GAP_COEF);
        double lc = p.get(DefectionKeys.LOYALTY_COEF);
        double familyFactor = p.get(DefectionKeys.FAMILY_FACTOR);
        double join = p.get(DefectionKeys.CASCADE_JOIN);
        HomeIncome income = new HomeIncome(p);
        double years = world.years(m);
        int provinces = Province.values().length;
        double[] home = new double[provinces * 2];
        for (int pr = 0; pr < provinces; pr++) {
            home[pr * 2] = Math.max(1, income.monthly(pr, 0, years));
            home[pr * 2 + 1] = Math.max(1, income.monthly(pr, 1, years));
        }
        Sector[] sectors = Sector.values();
        // ln(gross abroad / home income) per (destination, sector, province, urban): a table, so
        // the per-worker cost is one lookup.
        double[] gap = new double[Destination.values().length * sectors.length * provinces * 2];
        for (int d = 0; d < Destination.values().length; d++) {
            for (Sector s : sectors) {
                double gross = Math.max(1, monthTerms.destination(d).grossCents() / 100.0 * monthTerms.sector(s).wageFactor());
                for (int x = 0; x < provinces * 2; x++) {
                    gap[(d * sectors.length + s.ordinal()) * provinces * 2 + x] = Math.log(gross / home[x]);
                }
            }
        }
        Guilt guilt = new Guilt(p);
        if (world.dispatch().families == null) {
            world.dispatch().families = new FamilyTies(pop);
        }
        FamilyTies families = world.dispatch().families;
        long stream = ctx.random().stream("defect");
        long cascade = ctx.random().stream("cascade");
        Destination[] dests = Destination.values();
        IntList abroad = world.dispatch().abroad;
        int trigger = 0;
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] != Status.ABROAD) {
                continue;
            }
            int d = pop.destination[i];
            int w = pop.worksite[i];
            DestinationTerms t = monthTerms.destination(d);
            int sector = SectorTerms.sectorOf(dests[d], w).ordinal();
            double g = gap[(d * sectors.length + sector) * provinces * 2 + pop.province[i] * 2 + pop.urban[i]];
            double h = base * t.opportunity() * (1 - t.minderDensity())
                    * Math.exp(rc * pop.resentment[i] + gc * g - lc * pop.loyalty[i] / 100.0);
            double u = RandomStreams.uniform(stream, i, m, 0);
            // family_factor ≤ 1, so the household is looked up only when the draw could succeed.
            if (u >= h || (familyFactor < 1 && families.hasFamily(pop, i) && u >= h * familyFactor)) {
                continue;
            }
            defect(pop, i, c);
            c[metrics.defections.base() + d * provinces + pop.province[i]]++;
            guilt.punish(pop, world.network(), i, c, metrics);
            if (!groupOn) {
                continue;
            }
            double q = join * (1 - t.minderDensity());
            int joined = 0;
            for (int s = sites.from(d, w); s < sites.to(d, w); s++) {
                int j = sites.member(s);
                if (pop.status[j] != Status.ABROAD || RandomStreams.uniform(cascade, j, m, trigger) >= q) {
                    continue;
                }
                defect(pop, j, c);
                guilt.punish(pop, world.network(), j, c, metrics);
                joined++;
            }
            trigger++;
            if (joined > 0) {
                c[metrics.groupDefections.base() + d]++;
                c[metrics.groupDefectors.base() + d] += joined;
                int largest = metrics.largestGroupDefection.base();
                c[largest] = Math.max(c[largest], 1 + joined);
            }
        }
    }

    private void defect(Population pop, int i, long[] c) {
        Homecoming.lost(world, metrics, i, Status.DEFECTED, c);
    }
}
