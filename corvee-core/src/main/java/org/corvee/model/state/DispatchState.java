package org.corvee.model.state;

import org.corvee.engine.IntList;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Population;
import org.corvee.model.policy.StateResponse;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;

/**
 * The short lists the dispatch phases keep so that rare states are never found by scanning
 * the whole population: this month's applicants per chunk, the screening queue, workers
 * abroad and active speakers. Every list is kept in a deterministic order.
 */
public final class DispatchState {
    /** Applicants of this month, one list per chunk, concatenated in chunk order. */
    public IntList[] applicantsByChunk = new IntList[0];
    /** Selected and waiting to depart. */
    public final IntList screening = new IntList();
    /** Working abroad. */
    public final IntList abroad = new IntList();
    /**
     * The site of each worker of {@link #abroad}, at the same position: {@link #site}(destination,
     * worksite). Neither changes while the worker is abroad, so the monthly passes over the list
     * read them here, in list order, instead of at the worker's row (two cache misses fewer per
     * worker and pass at full scale). Changes only with the list: {@link #wentAbroad},
     * {@link #keepAbroad}, {@link #truncateAbroad}. At a position whose
     * worker is no longer abroad (died, defected or home, not yet dropped) it is the last site.
     */
    public final IntList abroadSites = new IntList();
    /**
     * What else stays fixed while each worker of {@link #abroad} is abroad, at the same position:
     * {@link #traits}(province, urban, soldier-labourer). Province and urban change only at birth,
     * and the soldier flag only at selection; read here, in list order, by the passes that would
     * otherwise read those columns at every worker's row. Changes with the list, as {@link #abroadSites}.
     */
    public final IntList abroadTraits = new IntList();
    /**
     * The month each worker of {@link #abroad} is due home ({@link Population#due}), at the same
     * position: read here by the monthly passes (pay and return, host policy); changed only with
     * the row's, by {@link #extendContract}.
     */
    public final IntList abroadDue = new IntList();
    /**
     * True while every worker on {@link #abroad} has {@link Status#ABROAD}: cleared where a worker
     * on the list stops being abroad ({@link #leftAbroad}: the two exits of {@code Homecoming}),
     * set again where the list is compacted. The passes in between then need not read the status
     * column at every worker's row.
     */
    private boolean onlyAbroad = true;
    /** Persons passing on an account: ids. */
    public final IntList speakers = new IntList();
    /** Last month index (inclusive) in which each speaker talks, parallel to {@link #speakers}. */
    public final IntList speakUntil = new IntList();
    /** Screening count per destination (agents). */
    public final int[] screeningByDestination = new int[Destination.values().length];
    /** Workers abroad by destination and contract end, kept where they change (selection's vacancies). */
    public final ContractEnds contractEnds = new ContractEnds();
    /** Abroad count per destination (agents). */
    public final int[] abroadByDestination = new int[Destination.values().length];
    /**
     * Per destination: the share of its slots the host takes this month (OD11), below 1 while a
     * reopened host ramps up; set by {@code HostPolicyPhase}, read by selection.
     */
    public final double[] demand = full(Destination.values().length);
    /** The state's response to revenue shortfalls (OD12). */
    public final StateResponse response = new StateResponse();
    /** Worksites abroad (OD5, OD6). */
    public final Worksites worksites = new Worksites();
    /** Ties formed at worksites and carried home (X2, {@code mechanism.x2_worksite_ties}). */
    public final WorksiteTies worksiteTies = new WorksiteTies();
    /** Youngest member of each household (OD3 "children left behind"); built on first use. */
    public FamilyTies families;
    /** Pending watch additions to the risk of families of workers abroad (OD7); made by the first month of watching. */
    public WatchLedger watch;

    /** A site of {@link #abroadSites}: destination {@code d}'s worksite {@code w} (below 2^15). */
    public static int site(int d, int w) {
        return d << 16 | w;
    }

    /** The destination of a site of {@link #abroadSites}. */
    public static int destinationOf(int site) {
        return site >>> 16;
    }

    /** The worksite of a site of {@link #abroadSites}. */
    public static int worksiteOf(int site) {
        return site & 0xFFFF;
    }

    /** Traits of {@link #abroadTraits}: province {@code province}, {@code urban} (0 or 1), soldier-labourer or not. */
    public static int traits(int province, int urban, boolean soldier) {
        return province | urban << 8 | (soldier ? 1 << 9 : 0);
    }

    /** The province of traits of {@link #abroadTraits}. */
    public static int provinceOf(int traits) {
        return traits & 0xFF;
    }

    /** Urban (1) or not (0), of traits of {@link #abroadTraits}. */
    public static int urbanOf(int traits) {
        return traits >>> 8 & 1;
    }

    /** 1 if traits of {@link #abroadTraits} are a soldier-labourer's ({@link PersonFlags#SOLDIER}), else 0. */
    public static int soldierOf(int traits) {
        return traits >>> 9 & 1;
    }

    /**
     * Person {@code i} has gone abroad (status, destination, worksite and flags set): appended to
     * the list with its site and traits.
     */
    public void wentAbroad(Population pop, int i) {
        wentAbroad(i, site(pop.destination[i], pop.worksite[i]),
                traits(pop.province[i], pop.urban[i], (pop.flags[i] & PersonFlags.SOLDIER) != 0), pop.due[i]);
    }

    /**
     * As {@link #wentAbroad(Population, int)} with the row's {@link #site}, {@link #traits} and due
     * month given (read or set by the caller), so that the append reads no row.
     */
    public void wentAbroad(int i, int site, int traits, int due) {
        abroad.add(i);
        abroadSites.add(site);
        abroadTraits.add(traits);
        abroadDue.add(due);
    }

    /**
     * The worker at list position {@code k} is now due home in month {@code due} (a renewal, an
     * extension, a repatriation): the row, the list and the contract ends change together.
     */
    public void extendContract(Population pop, int k, int due) {
        contractEnds.moved(destinationOf(abroadSites.get(k)), abroadDue.get(k), due);
        pop.due[abroad.get(k)] = (short) due;
        abroadDue.set(k, (short) due);
    }

    /** Moves the worker at list position {@code from} to position {@code to} &le; {@code from} (a compaction in place). */
    public void keepAbroad(int from, int to) {
        abroad.set(to, abroad.get(from));
        abroadSites.set(to, abroadSites.get(from));
        abroadTraits.set(to, abroadTraits.get(from));
        abroadDue.set(to, abroadDue.get(from));
    }

    /** Keeps the first {@code n} workers of the list, every one of them abroad (a compaction's end). */
    public void truncateAbroad(int n) {
        abroad.truncate(n);
        abroadSites.truncate(n);
        abroadTraits.truncate(n);
        abroadDue.truncate(n);
        onlyAbroad = true;
    }

    /** A worker on the list has just stopped being abroad (home, dead or defected); kept on it until compacted. */
    public void leftAbroad() {
        onlyAbroad = false;
    }

    /** True if every worker on {@link #abroad} has {@link Status#ABROAD} (none left since the last compaction). */
    public boolean onlyAbroad() {
        return onlyAbroad;
    }

    private static double[] full(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1.0);
        return d;
    }
}
