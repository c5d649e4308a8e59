package org.corvee.model.state;

import org.corvee.engine.MonthClock;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.LevelYears;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.policy.PolicyDates;

/**
 * Everything the model's phases share: the person table, the social network, the calendar,
 * the current parameters (which the scenario timeline may change at a date), the dispatch
 * lists and the census's running counts.
 */
public final class World {
    private final Population population;
    private final SocialNetwork network;
    private final MonthClock clock;
    private final double scale;
    private final DispatchState dispatch = new DispatchState();
    private final CensusTally census;
    private Parameters parameters;
    private MonthTerms terms;

    public World(Population population, SocialNetwork network, MonthClock clock, Parameters parameters) {
        this.population = population;
        this.network = network;
        this.clock = clock;
        this.parameters = parameters;
        this.scale = parameters.get(RunKeys.SCALE);
        this.census = new CensusTally(population, clock);
    }

    /** The person table. */
    public Population population() {
        return population;
    }

    /** Local ties (household ties are the household ranges). */
    public SocialNetwork network() {
        return network;
    }

    /** The calendar. */
    public MonthClock clock() {
        return clock;
    }

    /** Agents per real person. */
    public double scale() {
        return scale;
    }

    /** Parameters in force this month. */
    public Parameters parameters() {
        return parameters;
    }

    /** Replaces the parameters in force (timeline changes). */
    public void setParameters(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The terms derived from the parameters in force for month {@code m} (destinations, sectors,
     * sites, posting rules, host policy): built on the first call of the month, or again if the
     * parameters were replaced, and shared by every phase.
     */
    public synchronized MonthTerms terms(int m) {
        if (terms == null || !terms.isFor(m, parameters)) {
            terms = MonthTerms.of(parameters, m, clock, scale);
        }
        return terms;
    }

    /** Dispatch lists. */
    public DispatchState dispatch() {
        return dispatch;
    }

    /**
     * The census's running counts: call {@code census().changing(i)} just before and
     * {@code census().changed(i)} just after writing person i's status, heard, belief, loyalty
     * or birth.
     */
    public CensusTally census() {
        return census;
    }

    /** Years of growth at the start of month {@code m}, as a fraction: see {@link LevelYears}. */
    public double years(int m) {
        return LevelYears.at(parameters, m);
    }
}
