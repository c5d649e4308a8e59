package org.corvee.model.state;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.RowLoads;
import org.corvee.model.people.Population;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Status;

/**
 * Worksites abroad (OD5, OD6) as fixed-size containers. Each destination's worksites are
 * numbered from 0; worksite w has sector {@link WorksiteSizes#sectorOf}(d, w) and a capacity in
 * persons fixed when it opens ({@link WorksiteSizes}: a restaurant of a dozen, a garment factory
 * of hundreds, a logging camp). A departing worker takes the first worksite of the host with a
 * free place (first fit); if none has one, a new worksite opens. Occupancy is kept where it
 * changes: {@link #place} counts an arrival and {@link #left} a departure from the host (every
 * way of leaving — return, repatriation, death, defection, recall — goes through one of the two
 * exits of {@code Homecoming}), so departures read no row of the workers abroad.
 * {@link #recount} rebuilds it from the abroad list (tests check the two agree).
 *
 * <p>At run scale s a worksite of c persons holds k = max(1, round(c·s)) agents; each agent
 * there stands for c/k persons, so {@link #persons} never exceeds {@link #capacity}.
 *
 * <p>A worksite also carries a count of consecutive months its wages have been withheld (OD5).
 * Membership is rebuilt from the abroad list when needed ({@link #group}) by a counting sort,
 * so its cost is proportional to the workers abroad, never to the population. Members of a
 * worksite appear in abroad-list order, which is deterministic.
 */
public final class Worksites {
    private final int[][] unpaid = new int[Destination.values().length][];
    private final int[][] capacity = new int[Destination.values().length][];
    private final int[][] slots = new int[Destination.values().length][];
    private final int[][] occupants = new int[Destination.values().length][];
    /** Sector ordinal of each opened worksite, so the monthly passes look it up instead of computing it. */
    private final byte[][] sector = new byte[Destination.values().length][];
    private final int[] opened = new int[Destination.values().length];
    private final int[] firstFree = new int[Destination.values().length];
    private final int[] base = new int[Destination.values().length + 1];
    /**
     * Per destination, the sector ordinals its worksites cycle through ({@link WorksiteSizes#sectorOf}),
     * for a worksite not opened yet: read each month for every worker abroad, where
     * {@code Destination.values()} would copy the array at each call.
     */
    private final byte[][] sectorCycle = new byte[Destination.values().length][];
    private int[] start = new int[1];
    private int[] members = new int[0];
    /** Scratch for {@link #group}: destination << 16 | worksite per list position, −1 if not abroad. */
    private int[] cellOf = new int[0];
    /** Workers per block whose columns {@link #group} loads ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /** What the loads ahead read, kept so that they are not optimised away. */
    private long loaded;

    public Worksites() {
        for (int d = 0; d < unpaid.length; d++) {
            unpaid[d] = new int[8];
            capacity[d] = new int[8];
            slots[d] = new int[8];
            occupants[d] = new int[8];
            sector[d] = new byte[8];
        }
        for (Destination d : Destination.values()) {
            byte[] cycle = new byte[d.sectors().size()];
            for (int w = 0; w < cycle.length; w++) {
                cycle[w] = (byte) WorksiteSizes.sectorOf(d, w).ordinal();
            }
            sectorCycle[d.ordinal()] = cycle;
        }
    }

    /** Consecutive months of withheld wages at worksite {@code w} of destination {@code d}. */
    public int unpaid(int d, int w) {
        return w < unpaid[d].length ? unpaid[d][w] : 0;
    }

    /** Sets the withheld-month count. */
    public void setUnpaid(int d, int w, int months) {
        if (w >= unpaid[d].length) {
            unpaid[d] = Arrays.copyOf(unpaid[d], Math.max(w + 1, unpaid[d].length * 2));
        }
        unpaid[d][w] = months;
    }

    /** Number of worksite indices of {@code d} that may hold state. */
    public int known(int d) {
        return Math.max(unpaid[d].length, opened[d]);
    }

    /** Worksites of {@code d} opened so far. */
    public int opened(int d) {
        return opened[d];
    }

    /** Ordinal of the sector of worksite {@code w} of {@code d} ({@link WorksiteSizes#sectorOf}). */
    public int sector(int d, int w) {
        return w < opened[d] ? sector[d][w] : sectorCycle[d][Math.floorMod(w, sectorCycle[d].length)];
    }

    /** Places at worksite {@code w} of {@code d}, in persons (0 if never opened). */
    public int capacity(int d, int w) {
        return w < opened[d] ? capacity[d][w] : 0;
    }

    /** Places at worksite {@code w} of {@code d}, in agents at the run's scale. */
    public int capacityAgents(int d, int w) {
        return w < opened[d] ? slots[d][w] : 0;
    }

    /** Agents at worksite {@code w} of {@code d} now (arrivals less those who left). */
    public int agents(int d, int w) {
        return w < opened[d] ? occupants[d][w] : 0;
    }

    /** Persons at worksite {@code w} of {@code d}: agents × capacity / agent places; never above capacity. */
    public int persons(int d, int w) {
        return w < opened[d] && slots[d][w] > 0
                ? (int) Math.round((double) occupants[d][w] * capacity[d][w] / slots[d][w]) : 0;
    }

    /** Recounts every worksite's agents from the workers abroad (status ABROAD) of {@code abroad}. */
    public void recount(Population pop, IntList abroad) {
        for (int d = 0; d < occupants.length; d++) {
            Arrays.fill(occupants[d], 0);
            firstFree[d] = 0;
        }
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            int w = pop.worksite[i];
            if (pop.status[i] == Status.ABROAD && w < opened[pop.destination[i]]) {
                occupants[pop.destination[i]][w]++;
            }
        }
    }

    /**
     * A worker at worksite {@code w} of {@code d} leaves the host: the place is free again. The
     * lowest worksite with room is then at most {@code w}, which keeps first fit exact.
     */
    public void left(int d, int w) {
        if (w < opened[d] && occupants[d][w] > 0) {
            occupants[d][w]--;
            firstFree[d] = Math.min(firstFree[d], w);
        }
    }

    /**
     * Gives a worker arriving at destination {@code d} a place: the first worksite with room, or a
     * new one sized by {@code sizes}. Returns the worksite index.
     */
    public int place(Destination d, WorksiteSizes sizes) {
        int x = d.ordinal();
        int w = firstFree[x];
        while (w < opened[x] && occupants[x][w] >= slots[x][w]) {
            w++;
        }
        if (w == opened[x]) {
            if (w >= Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " worksites at " + d.id());
            }
            grow(x, w + 1);
            Sector s = WorksiteSizes.sectorOf(d, w);
            capacity[x][w] = sizes.persons(d, s);
            slots[x][w] = sizes.agents(d, s);
            sector[x][w] = (byte) s.ordinal();
            occupants[x][w] = 0;
            opened[x]++;
        }
        occupants[x][w]++;
        firstFree[x] = w;
        return w;
    }

    private void grow(int d, int n) {
        if (n > capacity[d].length) {
            int len = Math.max(n, capacity[d].length * 2);
            capacity[d] = Arrays.copyOf(capacity[d], len);
            slots[d] = Arrays.copyOf(slots[d], len);
            occupants[d] = Arrays.copyOf(occupants[d], len);
            sector[d] = Arrays.copyOf(sector[d], len);
        }
    }

    /**
     * Groups the workers of {@code abroad} (status ABROAD) by destination and worksite, given at
     * the same positions of {@code sites} ({@link DispatchState#abroadSites}). The status column
     * is read once (into a cell per list position), and not at all if {@code onlyAbroad} (every
     * worker on the list is abroad, {@link DispatchState#onlyAbroad}); the counting sort then
     * reads only the cells.
     */
    public void group(Population pop, IntList abroad, IntList sites, boolean onlyAbroad) {
        int nd = unpaid.length;
        int n = abroad.size();
        if (cellOf.length < n) {
            cellOf = new int[Math.max(n, cellOf.length * 2)];
        }
        int[] width = new int[nd];
        for (int k = 0; k < n; k++) {
            if (!onlyAbroad && k % BLOCK == 0) { // the rows are scattered: load a block's statuses ahead
                loaded += RowLoads.of(abroad, k, Math.min(n, k + BLOCK), pop.status);
            }
            if (onlyAbroad || pop.status[abroad.get(k)] == Status.ABROAD) {
                int site = sites.get(k);
                int d = DispatchState.destinationOf(site);
                int w = DispatchState.worksiteOf(site);
                width[d] = Math.max(width[d], w + 1);
                cellOf[k] = site;
            } else {
                cellOf[k] = -1;
            }
        }
        base[0] = 0;
        for (int d = 0; d < nd; d++) {
            base[d + 1] = base[d] + width[d];
        }
        int cells = base[nd];
        start = new int[cells + 1];
        for (int k = 0; k < n; k++) {
            int x = cellOf[k];
            if (x >= 0) {
                start[base[x >>> 16] + (x & 0xFFFF) + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        members = new int[start[cells]];
        int[] fill = Arrays.copyOf(start, cells);
        for (int k = 0; k < n; k++) {
            int x = cellOf[k];
            if (x >= 0) {
                members[fill[base[x >>> 16] + (x & 0xFFFF)]++] = abroad.get(k);
            }
        }
    }

    /** Worksite indices of {@code d} with members in the last {@link #group}. */
    public int grouped(int d) {
        return base[d + 1] - base[d];
    }

    /** First member slot of worksite {@code w} of {@code d} (into {@link #member}). */
    public int from(int d, int w) {
        return w < grouped(d) ? start[base[d] + w] : 0;
    }

    /** End (exclusive) member slot of worksite {@code w} of {@code d}. */
    public int to(int d, int w) {
        return w < grouped(d) ? start[base[d] + w + 1] : 0;
    }

    /** The person in member slot {@code slot}. */
    public int member(int slot) {
        return members[slot];
    }
}
