package org.corvee.model;

import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.world.PersonFlags;

/**
 * The month's weddings (X1 marriage, {@link Marriages}): each couple founds a household or the
 * bride joins the groom's, both marked married. The bride's and the groom's households and their
 * sizes come read (on the workers, with the picking: {@link MarriagePicks}). Made in three passes,
 * with the result of the serial loop over the couples in their order (province by province, pair
 * by pair):
 * <ol>
 * <li>on one thread (a worker's or the caller's, while no other touches households: {@link #plan}),
 * in the couples' order: the draw of a new household (keyed by groom
 * and month), the household each couple lives in, the ids founded and left empty, the count of
 * occupied households ({@link WeddingHomes});</li>
 * <li>on the workers, province by province ({@link ProvinceGroups}), each province's couples in
 * their order, in batches whose lines are loaded first ({@link WeddingLoads}): the moves through
 * the member lists ({@link Households#unlink}, {@link Households#link}), the family watch settled
 * and joined ({@link WatchLedger#leaving}, {@link WatchLedger#joined}), the marks, the households'
 * youngest ({@link FamilyTies#left}, {@link FamilyTies#born}): all of it the couple's rows and their
 * households', and a household lives in one province;</li>
 * <li>on the calling thread, in the couples' order: the joins of the few couples that found a
 * household another province's wedding left empty this month ({@link WeddingHomes}), after the
 * workers are done with it.</li>
 * </ol>
 */
final class Weddings {
    private static final long[] NO_COUNTERS = new long[0];
    private final ProvinceGroups groups = new ProvinceGroups();
    private final WeddingHomes homes = new WeddingHomes();
    private int n;
    private int[] brides = new int[0];
    private int[] grooms = new int[0];
    private byte[] province = new byte[0];
    private int[] brideHome = new int[0];
    private int[] groomHome = new int[0];
    private int[] brideSize = new int[0];
    private int[] groomSize = new int[0];
    private boolean[] newHome = new boolean[0];
    private int[] home = new int[0];
    private boolean[] late = new boolean[0];
    /** Sinks for the loads of {@link WeddingLoads}, one per province (so the compiler keeps them); meaningless. */
    private final long[] loaded = new long[ProvinceGroups.PROVINCES];

    /** Forgets last month's couples. */
    void clear() {
        n = 0;
    }

    /**
     * Rows {@code bride} and {@code groom} of province {@code pr} marry, after the couples added
     * before; couples are added province by province (a province's couples are consecutive).
     * {@code brideHome}, {@code groomHome}: their households now, of sizes {@code brideSize},
     * {@code groomSize} (read by the caller on the workers, before any of the month's weddings).
     */
    void add(int bride, int groom, int pr, int brideHome, int groomHome, int brideSize, int groomSize) {
        if (n > 0 && pr < province[n - 1]) {
            throw new IllegalArgumentException("couples are added province by province: " + pr + " after "
                    + province[n - 1]);
        }
        if (n == brides.length) {
            grow(Math.max(64, 2 * n));
        }
        brides[n] = bride;
        grooms[n] = groom;
        province[n] = (byte) pr;
        this.brideHome[n] = brideHome;
        this.groomHome[n] = groomHome;
        this.brideSize[n] = brideSize;
        this.groomSize[n] = groomSize;
        n++;
    }

    /** Couples added this month. */
    int size() {
        return n;
    }

    /**
     * Marries the couples added, in month {@code m} (draws on {@code stream}): each founds a new
     * household with probability {@code newHomeShare}; {@code families} and {@code watch} may be null.
     */
    void make(ParallelRanges ranges, Population pop, FamilyTies families, WatchLedger watch, long stream, int m,
              double newHomeShare) {
        plan(pop, families, watch, stream, m, newHomeShare);
        make(ranges, pop, families, watch);
    }

    /**
     * The first pass of {@link #make}: the draws of a new household and the households planned
     * ({@link WeddingHomes}), on one thread. It reads and writes only the couples, the household
     * ids and counts, and the cover of {@code families} and {@code watch}: a caller may run it on
     * a worker beside other work that touches none of them (the marriages' removals from their
     * lists), then {@link #make(ParallelRanges, Population, FamilyTies, WatchLedger)}.
     */
    void plan(Population pop, FamilyTies families, WatchLedger watch, long stream, int m, double newHomeShare) {
        groups.of(province, n);
        if (n == 0) {
            return;
        }
        for (int k = 0; k < n; k++) {
            newHome[k] = RandomStreams.uniform(stream, grooms[k], m, -1) < newHomeShare;
        }
        Households members = pop.households;
        homes.plan(members, n, province, brideHome, groomHome, brideSize, groomSize, newHome, home, late);
        // no household cell array grows on a worker
        if (families != null) {
            families.cover(members.count());
        }
        if (watch != null) {
            watch.cover(members.count());
        }
    }

    /** The second and third passes of {@link #make}, after {@link #plan}: the moves on the workers, then the late joins. */
    void make(ParallelRanges ranges, Population pop, FamilyTies families, WatchLedger watch) {
        if (n == 0) {
            return;
        }
        ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) -> {
            int pr = groups.group(chunk);
            int[] chains = new int[2 * WeddingLoads.BATCH];
            for (int j = groups.from(pr); j < groups.to(pr); j += WeddingLoads.BATCH) {
                int b = Math.min(WeddingLoads.BATCH, groups.to(pr) - j);
                int first = groups.position(j); // a province's couples are consecutive
                loaded[pr] += WeddingLoads.of(pop, families, watch, brides, grooms, home, first, first + b, chains);
                for (int k = first; k < first + b; k++) {
                    wed(pop, families, watch, k);
                }
            }
        });
        for (int k = 0; k < n; k++) {
            if (late[k]) {
                join(pop, families, watch, k);
            }
        }
    }

    /** Couples this month whose joins waited for the workers ({@link WeddingHomes}; for tests). */
    int late() {
        int late = 0;
        for (int k = 0; k < n; k++) {
            late += this.late[k] ? 1 : 0;
        }
        return late;
    }

    /** Counts the couples by province into {@code c} at {@code base} + the province. */
    void countInto(long[] c, int base) {
        groups.countInto(c, base);
    }

    /**
     * Couple k marries as the serial loop married it: the groom (if they found a household) and the
     * bride leave their households and join the couple's, each settled with the family watch before
     * and joined to it after; the households' youngest told of each leave, then of each join. A
     * late couple's joins wait ({@link #join}).
     */
    private void wed(Population pop, FamilyTies families, WatchLedger watch, int k) {
        Households members = pop.households;
        int bride = brides[k];
        int groom = grooms[k];
        int h = home[k];
        boolean founds = newHome[k];
        boolean joins = !late[k];
        if (founds) {
            leave(members, watch, groom);
            if (joins) {
                enter(members, watch, groom, h);
            }
        }
        leave(members, watch, bride);
        if (joins) {
            enter(members, watch, bride, h);
        }
        pop.flags[bride] |= PersonFlags.MARRIED;
        pop.flags[groom] |= PersonFlags.MARRIED;
        if (families != null) {
            // the youngest is a maximum: a household is walked only if its youngest changes
            if (founds) {
                families.left(pop, groomHome[k], pop.birth[groom]);
            }
            families.left(pop, brideHome[k], pop.birth[bride]);
            if (joins) {
                if (founds) {
                    families.born(pop, groom);
                }
                families.born(pop, bride);
            }
        }
    }

    /** The joins of late couple k (it founded household home[k]; the leaves were made on the workers). */
    private void join(Population pop, FamilyTies families, WatchLedger watch, int k) {
        Households members = pop.households;
        int bride = brides[k];
        int groom = grooms[k];
        enter(members, watch, groom, home[k]);
        enter(members, watch, bride, home[k]);
        if (families != null) {
            families.born(pop, groom);
            families.born(pop, bride);
        }
    }

    /** Row i leaves its household's member list, its family watch settled first. */
    private static void leave(Households members, WatchLedger watch, int i) {
        if (watch != null) {
            watch.leaving(i);
        }
        members.unlink(i);
    }

    /** Row i joins household h's member list, then the family watch of h. */
    private static void enter(Households members, WatchLedger watch, int i, int h) {
        members.link(i, h);
        if (watch != null) {
            watch.joined(i);
        }
    }

    private void grow(int size) {
        brides = java.util.Arrays.copyOf(brides, size);
        grooms = java.util.Arrays.copyOf(grooms, size);
        province = java.util.Arrays.copyOf(province, size);
        brideHome = java.util.Arrays.copyOf(brideHome, size);
        groomHome = java.util.Arrays.copyOf(groomHome, size);
        brideSize = java.util.Arrays.copyOf(brideSize, size);
        groomSize = java.util.Arrays.copyOf(groomSize, size);
        newHome = new boolean[size];
        home = new int[size];
        late = new boolean[size];
    }
}
