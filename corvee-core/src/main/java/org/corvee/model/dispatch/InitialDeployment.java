package org.corvee.model.dispatch;

import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.WorksiteSizes;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;

/**
 * The workers already abroad when the run starts: each destination is filled to its
 * start-year slots with eligible persons drawn in proportion to the selection weight
 * (rejection sampling over rows), with time already served uniform over a contract of the
 * usual length ± {@code dispatch.contract_spread} ({@link ContractLength}), so returns are
 * spread evenly over the first contract length. Each gets a worksite and, if male,
 * may be a soldier-labourer (OD4) as in {@link SelectionPhase}. Each try's row, age and weight's
 * draw are worked out ahead on the workers ({@link TriedRows}); the tries are taken in their order.
 */
public final class InitialDeployment {
    private final World world;
    private final DispatchMetrics metrics;

    public InitialDeployment(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    /** Places the initial workers and adds them to the stock counters in {@code counters}. */
    public void deploy(RandomStreams random, long[] counters, ParallelRanges ranges) {
        Population pop = world.population();
        Parameters p = world.parameters();
        int now = world.clock().absolute(0);
        int minAge = p.getInt(DispatchKeys.MIN_AGE);
        int maxAge = p.getInt(DispatchKeys.MAX_AGE);
        int contract = p.getInt(DispatchKeys.CONTRACT_MONTHS);
        int spread = p.getInt(DispatchKeys.CONTRACT_SPREAD);
        SelectionWeight weights = new SelectionWeight(p);
        double maxWeight = 0;
        for (int pr = 0; pr < Province.values().length; pr++) {
            for (int s = 0; s < Songbun.values().length; s++) {
                maxWeight = Math.max(maxWeight, weights.weight(pr, s));
            }
        }
        if (maxWeight <= 0 || pop.built == 0) {
            return;
        }
        long stream = random.stream("initial-deployment");
        DispatchState state = world.dispatch();
        WorksiteSizes sizes = new WorksiteSizes(p, world.scale());
        ServedMonths history = new ServedMonths(p);
        // In the age band and drawn by the weight: what the placing does not change, worked out
        // ahead; a row at home at the start may be placed by an earlier try, so that is checked on use.
        double most = maxWeight;
        TriedRows tries = new TriedRows(ranges, stream, pop.built, (a, i) -> {
            int age = pop.age(i, now);
            return pop.status[i] == Status.HOME && age >= minAge && age <= maxAge
                    && RandomStreams.uniform(stream, a, 0, 1) * most < weights.weight(pop.province[i], pop.songbun[i]);
        });
        long attempt = 0;
        for (Destination d : Destination.values()) {
            DestinationTerms t = DestinationTerms.of(d, p, 0, world.scale());
            int target = (int) Math.round(t.slotsAgents() * p.get(DispatchKeys.INITIAL_FILL));
            long limit = attempt + 1000L * target + 10_000;
            int placed = 0;
            while (placed < target && attempt < limit) {
                long a = attempt++;
                if (!tries.passes(a)) {
                    continue;
                }
                int i = tries.row(a);
                if (pop.status[i] != Status.HOME) {
                    continue;
                }
                int length = ContractLength.draw(contract, spread, stream, a, 0, 5);
                int served = RandomStreams.below(stream, a, 0, 2, length);
                pop.status[i] = Status.ABROAD;
                pop.destination[i] = (byte) d.ordinal();
                pop.departed[i] = (short) -served;
                pop.due[i] = (short) (length - served);
                pop.kept[i] = (float) (served * t.keptDollars());
                pop.worksite[i] = (short) state.worksites.place(d, sizes);
                history.served(pop, i, d, served, world.years(-served), t);
                if (p.on(MechanismKeys.OD4_SOLDIER_LABOUR) && pop.sex[i] == 1
                        && RandomStreams.uniform(stream, a, 0, 4) < t.soldierShare()) {
                    pop.flags[i] |= PersonFlags.SOLDIER;
                }
                state.wentAbroad(pop, i);
                state.contractEnds.add(d.ordinal(), pop.due[i]);
                state.abroadByDestination[d.ordinal()]++;
                counters[metrics.abroad.at(d.ordinal(), pop.province[i], pop.songbun[i])]++;
                placed++;
            }
        }
    }
}
