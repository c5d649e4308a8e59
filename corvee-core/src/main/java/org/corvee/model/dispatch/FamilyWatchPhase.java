package org.corvee.model.dispatch;

import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.state.World;

/**
 * Families of workers abroad are watched (OD7): each month every household member of a worker
 * abroad adds to their perceived risk ({@link Guilt}), once per member abroad. The additions
 * are counted, not made: the phase advances the {@link WatchLedger} by a month, and a row's
 * risk is brought up to date where it is read or changed, so no member list is walked.
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
        DispatchState state = world.dispatch();
        Guilt guilt = new Guilt(world.parameters(), state.watch);
        if (!guilt.watching()) {
            ctx.touched(0);
            return;
        }
        long rows = 0;
        if (state.watch == null) {
            // Counts the workers abroad once; from here on the ledger is kept where they change.
            state.watch = new WatchLedger(world.population());
            rows = world.population().size;
        }
        rows += state.watch.tick(guilt.watchRisk(), guilt.capitalWatchRisk());
        ctx.touched(rows);
    }
}
