package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;

/**
 * Families of workers abroad are watched (OD7): each month every household member of a worker
 * abroad adds to their perceived risk ({@link Guilt#watch}). Sequential over the abroad list.
 */
public final class FamilyWatchPhase implements Phase {
    private final World world;

    public FamilyWatchPhase(World world) {
        this.world = world;
    }

    @Override
    public String name() {
        return "family-watch";
    }

    @Override
    public void step(StepContext ctx) {
        Guilt guilt = new Guilt(world.parameters());
        Population pop = world.population();
        IntList abroad = world.dispatch().abroad;
        long rows = abroad.size();
        for (int k = 0; k < abroad.size(); k++) {
            rows += guilt.watch(pop, abroad.get(k));
        }
        ctx.touched(rows);
    }
}
