package org.corvee.model;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.LifeTable;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;

/**
 * Deaths at home and births (X1), switch {@code mechanism.x1_demography}. Ageing needs no
 * step: age is computed from the birth month, so persons age into (and out of) every band.
 *
 * <p>Each person's month of death was drawn from the {@link LifeTable} when the person was
 * built or born ({@link Population#death}). A person at home (not abroad, in screening or on a
 * hardship posting) whose month has come dies this month; one who is away then dies at the
 * first month back home (the life table holds for life at home; dying abroad is OD5).
 *
 * <p>The person table has a fixed number of rows and households are row ranges, so a birth
 * takes the row of the person who died: the child is born into that household (province,
 * place, songbun class and a defector mark stay with the household), with a fresh state —
 * age 0, sex by the sex ratio at birth, a new month of death, loyalty, belief and savings drawn
 * as at the start, nobody heard from, never abroad or posted. Births therefore equal deaths at
 * home: the population is stationary in size, and its age pyramid moves towards the life
 * table's stationary one. The child also takes the deceased's local ties (a simplification).
 *
 * <p>Sequential in row order (a scan of one short column; only the month's deaths do work),
 * every draw keyed by (row, month): the result is the same on any thread count.
 */
public final class DemographyPhase implements Phase {
    private final World world;
    private final DemographyMetrics metrics;
    private LifeTable table;
    private Parameters tableOf;

    public DemographyPhase(World world, DemographyMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "demography";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        if (!p.on(MechanismKeys.X1_DEMOGRAPHY)) {
            return;
        }
        if (tableOf != p) {
            table = LifeTable.of(p);
            tableOf = p;
        }
        Population pop = world.population();
        int m = ctx.month();
        int now = ctx.clock().absolute(m) - Population.BIRTH_BASE;
        short[] death = pop.death;
        byte[] status = pop.status;
        byte[] posting = pop.posting;
        IntList dead = new IntList();
        ctx.touched(pop.size);
        for (int i = 0; i < pop.size; i++) {
            if (death[i] <= now && status[i] == Status.HOME && posting[i] != PostingStatus.ON_SITE) {
                dead.add(i);
            }
        }
        if (dead.size() == 0) {
            return;
        }
        Newborn newborn = new Newborn(p, table, world.years(m));
        long stream = ctx.random().stream("demography");
        long[] c = ctx.counters();
        DispatchState state = world.dispatch();
        for (int k = 0; k < dead.size(); k++) {
            int i = dead.get(k);
            c[metrics.deathsAtHome.base() + pop.province[i]]++;
            world.census().changing(i);
            newborn.bear(pop, i, now, m, stream);
            world.census().changed(i);
            c[metrics.births.base() + pop.province[i]]++;
            if (state.families != null) {
                state.families.born(pop, i);
            }
        }
        dropSpeakers(state, dead.toArray());
    }

    /** Removes the deceased from the speakers (their rows now hold newborns); keeps order. */
    private static void dropSpeakers(DispatchState state, int[] deadSorted) {
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        int kept = 0;
        for (int k = 0; k < speakers.size(); k++) {
            int s = speakers.get(k);
            if (Arrays.binarySearch(deadSorted, s) >= 0) {
                continue;
            }
            speakers.set(kept, s);
            until.set(kept, until.get(k));
            kept++;
        }
        speakers.truncate(kept);
        until.truncate(kept);
    }

    /** Draws the month of death of every row from its age now (when the world is built). */
    public static void drawDeaths(Population pop, LifeTable table, RandomStreams random, int nowAbsolute) {
        long stream = random.stream("life");
        int now = nowAbsolute - Population.BIRTH_BASE;
        for (int i = 0; i < pop.size; i++) {
            int age = now - pop.birth[i];
            double u = 1 - RandomStreams.uniform(stream, i, 0, 0);
            pop.death[i] = encode(pop.birth[i] + table.deathAge(pop.sex[i], age, u));
        }
    }

    static short encode(int month) {
        return (short) Math.min(Short.MAX_VALUE - 1, month);
    }
}
