package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.policy.StateResponse;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;

/**
 * The monthly application decision (OD3 with OD2, OD8, OD9, OD10).
 *
 * <p>Each person reconsiders once a year, in the month given by their row number modulo 12
 * (an application round), so a month touches a twelfth of the rows. An eligible person at
 * home (age band, songbun threshold) weighs what they expect to bring home per month abroad
 * against their home income ({@link ApplicationDecision}: pay with its uncertainty, the bribe
 * and its debt, hardship, perceived risk, the surveillance of the family, a young child left
 * behind) and applies with the probability that rule gives,
 * provided they have the bribe or can borrow it. Perceived risk (OD7) decays by
 * {@code guilt.risk_decay} at each yearly round in which the person is eligible and considered. With {@code mechanism.od3_selection_gate} on,
 * persons from a defector's family ({@code dispatch.bar_defector_families}) and persons who
 * leave no child at home ({@code dispatch.require_children_left_behind}) are not eligible; the
 * songbun threshold is the one in force ({@link StateResponse#songbunThreshold}). The contract
 * length includes the OD12 extension.
 *
 * <p>Parallel over chunks ({@link ApplicationRound}); applicants go to per-chunk lists read by
 * {@link SelectionPhase}.
 */
public final class ApplicationPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    /** Per chunk: the rows drawn below apply_max this month (scratch, reused). */
    private IntList[] candidatesByChunk = new IntList[0];
    /** Per chunk: the considered rows marked AT_RISK this month (scratch, reused). */
    private IntList[] atRiskByChunk = new IntList[0];
    /** Per chunk: what the round's loads ahead read, kept so that they are not optimised away. */
    private long[] touchedBits = new long[0];
    /** Per chunk: the eligible rows of a block of pass 1, in row order (scratch, reused). */
    private int[][] keptByChunk = new int[0][];
    /** Per chunk: what the draw reads of each row in {@code keptByChunk} (scratch, reused). */
    private int[][] traitsByChunk = new int[0][];

    public ApplicationPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "application";
    }

    @Override
    public void step(StepContext ctx) {
        int chunks = ParallelRanges.chunks(world.population().size);
        DispatchState state = world.dispatch();
        if (state.applicantsByChunk.length != chunks) {
            state.applicantsByChunk = new IntList[chunks];
            for (int c = 0; c < chunks; c++) {
                state.applicantsByChunk[c] = new IntList(64);
            }
        }
        if (candidatesByChunk.length != chunks) {
            candidatesByChunk = new IntList[chunks];
            atRiskByChunk = new IntList[chunks];
            for (int c = 0; c < chunks; c++) {
                candidatesByChunk[c] = new IntList(64);
                atRiskByChunk[c] = new IntList(64);
            }
            touchedBits = new long[chunks];
            keptByChunk = new int[chunks][ApplicationRound.BLOCK];
            traitsByChunk = new int[chunks][ApplicationRound.BLOCK];
        }
        ApplicationRound round = new ApplicationRound(world, metrics, ctx, candidatesByChunk, atRiskByChunk,
                touchedBits, keptByChunk, traitsByChunk);
        ctx.ranges().run(world.population().size, ctx.counters(), round::run);
    }
}
