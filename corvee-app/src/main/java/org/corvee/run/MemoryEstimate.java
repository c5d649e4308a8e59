package org.corvee.run;

import org.corvee.model.params.NetworkKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PopulationKeys;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.people.PopulationBuilder;
import org.corvee.model.people.SpareRows;
import org.corvee.model.world.Province;

/**
 * What a scenario needs in heap before anything is allocated, so a run that cannot fit is
 * refused at once instead of failing with OutOfMemoryError after minutes of building.
 *
 * <p>The peak is while the network is built: the person table (every column, plus the
 * household index), a degree count per person, the CSR arrays (offsets, and two ints per tie)
 * and the ties whose ends lie in two threads' parts of the rows, handed over between them (at
 * most the ties drawn to anyone in the province or the country, two ints each, in lists up to
 * twice their size). Ties are the expected number from the degree parameters. A margin covers
 * the monthly lists, the series and the collector's headroom.
 */
public final class MemoryEstimate {
    /** Fixed bytes for the JVM's own use of the heap, classes and the run's small tables. */
    static final long FIXED = 64L << 20;
    /** Headroom factor for the collector (large arrays need contiguous free old-generation space). */
    static final double HEADROOM = 1.15;

    private final Parameters p;

    public MemoryEstimate(Parameters p) {
        this.p = p;
    }

    /** Estimated peak heap bytes of the scenario at scale {@code scale}. */
    public long bytesAt(double scale) {
        double agents = PopulationBuilder.agentsFor(scale);
        double households = agents / Math.max(1.0, p.get(PopulationKeys.HOUSEHOLD_SIZE) - 0.5);
        double ties = agents * meanHalfDegree();
        // Spare rows for births (X1 fertility) hold every column and an empty tie list.
        double rows = agents + SpareRows.of(p, (long) agents);
        double table = rows * Population.bytesPerPerson() + Households.bytes((long) rows, (long) households)
                + 4 * (rows - agents);
        double degrees = 4 * agents;
        double csr = 4 * rows + 8 * ties;
        double crossing = 16 * ties * (p.get(NetworkKeys.DISTANT_SHARE) + p.get(NetworkKeys.INTERPROVINCE_SHARE));
        double peak = table + degrees + csr + crossing;
        return (long) (peak * HEADROOM) + FIXED;
    }

    /** Estimated peak heap bytes at the scenario's own scale. */
    public long bytes() {
        return bytesAt(p.get(RunKeys.SCALE));
    }

    /** The largest scale (two significant digits, rounded down) whose estimate fits in {@code maxHeap}; 0 if none. */
    public double largestScale(long maxHeap) {
        double perScale = bytesAt(1.0) - FIXED;
        double s = (maxHeap - FIXED) / perScale;
        if (s <= 0) {
            return 0;
        }
        if (s >= 1) {
            return 1;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(s)) - 1);
        double r = Math.floor(s / unit) * unit;
        while (r > 0 && bytesAt(r) > maxHeap) {
            r -= unit;
        }
        return Math.max(0, r);
    }

    /** Mean number of ties a person starts (half the mean degree), from the degree parameters. */
    private double meanHalfDegree() {
        double capital = Province.PYONGYANG.census2008();
        double rest = Province.CENSUS_TOTAL - capital;
        double urbanRest = Math.max(0, Math.min(1, (p.get(PopulationKeys.URBAN_SHARE) * Province.CENSUS_TOTAL
                - p.get(PopulationKeys.CAPITAL_URBAN_SHARE) * capital) / rest));
        double mean = (capital * p.get(NetworkKeys.CAPITAL_DEGREE)
                + rest * (urbanRest * p.get(NetworkKeys.URBAN_DEGREE) + (1 - urbanRest) * p.get(NetworkKeys.RURAL_DEGREE)))
                / Province.CENSUS_TOTAL;
        // Each person starts ceil or floor of half their degree; +0.5 bounds the rounding up.
        return mean / 2 + 0.5;
    }
}
