package org.corvee.model;

import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.scenario.Parameters;

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
 * <p>Two passes regenerate the same ties from the counter-based stream (count, then fill), so
 * no edge list is ever materialised: memory is exactly the CSR arrays.
 */
public final class NetworkBuilder {
    private final Parameters p;
    private final RandomStreams random;

    public NetworkBuilder(Parameters p, RandomStreams random) {
        this.p = p;
        this.random = random;
    }

    /** Builds the network for {@code pop}. */
    public SocialNetwork build(Population pop) {
        int n = pop.size;
        int[] provStart = new int[Province.values().length + 1];
        int[] blockStart = new int[n];
        int[] blockEnd = new int[n];
        blocks(pop, provStart, blockStart, blockEnd);
        long stream = random.stream("network");
        int[] deg = new int[n + 1];
        generate(pop, stream, provStart, blockStart, blockEnd, deg, null, null);
        int[] offsets = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = (int) total;
            total += deg[i];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("network too large for int offsets: " + total);
        }
        offsets[n] = (int) total;
        int[] targets = new int[(int) total];
        int[] fill = new int[n];
        generate(pop, stream, provStart, blockStart, blockEnd, fill, offsets, targets);
        return new SocialNetwork(offsets, targets);
    }

    private void blocks(Population pop, int[] provStart, int[] blockStart, int[] blockEnd) {
        int capitalBlock = p.getInt("network.capital_neighbourhood");
        int block = p.getInt("network.neighbourhood");
        int n = pop.size;
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

    private void generate(Population pop, long stream, int[] provStart, int[] blockStart, int[] blockEnd,
                          int[] counts, int[] offsets, int[] targets) {
        double capital = p.get("network.capital_degree") / 2.0;
        double urban = p.get("network.urban_degree") / 2.0;
        double rural = p.get("network.rural_degree") / 2.0;
        double distant = p.get("network.distant_share");
        double inter = p.get("network.interprovince_share");
        int n = pop.size;
        for (int i = 0; i < n; i++) {
            int pr = pop.province[i];
            double half = pr == Province.PYONGYANG.ordinal() ? capital : pop.urban[i] == 1 ? urban : rural;
            int k = (int) half;
            if (RandomStreams.uniform(stream, i, 0, 0) < half - k) {
                k++;
            }
            for (int t = 0; t < k; t++) {
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
                if (hi - lo < 2) {
                    continue;
                }
                int j = lo + (int) (bits % (hi - lo - 1));
                if (j >= i) {
                    j++;
                }
                if (j >= hi) {
                    continue;
                }
                if (targets == null) {
                    counts[i]++;
                    counts[j]++;
                } else {
                    targets[offsets[i] + counts[i]++] = j;
                    targets[offsets[j] + counts[j]++] = i;
                }
            }
        }
    }
}
