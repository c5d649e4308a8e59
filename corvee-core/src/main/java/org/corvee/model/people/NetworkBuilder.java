package org.corvee.model.people;

import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.NetworkKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.world.Province;

/**
 * Builds the local social network (X2) in CSR form over a population whose rows are ordered
 * by province, urban/rural and household.
 *
 * <p>Each person starts about half their target degree of ties (capital, urban and rural
 * targets differ); the other end is a random person in the same neighbourhood (a contiguous
 * block of rows, smaller in the capital, so ties there are denser and more clustered), or with
 * small probabilities anyone in the province or anyone at all. Ties are stored both ways.
 * Household ties are implicit (the household's row range) and not stored.
 *
 * <p>Every tie is drawn twice from the same counter-based draws, in two passes in parallel:
 * the first counts each person's degree, the second places both ends in initiator order, each
 * thread the ties its own part of the rows started, with the few whose other end lies in another
 * part handed over in order. Peak memory is therefore the CSR arrays and a degree count per
 * person: no temporary list of ties.
 */
public final class NetworkBuilder {
    private final Parameters p;
    private final RandomStreams random;

    private final double capitalHalf;
    private final double urbanHalf;
    private final double ruralHalf;
    private final double distant;
    private final double inter;

    public NetworkBuilder(Parameters p, RandomStreams random) {
        this.p = p;
        this.random = random;
        capitalHalf = p.get(NetworkKeys.CAPITAL_DEGREE) / 2.0;
        urbanHalf = p.get(NetworkKeys.URBAN_DEGREE) / 2.0;
        ruralHalf = p.get(NetworkKeys.RURAL_DEGREE) / 2.0;
        distant = p.get(NetworkKeys.DISTANT_SHARE);
        inter = p.get(NetworkKeys.INTERPROVINCE_SHARE);
    }

    /** Builds the network for {@code pop} on one thread. */
    public SocialNetwork build(Population pop) {
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            return build(pop, ranges);
        }
    }

    /**
     * Builds the network for {@code pop} using {@code ranges}' workers; the result does not
     * depend on the thread count.
     *
     * <p>A person's ties are drawn from counter-based draws keyed by the person and the tie, so
     * drawing them again gives the same ends: two passes draw every tie, the first to count each
     * person's degree, the second to place both ends in initiator order, exactly as one
     * sequential pass would. Drawing twice took about as long at full scale as the temporary
     * list of ends drawn once (an int a tie and three a person, whose fresh pages cost the
     * kernel about what the second draws cost the workers) and holds 0.6 GB less. Each thread
     * draws the ties its own part of the rows
     * starts and writes only the ends in its part; the few ties whose other end lies in another
     * part (a tie to anyone in the province or the country, 3.5% of draws, crosses a part's edge
     * only sometimes) are kept in order and handed over: a part takes the crossing ties of the
     * parts before it, its own, those of the parts after it, so each person's neighbour order is
     * the same on any thread count.
     */
    public SocialNetwork build(Population pop, ParallelRanges ranges) {
        // Ties among the persons built; the spare rows for births (X1 fertility) have none.
        int n = pop.built;
        long stream = random.stream("network");
        int[] provStart = new int[Province.values().length + 1];
        Neighbourhoods blocks = blocks(pop, provStart);
        // The ends are counted first (a draw a person, and a draw a tie only where a tie can be
        // dropped), so the target array, whose fresh pages cost the kernel more than the count
        // pass costs the workers, is allocated on this thread while the workers count degrees.
        long ends = 2 * keptTies(pop, stream, provStart, blocks, ranges);
        if (ends > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("network too large for int offsets: " + ends);
        }
        int[][] targetsMade = new int[1][];
        int[] deg = new int[n];
        int parts = ranges.threads();
        IntList[] crossing = new IntList[parts];
        ranges.splitBeside(n, (part, from, to, c) -> {
            IntList out = new IntList();
            Neighbourhoods.Cursor block = blocks.cursor(from);
            for (int i = from; i < to; i++) {
                block.moveTo(i);
                int k = initiatedBy(pop, stream, i);
                for (int t = 0; t < k; t++) {
                    int j = drawTie(pop, stream, provStart, block, i, t);
                    if (j >= 0) {
                        deg[i]++;
                        if (j >= from && j < to) {
                            deg[j]++;
                        } else {
                            out.add(i);
                            out.add(j);
                        }
                    }
                }
            }
            crossing[part] = out;
        }, () -> targetsMade[0] = new int[(int) ends]);
        if (parts > 1) {
            ranges.split(n, (part, from, to, c) -> {
                for (int q = 0; q < parts; q++) {
                    if (q != part) {
                        IntList in = crossing[q];
                        for (int k = 1; k < in.size(); k += 2) {
                            int j = in.get(k);
                            if (j >= from && j < to) {
                                deg[j]++;
                            }
                        }
                    }
                }
            });
        }
        int[] offsets = new int[pop.size + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = (int) total;
            total += deg[i];
        }
        if (total != ends) {
            throw new IllegalStateException("ties counted " + total + " against " + ends + " ends foreseen");
        }
        java.util.Arrays.fill(offsets, n, pop.size + 1, (int) total);
        int[] targets = targetsMade[0];
        int[] fill = deg;
        java.util.Arrays.fill(fill, 0);
        ranges.split(n, (part, from, to, c) -> {
            for (int q = 0; q < part; q++) {
                placeCrossing(crossing[q], from, to, offsets, fill, targets);
            }
            Neighbourhoods.Cursor block = blocks.cursor(from);
            for (int i = from; i < to; i++) {
                block.moveTo(i);
                int k = initiatedBy(pop, stream, i);
                for (int t = 0; t < k; t++) {
                    int j = drawTie(pop, stream, provStart, block, i, t);
                    if (j >= 0) {
                        targets[offsets[i] + fill[i]++] = j;
                        if (j >= from && j < to) {
                            targets[offsets[j] + fill[j]++] = i;
                        }
                    }
                }
            }
            for (int q = part + 1; q < parts; q++) {
                placeCrossing(crossing[q], from, to, offsets, fill, targets);
            }
        });
        return new SocialNetwork(offsets, targets);
    }

    /**
     * The number of ties kept: a tie is dropped only when the rows it is drawn among (its
     * neighbourhood, its province or everyone) are fewer than two, so a person whose three are
     * all larger keeps every tie they start; only the others' ties are drawn here.
     */
    private long keptTies(Population pop, long stream, int[] provStart, Neighbourhoods blocks, ParallelRanges ranges) {
        int n = pop.built;
        long[] kept = new long[1];
        ranges.run(n, kept, (chunk, from, to, c) -> {
            Neighbourhoods.Cursor block = blocks.cursor(from);
            long sum = 0;
            for (int i = from; i < to; i++) {
                block.moveTo(i);
                int k = initiatedBy(pop, stream, i);
                int pr = pop.province[i];
                if (n >= 2 && provStart[pr + 1] - provStart[pr] >= 2 && block.end() - block.start() >= 2) {
                    sum += k;
                } else {
                    for (int t = 0; t < k; t++) {
                        sum += drawTie(pop, stream, provStart, block, i, t) >= 0 ? 1 : 0;
                    }
                }
            }
            c[0] += sum;
        });
        return kept[0];
    }

    /** Places the far ends in [from, to) of another part's crossing ties (initiator, other end pairs, in order). */
    private static void placeCrossing(IntList crossing, int from, int to, int[] offsets, int[] fill, int[] targets) {
        for (int k = 0; k < crossing.size(); k += 2) {
            int j = crossing.get(k + 1);
            if (j >= from && j < to) {
                targets[offsets[j] + fill[j]++] = crossing.get(k);
            }
        }
    }

    /**
     * The neighbourhoods: each province's urban then rural rows cut into blocks of the
     * neighbourhood's size, a short tail folded into the block before it; {@code provStart} gets
     * each province's first row.
     */
    private Neighbourhoods blocks(Population pop, int[] provStart) {
        int capitalBlock = p.getInt(NetworkKeys.CAPITAL_NEIGHBOURHOOD);
        int block = p.getInt(NetworkKeys.NEIGHBOURHOOD);
        int n = pop.built;
        IntList bounds = new IntList();
        int i = 0;
        for (int pr = 0; pr < Province.values().length; pr++) {
            provStart[pr] = i;
            for (int u = 1; u >= 0; u--) {
                int segStart = i;
                while (i < n && pop.province[i] == pr && pop.urban[i] == u) {
                    i++;
                }
                int segEnd = i;
                int size = pr == Province.PYONGYANG.ordinal() ? capitalBlock : block;
                for (int b = segStart; b < segEnd; b += size) {
                    int e = Math.min(segEnd, b + size);
                    // Fold a short tail block into the previous one.
                    if (segEnd - e < size / 2) {
                        e = segEnd;
                    }
                    bounds.add(b);
                    bounds.add(e);
                    if (e == segEnd) {
                        break;
                    }
                }
            }
        }
        provStart[Province.values().length] = n;
        return new Neighbourhoods(bounds.toArray());
    }

    /** Number of ties person {@code i} starts: their half-degree, rounded at random. */
    private int initiatedBy(Population pop, long stream, int i) {
        double half = halfDegree(pop.province[i], pop.urban[i]);
        int k = (int) half;
        if (RandomStreams.uniform(stream, i, 0, 0) < half - k) {
            k++;
        }
        return k;
    }

    private double halfDegree(int province, int urban) {
        return province == Province.PYONGYANG.ordinal() ? capitalHalf : urban == 1 ? urbanHalf : ruralHalf;
    }

    /** The other end of person i's t-th tie; -1 for a dropped draw. */
    private int drawTie(Population pop, long stream, int[] provStart, Neighbourhoods.Cursor block, int i, int t) {
        double u = RandomStreams.uniform(stream, i, 0, 1 + 2 * t);
        long bits = RandomStreams.bits(stream, i, 0, 2 + 2 * t) >>> 1;
        int lo;
        int hi;
        if (u < inter) {
            lo = 0;
            hi = pop.built;
        } else if (u < inter + distant) {
            int pr = pop.province[i];
            lo = provStart[pr];
            hi = provStart[pr + 1];
        } else {
            lo = block.start();
            hi = block.end();
        }
        int j = -1;
        if (hi - lo >= 2) {
            j = lo + (int) (bits % (hi - lo - 1));
            if (j >= i) {
                j++;
            }
            if (j >= hi) {
                j = -1;
            }
        }
        return j;
    }
}
