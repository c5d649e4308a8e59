package org.corvee.model;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.scenario.Parameters;

/**
 * A month of work abroad and return at contract end (OD4, OD8).
 *
 * <p>Each worker's gross pay is split, in whole cents, into state levy, company and minder
 * cut, living costs and what the worker keeps; the four parts sum to the gross exactly.
 * The worker repays bribe debt first, then saves. At the end of the contract the worker
 * returns home with first-hand knowledge: the mean monthly pay they kept becomes their belief,
 * held with {@code beliefs.returnee_confidence}, and they start telling others for
 * {@code beliefs.talk_months}.
 */
public final class AbroadPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public AbroadPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "abroad";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        long[] c = ctx.counters();
        Destination[] dests = Destination.values();
        long[][] split = new long[dests.length][];
        long[] gross = new long[dests.length];
        for (Destination d : dests) {
            DestinationTerms t = DestinationTerms.of(d, p, m, world.scale());
            split[d.ordinal()] = t.split();
            gross[d.ordinal()] = t.grossCents();
        }
        float returneeConfidence = (float) p.get("beliefs.returnee_confidence");
        int talkMonths = p.getInt("beliefs.talk_months");
        int provinces = Province.values().length;
        int classes = Songbun.values().length;
        IntList list = state.abroad;
        int stay = 0;
        for (int k = 0; k < list.size(); k++) {
            int i = list.get(k);
            int d = pop.destination[i];
            long[] s = split[d];
            c[metrics.payGross.base() + d] += gross[d];
            c[metrics.payState.base() + d] += s[0];
            c[metrics.payMinders.base() + d] += s[1];
            c[metrics.payLiving.base() + d] += s[2];
            c[metrics.payWorker.base() + d] += s[3];
            double earned = s[3] / 100.0;
            double repay = Math.min(pop.debt[i], earned);
            pop.debt[i] -= (float) repay;
            pop.savings[i] += (float) (earned - repay);
            pop.kept[i] += (float) earned;
            if (m + 1 < pop.due[i]) {
                list.set(stay++, i);
                continue;
            }
            int served = Math.max(1, m + 1 - pop.departed[i]);
            pop.kept[i] /= served;
            pop.status[i] = Status.HOME;
            pop.destination[i] = -1;
            pop.returned[i] = (short) m;
            pop.heard[i] = (short) m;
            pop.belief[i] = pop.kept[i];
            pop.confidence[i] = returneeConfidence;
            state.abroadByDestination[d]--;
            c[metrics.returns.base() + d * provinces + pop.province[i]]++;
            c[metrics.abroad.base() + (d * provinces + pop.province[i]) * classes + pop.songbun[i]]--;
            if (talkMonths > 0) {
                state.speakers.add(i);
                state.speakUntil.add(m + talkMonths - 1);
            }
        }
        list.truncate(stay);
    }
}
