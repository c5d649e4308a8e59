package org.corvee.model.postings;

import org.corvee.engine.IntList;
import org.corvee.engine.MonthClock;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
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
 * {@code mechanism.x1_military_service}; sequential.
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
 */
public final class MilitaryServicePhase implements Phase {
    private final World world;
    private final ServiceRoster roster;
    private final ServiceMetrics metrics;
    /** Men turning enlist age in the current year, by calendar month of the birthday (0..11). */
    private final IntList[] turning = new IntList[12];
    private int turningYear = Integer.MIN_VALUE;
    /** Rows per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 128;
    /** Scratch: the men of a block who enlist. */
    private final IntList enlisting = new IntList();
    /** What the loads ahead read, kept so that they are not optimised away. */
    private long loaded;

    public MilitaryServicePhase(World world, Postings postings, ServiceMetrics metrics) {
        this.world = world;
        this.roster = postings.service;
        this.metrics = metrics;
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
     * left to the first step. Call once, after the world is built.
     */
    public static void enlistAtStart(World world, Postings postings, RandomStreams random) {
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
        IntList[] since = new IntList[serviceMonths];
        int eligible = 0;
        for (int i = 0; i < pop.size; i++) {
            int served = now - Population.BIRTH_BASE - pop.birth[i] - enlistMonths;
            if (served >= 1 && served < serviceMonths && pop.sex[i] == 1 && pop.status[i] == Status.HOME
                    && pop.posting[i] == PostingStatus.NONE) {
                if (since[served] == null) {
                    since[served] = new IntList();
                }
                since[served].add(i);
                eligible++;
            }
        }
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
            IntList rows = since[served];
            for (int k = 0; rows != null && k < rows.size(); k++) {
                int i = rows.get(k);
                if (RandomStreams.uniform(stream, i, 0, 0) < roster.enlistShare()) {
                    roster.enlist(pop, i, now - served);
                }
            }
        }
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        Population pop = world.population();
        if (!p.on(MechanismKeys.X1_MILITARY_SERVICE)) {
            if (roster.soldiers() > 0) {
                // Switched off by a timeline entry: nobody serves from now on.
                long[] c = ctx.counters();
                roster.discharge(pop, Integer.MAX_VALUE, i -> homeAgain(i, pop, c));
            }
            return;
        }
        MonthClock clock = ctx.clock();
        int m = ctx.month();
        int now = clock.absolute(m);
        long[] c = ctx.counters();
        int calendar = clock.calendarMonth(m);
        boolean spring = calendar == p.getInt(PostingsKeys.DISCHARGE_MONTH);
        if (isWave(p, calendar)) {
            int servedSince = now - p.getInt(PostingsKeys.SERVICE_YEARS) * 12;
            IntList out = roster.discharge(pop, servedSince, i -> homeAgain(i, pop, c));
            ctx.touched(out.size());
            if (spring) {
                roster.spring(m, out);
            }
        }
        int enlistAge = p.getInt(PostingsKeys.ENLIST_AGE);
        int born = now - enlistAge * 12 - Population.BIRTH_BASE;
        IntList men;
        RowsByMonth births = pop.memory.births();
        if (births != null && births.covers(born)) {
            // The population's index by birth month (kept for coming of age) holds this month's men.
            men = fromIndex(pop, births.at(born), born);
            ctx.touched(births.at(born).size());
        } else {
            if (turningYear != clock.year(m)) {
                findTurning(pop, clock.year(m) - enlistAge);
                ctx.touched(pop.size); // the yearly pass over the birth column
            }
            men = turning[calendar - 1];
            ctx.touched(men.size());
        }
        long stream = ctx.random().stream("service");
        double share = roster.enlistShare();
        IntList enlisting = this.enlisting;
        // By blocks of men: the columns the checks read are loaded for the whole block first
        // (RowLoads), then the men who enlist are found, then the columns the enlistment reads
        // and writes are loaded for them, then they enlist in the men's order. Each man's check
        // reads his own row only, and no two men share a row, so checking a block before
        // enlisting it decides exactly what checking each man just before his enlistment would.
        for (int from = 0; from < men.size(); from += BLOCK) {
            int to = Math.min(men.size(), from + BLOCK);
            loaded += RowLoads.of(men, from, to, pop.birth) + RowLoads.of(men, from, to, pop.sex)
                    + RowLoads.of(men, from, to, pop.status) + RowLoads.of(men, from, to, pop.posting);
            enlisting.clear();
            for (int k = from; k < to; k++) {
                int i = men.get(k);
                // The row may since hold a newborn (a death at home), or the man may be away.
                if (pop.birth[i] == born && pop.sex[i] == 1 && pop.status[i] == Status.HOME
                        && pop.posting[i] == PostingStatus.NONE && RandomStreams.uniform(stream, i, m, 0) < share) {
                    enlisting.add(i);
                }
            }
            loaded += pop.memory.load(pop, enlisting, 0, enlisting.size())
                    + RowLoads.of(enlisting, 0, enlisting.size(), pop.province);
            for (int k = 0; k < enlisting.size(); k++) {
                int i = enlisting.get(k);
                roster.enlist(pop, i, now);
                world.census().moved(i, Status.HOME);
                c[metrics.enlisted.base() + pop.province[i]]++;
            }
        }
    }

    /** Counts man {@code i}, just discharged, home again: in the census and by province. */
    private void homeAgain(int i, Population pop, long[] c) {
        world.census().moved(i, Status.SERVICE);
        c[metrics.discharged.base() + pop.province[i]]++;
    }

    /** True if calendar month {@code calendar} (1..12) holds a discharge wave. */
    private static boolean isWave(Parameters p, int calendar) {
        return calendar == p.getInt(PostingsKeys.DISCHARGE_MONTH)
                || calendar == p.getInt(PostingsKeys.AUTUMN_DISCHARGE_MONTH);
    }

    /**
     * The men of {@code rows} (a bucket of the birth-month index) still born in {@code born}, in
     * ascending row order without repeats: the rows and order the yearly pass would give, so the
     * enlistment draws and the roster's order are the same whichever way the men are found. A
     * bucket is ascending except for rows appended at birth, and may name a row twice or a row
     * since reborn.
     */
    private IntList fromIndex(Population pop, IntList rows, int born) {
        IntList men = turning[0];
        men.clear();
        turningYear = Integer.MIN_VALUE; // turning[] no longer holds a year's pass
        boolean sorted = true;
        int last = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (k % BLOCK == 0) { // the bucket's rows are scattered: load a block's columns ahead
                int to = Math.min(rows.size(), k + BLOCK);
                loaded += RowLoads.of(rows, k, to, pop.birth) + RowLoads.of(rows, k, to, pop.sex);
            }
            int i = rows.get(k);
            if (pop.birth[i] == born && pop.sex[i] == 1) {
                sorted &= i > last;
                last = i;
                men.add(i);
            }
        }
        if (!sorted) {
            int[] a = men.toArray();
            java.util.Arrays.sort(a);
            men.clear();
            for (int k = 0; k < a.length; k++) {
                if (k == 0 || a[k] != a[k - 1]) {
                    men.add(a[k]);
                }
            }
        }
        return men;
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
