package org.corvee.bench.peer;

import ec.util.MersenneTwisterFast;
import org.corvee.engine.SocialNetwork;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The same kernel written the way a MASON model is written: a {@link SimState} whose agents
 * are {@link Steppable} objects held as nodes of a MASON {@link Network}, all stepped each
 * step by one repeating {@link Sequence} (faster than scheduling a million agents one by
 * one), drawing from the model's {@link MersenneTwisterFast}. Same graph, same rule as
 * {@link CorveeKernel}.
 */
public final class MasonWordOfMouth extends SimState {
    private static final long serialVersionUID = 1L;

    /** One person: adopts once, by the rule in {@link BassRule}. */
    static final class Adopter implements Steppable {
        private static final long serialVersionUID = 1L;
        int adoptedAt = BassRule.NEVER;

        @Override
        public void step(SimState state) {
            if (adoptedAt != BassRule.NEVER) {
                return;
            }
            MasonWordOfMouth model = (MasonWordOfMouth) state;
            int now = (int) state.schedule.getSteps();
            Bag edges = model.network.getEdgesOut(this);
            int adopted = 0;
            for (int k = 0; k < edges.numObjs; k++) {
                Adopter other = (Adopter) ((Edge) edges.objs[k]).getOtherNode(this);
                if (other.adoptedAt < now) {
                    adopted++;
                }
            }
            if (state.random.nextDouble() < BassRule.chance(adopted, edges.numObjs)) {
                adoptedAt = now;
            }
        }
    }

    final Network network = new Network(false);
    private final Adopter[] agents;

    /** A model over the graph {@code graph} (each tie becomes one undirected MASON edge). */
    public MasonWordOfMouth(long seed, SocialNetwork graph) {
        super(seed);
        int n = graph.size();
        agents = new Adopter[n];
        for (int i = 0; i < n; i++) {
            agents[i] = new Adopter();
            network.addNode(agents[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int e = graph.start(i); e < graph.end(i); e++) {
                int j = graph.target(e);
                if (i < j) {
                    network.addEdge(agents[i], agents[j], null);
                }
            }
        }
    }

    @Override
    public void start() {
        super.start();
        for (Adopter a : agents) {
            a.adoptedAt = BassRule.NEVER;
        }
        schedule.scheduleRepeating(new Sequence(agents));
    }

    /** Number of agents who have adopted. */
    public long adopters() {
        long s = 0;
        for (Adopter a : agents) {
            s += a.adoptedAt != BassRule.NEVER ? 1 : 0;
        }
        return s;
    }

    /** Number of agents. */
    public int size() {
        return agents.length;
    }
}
