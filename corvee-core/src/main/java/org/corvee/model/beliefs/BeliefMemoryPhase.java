package org.corvee.model.beliefs;

import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.ConditionsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;

/**
 * Memory and turnover of beliefs at home (X3, X4; switch {@code mechanism.x3_belief_memory}).
 * Each month, for every person not abroad: confidence decays by {@code beliefs.confidence_decay}
 * (trust in what one heard fades without news, so the state's promise, weighing
 * {@code propaganda_credibility × (1 − confidence)} in the expectation, regains ground: a standing
 * counterweight); resentment recovers by {@code conditions.resentment_recovery_home}; and a
 * person who turns {@code beliefs.adult_age} this month starts as an uninformed adult: a belief
 * drawn around the promise as at the start, {@code initial_confidence}, no account heard.
 *
 * <p>With news arriving to a person with probability λ a month from a source of trust τ, mean
 * confidence obeys E[c'] = (1 − δ)(E[c](1 − λτ/2) + λτ/2), so it settles at
 * c* = (1 − δ)a / (1 − (1 − δ)(1 − a)) with a = λτ/2 (tested in a mean-field world).
 * Parallel over agent ranges; each body writes only its own rows.
 */
public final class BeliefMemoryPhase implements Phase {
    private final World world;

    public BeliefMemoryPhase(World world) {
        this.world = world;
    }

    @Override
    public String name() {
        return "belief-memory";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        if (!p.on(MechanismKeys.X3_BELIEF_MEMORY)) {
            return;
        }
        float keepConfidence = (float) (1 - p.get(BeliefsKeys.CONFIDENCE_DECAY));
        float keepResentment = (float) (1 - p.get(ConditionsKeys.RESENTMENT_RECOVERY_HOME));
        double promise = p.get(BeliefsKeys.PROMISED_PAY);
        double spread = p.get(BeliefsKeys.INITIAL_SPREAD);
        float initial = (float) p.get(BeliefsKeys.INITIAL_CONFIDENCE);
        int m = ctx.month();
        int now = ctx.clock().absolute(m);
        // Born in this birth-column month: turns adult_age this month.
        int comingOfAge = now - p.getInt(BeliefsKeys.ADULT_AGE) * 12 - Population.BIRTH_BASE;
        long stream = ctx.random().stream("adult-beliefs");
        Population pop = world.population();
        ctx.touched(pop.size);
        ctx.ranges().run(pop.size, ctx.counters(), (chunk, from, to, c) -> {
            byte[] status = pop.status;
            float[] confidence = pop.confidence;
            float[] resentment = pop.resentment;
            short[] birth = pop.birth;
            for (int i = from; i < to; i++) {
                if (status[i] >= Status.ABROAD) {
                    continue; // abroad, dead or defected
                }
                if (birth[i] == comingOfAge) {
                    world.census().changing(i);
                    double z = RandomStreams.normal(stream, i, m, 0);
                    pop.belief[i] = (float) (promise * Math.exp(spread * z - spread * spread / 2));
                    confidence[i] = initial;
                    pop.heard[i] = -1;
                    world.census().changed(i);
                    continue;
                }
                confidence[i] *= keepConfidence;
                if (resentment[i] > 0) {
                    resentment[i] *= keepResentment;
                }
            }
        });
    }
}
