package org.corvee.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.PhaseObserver;
import org.corvee.engine.SocialNetwork;
import org.corvee.engine.StepContext;
import org.corvee.model.DispatchState;
import org.corvee.model.Population;
import org.corvee.model.World;

/**
 * The memory-speed floor of each phase, measured in the same run, month by month, on the same
 * workers: the time to read that phase's columns once, as a plain parallel sum.
 *
 * <p>What each floor reads (stated here because it is what the printed ratio means):
 * <ul>
 *   <li>census — province, status, heard, birth and belief of every row (what the census
 *       reads);</li>
 *   <li>application — status, birth and songbun of every row. The phase visits every twelfth
 *       row, but 12 bytes of stride is less than a 64-byte cache line, so all those lines are
 *       loaded anyway. The columns it reads only for eligible persons (province, urban, belief,
 *       confidence, savings) are left out, so this floor is low and the ratio errs high;</li>
 *   <li>selection, departure, abroad — list phases that touch few rows: their floor is a
 *       gather of the columns they read at the rows actually on their list this month
 *       (applicants; the screening queue; workers abroad);</li>
 *   <li>word of mouth — for each active speaker this month, status and household of the
 *       speaker, then status, heard, belief and confidence of every household member and every
 *       tie. The phase reaches a tie only when the draw says the account is told (half the
 *       ties of a returnee, a few of a relay's), so this floor reads more rows than the phase
 *       and the ratio errs low.</li>
 * </ul>
 * List floors are gathered in parallel over the list; the sequential list phases are thus
 * compared with what two threads could do. Observing does not change the world.
 */
public final class StreamFloor implements PhaseObserver {
    private final World world;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final IntList rows = new IntList();
    private long sink;

    public StreamFloor(World world) {
        this.world = world;
    }

    @Override
    public void before(Phase phase, StepContext ctx) {
        DispatchState state = world.dispatch();
        Population pop = world.population();
        ParallelRanges ranges = ctx.ranges();
        long t0 = System.nanoTime();
        long s;
        switch (phase.name()) {
            case "selection" -> {
                rows.clear();
                for (IntList l : state.applicantsByChunk) {
                    for (int k = 0; k < l.size(); k++) {
                        rows.add(l.get(k));
                    }
                }
                t0 = System.nanoTime();
                s = gather(ranges, rows, pop.province, pop.songbun, pop.status, pop.savings);
            }
            case "departure" -> s = gather(ranges, state.screening, pop.destination, pop.status, pop.province,
                    pop.songbun);
            case "abroad" -> s = gather(ranges, state.abroad, pop.destination, pop.debt, pop.savings, pop.kept, pop.due);
            case "word-of-mouth" -> s = speakers(ranges, pop, world.network(), state.speakers);
            default -> {
                return;
            }
        }
        add(phase.name(), System.nanoTime() - t0, s);
    }

    @Override
    public void after(Phase phase, StepContext ctx) {
        Population pop = world.population();
        long t0 = System.nanoTime();
        long s;
        switch (phase.name()) {
            case "census" -> s = stream(ctx.ranges(), pop.size, pop.province, pop.status, pop.heard, pop.birth,
                    pop.belief);
            case "application" -> s = stream(ctx.ranges(), pop.size, pop.status, pop.birth, pop.songbun);
            default -> {
                return;
            }
        }
        add(phase.name(), System.nanoTime() - t0, s);
    }

    private void add(String phase, long ns, long s) {
        nanos.merge(phase, ns, Long::sum);
        sink += s;
    }

    /** Floor nanoseconds per phase over the run so far (phases without a floor are absent). */
    public Map<String, Long> totals() {
        return new LinkedHashMap<>(nanos);
    }

    /** A value depending on everything read, so the reads cannot be optimised away. */
    public long checksum() {
        return sink;
    }

    /** Sum of all elements of the given columns over rows [0, n), on the run's workers. */
    static long stream(ParallelRanges ranges, int n, Object... columns) {
        long[] total = new long[1];
        ranges.run(n, total, (chunk, from, to, c) -> {
            long s = 0;
            for (Object col : columns) {
                s += Columns.sum(col, from, to);
            }
            c[0] += s;
        });
        return total[0];
    }

    /** Sum of the given columns at the rows listed in {@code list}, on the run's workers. */
    static long gather(ParallelRanges ranges, IntList list, Object... columns) {
        long[] total = new long[1];
        int[] ids = list.toArray();
        ranges.run(ids.length, total, (chunk, from, to, c) -> {
            long s = 0;
            for (Object col : columns) {
                s += Columns.gather(col, ids, from, to);
            }
            c[0] += s;
        });
        return total[0];
    }

    private static long speakers(ParallelRanges ranges, Population pop, SocialNetwork net, IntList speakers) {
        long[] total = new long[1];
        int[] ids = speakers.toArray();
        ranges.run(ids.length, total, (chunk, from, to, c) -> {
            long s = 0;
            for (int k = from; k < to; k++) {
                int sp = ids[k];
                int h = pop.household[sp];
                s += pop.status[sp];
                for (int j = pop.householdStart[h]; j < pop.householdStart[h + 1]; j++) {
                    s += listener(pop, j);
                }
                for (int e = net.start(sp); e < net.end(sp); e++) {
                    s += listener(pop, net.target(e));
                }
            }
            c[0] += s;
        });
        return total[0];
    }

    private static long listener(Population pop, int j) {
        return pop.status[j] + pop.heard[j] + Float.floatToRawIntBits(pop.belief[j])
                + Float.floatToRawIntBits(pop.confidence[j]);
    }
}
