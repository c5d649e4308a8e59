package org.corvee.model;

import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.MonthClock;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;
import org.corvee.model.state.World;

/**
 * Applies the scenario timeline (X5): runs first each month and, when entries fall due in that
 * month, replaces the world's parameters in force with the changes applied in date (then file)
 * order. Every later phase of the month — and every later month — sees the new values.
 *
 * <p>An entry dated before the run's start applies in its first month (with those of that
 * month, in date order); one dated after the end never applies.
 */
public final class TimelinePhase implements Phase {
    private final World world;
    private final List<List<TimelineEntry>> byMonth;

    public TimelinePhase(World world, Timeline timeline) {
        this.world = world;
        MonthClock clock = world.clock();
        this.byMonth = new ArrayList<>(clock.months());
        for (int m = 0; m < clock.months(); m++) {
            byMonth.add(new ArrayList<>());
        }
        for (TimelineEntry e : timeline.entries()) {
            int m = clock.indexOf(e.year(), e.month());
            if (m < clock.months()) {
                // Dated before the start: in force from the start (entries stay in date order).
                byMonth.get(Math.max(0, m)).add(e);
            }
        }
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public void step(StepContext ctx) {
        List<TimelineEntry> due = byMonth.get(ctx.month());
        if (due.isEmpty()) {
            return;
        }
        Parameters p = world.parameters();
        for (TimelineEntry e : due) {
            p = e.applyTo(p);
        }
        world.setParameters(p);
    }
}
