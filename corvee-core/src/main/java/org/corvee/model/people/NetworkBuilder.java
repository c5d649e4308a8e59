package org.corvee.model.people;

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
 * <p>Each initiated tie is drawn once, in parallel, into a temporary edge list (one int per
 * initiated tie, the other end, plus per-person offsets); two passes over it then count and
 * place both ends in initiator order, each thread the ends in its own part of the rows. Peak memory is therefore the CSR arrays plus
 * that temporary list (about half the CSR target array), which is dropped on return.
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
     * <p>The costly part, drawing each person's ties, runs in parallel: each person's own draws
     * go to their slots of a temporary array (own CSR by initiator). Two passes then count and
     * place both ends of each tie in initiator order, exactly as one sequential pass would: each
     * thread reads every tie but writes only the ends in its own part of the rows, so each
     * person's neighbour order is the same on any thread count.
     */
    public SocialNetwork build(Population pop, ParallelRanges ranges) {
        // Ties among the persons built; the spare rows for births (X1 fertility) have none.
        int n = pop.built;
        long stream = random.stream("network");
        // Ties each person starts (k_i), then their other ends (-1 where the draw is dropped).
        int[] initiated = new int[n + 1];
        ranges.run(n, NO_COUNTERS, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                initiated[i] = initiatedBy(pop, stream, i);
            }
        });
        long own = 0;
        for (int i = 0; i < n; i++) {
            int k = initiated[i];
            initiated[i] = (int) own;
            own += k;
        }
        if (own > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("network too large for int offsets: " + own);
        }
        initiated[n] = (int) own;
        int[] other = drawAllTies(pop, ranges, stream, initiated);
        int[] deg = new int[n];
        // Both passes below scan every tie in initiator order; each part of the person range
        // counts and places only the ends that fall in it, so every person's list is filled in
        // the same order as by one sequential pass, whatever the number of parts.
        ranges.split(n, (part, from, to, c) -> {
            for (int i = 0; i < n; i++) {
                boolean mine = i >= from && i < to;
                for (int e = initiated[i]; e < initiated[i + 1]; e++) {
                    int j = other[e];
                    if (j >= 0) {
                        if (mine) {
                            deg[i]++;
                        }
                        if (j >= from && j < to) {
                            deg[j]++;
                        }
                    }
                }
            }
        });
        int[] offsets = new int[pop.size + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = (int) total;
            total += deg[i];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("network too large for int offsets: " + total);
        }
        java.util.Arrays.fill(offsets, n, pop.size + 1, (int) total);
        int[] targets = new int[(int) total];
        int[] fill = deg;
        java.util.Arrays.fill(fill, 0);
        ranges.split(n, (part, from, to, c) -> {
            for (int i = 0; i < n; i++) {
                boolean mine = i >= from && i < to;
                for (int e = initiated[i]; e < initiated[i + 1]; e++) {
                    int j = other[e];
                    if (j >= 0) {
                        if (mine) {
                            targets[offsets[i] + fill[i]++] = j;
                        }
                        if (j >= from && j < to) {
                            targets[offsets[j] + fill[j]++] = i;
                        }
                    }
                }
            }
        });
        return new SocialNetwork(offsets, targets);
    }

    private static final long[] NO_COUNTERS = new long[0];

    /** The other end of every initiated tie, in initiator order; the block index is dropped on return. */
    private int[] drawAllTies(Population pop, ParallelRanges ranges, long stream, int[] initiated) {
        int n = pop.built;
        int[] provStart = new int[Province.values().length + 1];
        int[] blockStart = new int[n];
        int[] blockEnd = new int[n];
        blocks(pop, provStart, blockStart, blockEnd);
        int[] other = new int[initiated[n]];
        ranges.run(n, NO_COUNTERS, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                drawTies(pop, stream, provStart, blockStart, blockEnd, i, initiated[i], initiated[i + 1], other);
            }
        });
        return other;
    }

    private void blocks(Population pop, int[] provStart, int[] blockStart, int[] blockEnd) {
        int capitalBlock = p.getInt(NetworkKeys.CAPITAL_NEIGHBOURHOOD);
        int block = p.getInt(NetworkKeys.NEIGHBOURHOOD);
        int n = pop.built;
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
                    for (int k = b; k < e; k++) {
                        blockStart[k] = b;
                        blockEnd[k] = e;
                    }
                    if (e == segEnd) {
                        break;
                    }
                }
            }
        }
        provStart[Province.values().length] = n;
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

    /** Draws the other ends of person i's ties into other[first, end); -1 for a dropped draw. */
    private void drawTies(Population pop, long stream, int[] provStart, int[] blockStart, int[] blockEnd, int i,
                          int first, int end, int[] other) {
        int n = pop.built;
        int pr = pop.province[i];
        for (int t = 0; t < end - first; t++) {
            double u = RandomStreams.uniform(stream, i, 0, 1 + 2 * t);
            long bits = RandomStreams.bits(stream, i, 0, 2 + 2 * t) >>> 1;
            int lo;
            int hi;
            if (u < inter) {
                lo = 0;
                hi = n;
            } else if (u < inter + distant) {
                lo = provStart[pr];
                hi = provStart[pr + 1];
            } else {
                lo = blockStart[i];
                hi = blockEnd[i];
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
            other[first + t] = j;
        }
    }
}
