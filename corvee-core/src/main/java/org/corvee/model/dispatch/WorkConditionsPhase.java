package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.ConditionsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.Worksites;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.terms.SectorTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Status;

/**
 * A month of conditions abroad (OD5), before pay. Over the abroad list in parallel chunks
 * ({@link ListChunks}); deaths are applied after, in list order, and the list compacted against
 * the dead ({@link AbroadCompaction}).
 *
 * <p>Withheld wages: a worksite that paid last month starts withholding with probability
 * {@code conditions.withhold_probability} (× {@code closure_withhold_factor} while the border is
 * closed or sanctions are in force); a withholding worksite goes on withholding with probability
 * {@code withhold_persistence}. {@link Worksites#unpaid} counts the consecutive months.
 *
 * <p>Each worker: resentment × (1 − {@code resentment_recovery}, with {@code mechanism.x3_belief_memory})
 * + {@code resentment_per_hour} × max(0, sector hours −
 * {@code normal_hours}) + {@code resentment_withheld} if the worksite withholds, capped at 1;
 * injury with probability host {@code injury_rate} × sector {@code hazard_factor} (adds
 * {@code resentment_injury}); death with probability {@code death_rate} × hazard factor.
 * With {@code mechanism.od5_hazards} off nothing happens and no wage is withheld.
 */
public final class WorkConditionsPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    /** Workers per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /** Drops the dead from the abroad list. */
    private final AbroadCompaction compaction = new AbroadCompaction();
    /** Per chunk: what the loads ahead read, kept so that they are not optimised away. */
    private long[] loadedByChunk = new long[0];

    public WorkConditionsPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "work-conditions";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        Worksites sites = state.worksites;
        if (!p.on(MechanismKeys.OD5_HAZARDS)) {
            return;
        }
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        Destination[] dests = Destination.values();
        compaction.begin(state);
        DestinationTerms[] terms = new DestinationTerms[dests.length];
        double start = p.get(ConditionsKeys.WITHHOLD_PROBABILITY)
                * (monthTerms.hostPolicy().troubled() ? p.get(ConditionsKeys.CLOSURE_WITHHOLD_FACTOR) : 1.0);
        double persist = p.get(ConditionsKeys.WITHHOLD_PERSISTENCE);
        long withhold = ctx.random().stream("withhold");
        for (Destination d : dests) {
            int o = d.ordinal();
            terms[o] = monthTerms.destination(d);
            withhold(sites, o, Math.max(terms[o].sites(), sites.known(o)), start, persist, withhold, m);
        }
        Sector[] sectors = Sector.values();
        SectorTerms[] sector = new SectorTerms[sectors.length];
        for (Sector s : sectors) {
            sector[s.ordinal()] = monthTerms.sector(s);
        }
        double normal = p.get(ConditionsKeys.NORMAL_HOURS);
        double perHour = p.get(ConditionsKeys.RESENTMENT_PER_HOUR);
        double perWithheld = p.get(ConditionsKeys.RESENTMENT_WITHHELD);
        double perInjury = p.get(ConditionsKeys.RESENTMENT_INJURY);
        // Resentment recovers a little each month (X4), so a steady grievance settles at
        // grievance / recovery instead of growing for ever; withheld wages still push it to 1.
        double keep = p.on(MechanismKeys.X3_BELIEF_MEMORY) ? 1 - p.get(ConditionsKeys.RESENTMENT_RECOVERY) : 1;
        long hazard = ctx.random().stream("hazard");
        Population pop = world.population();
        IntList abroad = state.abroad;
        IntList sitesOf = state.abroadSites;
        long[] c = ctx.counters();
        ctx.touched(abroad.size());
        // Each row's update and draws are its own, so the rows run in parallel chunks; deaths
        // (which change shared stocks) are collected per chunk and applied after, in list order.
        int chunks = ListChunks.count(abroad.size());
        long[][] injured = new long[chunks][dests.length];
        IntList[] dying = new IntList[chunks];
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        ListChunks.run(ctx, abroad.size(), (chunk, from, to, unused) -> {
            long[] injuries = injured[chunk];
            IntList dead = new IntList(4);
            dying[chunk] = dead;
            for (int k = from; k < to; k++) {
                if ((k - from) % BLOCK == 0) { // the rows are scattered: load a block's columns ahead
                    int end = Math.min(to, k + BLOCK);
                    loadedByChunk[chunk] += RowLoads.of(abroad, k, end, pop.resentment);
                }
                int i = abroad.get(k);
                int site = sitesOf.get(k); // every worker on the list is abroad in this phase
                int d = DispatchState.destinationOf(site);
                int w = DispatchState.worksiteOf(site);
                SectorTerms st = sector[sites.sector(d, w)];
                double r = pop.resentment[i] * keep + perHour * Math.max(0, st.hours() - normal);
                if (sites.unpaid(d, w) > 0) {
                    r += perWithheld;
                }
                if (RandomStreams.uniform(hazard, i, m, 0) < terms[d].injuryRate() * st.hazardFactor()) {
                    r += perInjury;
                    injuries[d]++;
                }
                pop.resentment[i] = (float) Math.min(1.0, r);
                if (RandomStreams.uniform(hazard, i, m, 1) < terms[d].deathRate() * st.hazardFactor()) {
                    dead.add(i);
                }
            }
        });
        boolean anyDeath = false;
        for (int chunk = 0; chunk < chunks; chunk++) {
            for (int d = 0; d < dests.length; d++) {
                c[metrics.injuries.base() + d] += injured[chunk][d];
            }
            IntList dead = dying[chunk];
            for (int k = 0; k < dead.size(); k++) {
                int i = dead.get(k);
                int d = pop.destination[i];
                Homecoming.lost(world, metrics, i, Status.DEAD, c);
                compaction.left(i);
                c[metrics.deaths.at(d, pop.province[i])]++;
                anyDeath = true;
            }
        }
        if (anyDeath) {
            compaction.compact(ctx, state, pop);
        }
    }

    /**
     * Wages withheld at the first {@code n} worksites of destination {@code o} this month: a
     * site starts withholding with probability {@code start} and goes on with {@code persist}.
     * A method of its own so that the JIT compiles this loop alone rather than the whole phase
     * around it.
     */
    private static void withhold(Worksites sites, int o, int n, double start, double persist, long stream, int m) {
        for (int w = 0; w < n; w++) {
            int months = sites.unpaid(o, w);
            double u = RandomStreams.uniform(stream, (long) o << 20 | w, m, 0);
            sites.setUnpaid(o, w, months > 0 ? (u < persist ? months + 1 : 0) : (u < start ? 1 : 0));
        }
    }
}
