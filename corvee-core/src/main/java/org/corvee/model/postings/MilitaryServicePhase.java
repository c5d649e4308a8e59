package org.corvee.model.postings;

import org.corvee.engine.IntList;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowsByKey;
import org.corvee.engine.StepContext;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PostingsKeys;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.state.World;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * Military service (X1) and the discharge waves that feed the postings (DP1), switch
 * {@code mechanism.x1_military_service}.
 *
 * <ul>
 * <li><b>Enlistment.</b> A man at home (not on a hardship posting) enlists in the month he turns
 * {@code postings.enlist_age}, with probability {@code enlistShare}. The share is fixed when the
 * run starts so that the soldiers then are the census's share in military quarters
 * ({@code postings.military_quarters} of the 2008 census total, the provinces' persons plus
 * those quarters) of the person table. The men turning the age this month are read from the
 * population's index by birth month ({@link RowsByMonth}, the one kept for coming of age) when it
 * covers their birth month; otherwise (before it is built, or with another adult age) from one
 * pass over the birth column a year, bucketed by birth month. No person is polled monthly.
 * <li><b>Discharge.</b> In the spring ({@code postings.discharge_month}) and autumn
 * ({@code autumn_discharge_month}) waves every soldier who has served {@code service_years}
 * (the value in force, which the bundled timeline shortens from 10 to 8 in spring 2021) goes
 * home. The spring wave's men are the pool of the postings' discharge cohorts.
 * </ul>
 * Soldiers have {@link Status#SERVICE}: they do not apply, are not drawn as volunteers, neither
 * hear nor tell, and the census counts them apart from those at home. A soldier whose month of
 * death comes during service dies at home after discharge, as one who is abroad does.
 *
 * <p>The monthly step's row work (finding the men in the index's bucket, their checks and draws,
 * the status writes of those who enlist or are discharged, with census hooks and counts) runs in
 * fixed chunks, on the phase's workers for a long list ({@link ServiceRows}); the roster's order (enlistment
 * order, the spring wave's order) is kept on the engine's thread, in the order of the serial loop.
 * The start's soldiers ({@link #enlistAtStart}) are enlisted on the calling thread.
 */
public final class MilitaryServicePhase implements Phase {
    private final World world;
    private final ServiceRoster roster;
    /** Men turning enlist age in the current year, by calendar month of the birthday (0..11). */
    private final IntList[] turning = new IntList[12];
    private int turningYear = Integer.MIN_VALUE;
    /** The monthly step's row work, on the workers. */
    private final ServiceRows rows;

    public MilitaryServicePhase(World world, Postings postings, ServiceMetrics metrics) {
        this.world = world;
        this.roster = postings.service;
        this.rows = new ServiceRows(world.population(), world.census(), metrics);
        for (int k = 0; k < 12; k++) {
            turning[k] = new IntList();
        }
    }

    @Override
    public String name() {
        return "military-service";
    }

    /**
     * The soldiers at the start: each man at home who turned {@code enlist_age} before the start
     * month and after the cutoff of the last wave before it (enlisted then, he would not have
     * been discharged yet) enlisted in the month he turned the age, with the share that makes the
     * soldiers the census's share of the population. Men turning the age in the start month are
     * left to the first step. Call once, after the world is built. The men are found by months
     * served on {@code ranges}' workers ({@link RowsByKey}: each month's men in row order on any
     * thread count), then enlisted in order on this thread.
     */
    public static void enlistAtStart(World world, Postings postings, RandomStreams random, ParallelRanges ranges) {
        Parameters p = world.parameters();
        if (!p.on(MechanismKeys.X1_MILITARY_SERVICE)) {
            return;
        }
        Population pop = world.population();
        MonthClock clock = world.clock();
        int now = clock.absolute(0);
        int enlistMonths = p.getInt(PostingsKeys.ENLIST_AGE) * 12;
        // The last wave before the start discharged those who enlisted up to lastWave - term.
        int lastWave = now - 1;
        while (lastWave > now - 13 && !isWave(p, Math.floorMod(lastWave, 12) + 1)) {
            lastWave--;
        }
        int serviceMonths = Math.max(0, now - lastWave + p.getInt(PostingsKeys.SERVICE_YEARS) * 12);
        // Months since enlistment 1..serviceMonths-1, bucketed so groups go in enlistment order.
        int turned = now - Population.BIRTH_BASE - enlistMonths;
        RowsByKey bySince = new RowsByKey(pop.size, serviceMonths);
        long[] none = new long[0];
        ranges.run(pop.size, none, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                int served = served(pop, turned, serviceMonths, i);
                if (served > 0) {
                    bySince.count(chunk, served);
                }
            }
        });
        bySince.sum();
        int[][] since = new int[serviceMonths][];
        int eligible = 0;
        for (int served = 0; served < serviceMonths; served++) {
            since[served] = new int[bySince.count(served)];
            eligible += since[served].length;
        }
        ranges.run(pop.size, none, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                int served = served(pop, turned, serviceMonths, i);
                if (served > 0) {
                    since[served][bySince.next(chunk, served)] = i;
                }
            }
        });
        double census = 0;
        for (Province pr : Province.values()) {
            census += pr.census2008();
        }
        double quarters = p.get(PostingsKeys.MILITARY_QUARTERS);
        double wanted = pop.built * quarters / (census + quarters);
        ServiceRoster roster = postings.service;
        roster.enlistShare(eligible == 0 ? 0 : Math.min(1, wanted / eligible));
        long stream = random.stream("service-start");
        for (int served = serviceMonths - 1; served >= 1; served--) {
            for (int i : since[served]) {
                if (RandomStreams.uniform(stream, i, 0, 0) < roster.enlistShare()) {
                    roster.enlist(pop, i, now - served);
                }
            }
        }
    }

    /**
     * The months row i has served at the start (1..serviceMonths-1) if he is a man at home who
     * enlisted since the last discharge, 0 if not; {@code turned}: the birth month (as
     * {@link Population#birth}) of those turning the enlistment age at the start.
     */
    private static int served(Population pop, int turned, int serviceMonths, int i) {
        int served = turned - pop.birth[i];
        return served >= 1 && served < serviceMonths && pop.sex[i] == 1 && pop.status[i] == Status.HOME
                && pop.posting[i] == PostingStatus.NONE ? served : 0;
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        Population pop = world.population();
        long[] c = ctx.counters();
        if (!p.on(MechanismKeys.X1_MILITARY_SERVICE)) {
            if (roster.soldiers() > 0) {
                // Switched off by a timeline entry: nobody serves from now on.
                rows.discharge(ctx.ranges(), c, roster.discharge(Integer.MAX_VALUE));
            }
            return;
        }
        MonthClock clock = ctx.clock();
        int m = ctx.month();
        int now = clock.absolute(m);
        int calendar = clock.calendarMonth(m);
        boolean spring = calendar == p.getInt(PostingsKeys.DISCHARGE_MONTH);
        if (isWave(p, calendar)) {
            int servedSince = now - p.getInt(PostingsKeys.SERVICE_YEARS) * 12;
            IntList out = roster.discharge(servedSince);
            rows.discharge(ctx.ranges(), c, out);
            ctx.touched(out.size());
            if (spring) {
                roster.spring(m, out);
            }
        }
        int enlistAge = p.getInt(PostingsKeys.ENLIST_AGE);
        int born = now - enlistAge * 12 - Population.BIRTH_BASE;
        long stream = ctx.random().stream("service");
        double share = roster.enlistShare();
        IntList enlisted;
        RowsByMonth births = pop.memory.births();
        if (births != null && births.covers(born)) {
            // The population's index by birth month (kept for coming of age) holds this month's men.
            IntList bucket = births.at(born);
            turningYear = Integer.MIN_VALUE; // the months found from the index do not use the yearly pass
            enlisted = rows.enlistFromBucket(ctx.ranges(), c, bucket, born, m, stream, share);
            ctx.touched(bucket.size());
        } else {
            if (turningYear != clock.year(m)) {
                findTurning(pop, clock.year(m) - enlistAge);
                ctx.touched(pop.size); // the yearly pass over the birth column
            }
            IntList men = turning[calendar - 1];
            enlisted = rows.enlist(ctx.ranges(), c, men, born, m, stream, share);
            ctx.touched(men.size());
        }
        // The roster's order: the men's order (ascending rows), as the serial loop enlisted them.
        roster.enlisted(enlisted, now);
    }

    /** True if calendar month {@code calendar} (1..12) holds a discharge wave. */
    private static boolean isWave(Parameters p, int calendar) {
        return calendar == p.getInt(PostingsKeys.DISCHARGE_MONTH)
                || calendar == p.getInt(PostingsKeys.AUTUMN_DISCHARGE_MONTH);
    }

    /** One pass over the birth column: the men born in {@code birthYear}, by birth month. */
    private void findTurning(Population pop, int birthYear) {
        for (IntList l : turning) {
            l.clear();
        }
        int first = birthYear * 12 - Population.BIRTH_BASE;
        int last = first + 11;
        short[] birth = pop.birth;
        byte[] sex = pop.sex;
        for (int i = 0; i < pop.size; i++) {
            int b = birth[i];
            if (b >= first && b <= last && sex[i] == 1) {
                turning[b - first].add(i);
            }
        }
        turningYear = birthYear + world.parameters().getInt(PostingsKeys.ENLIST_AGE);
    }
}
