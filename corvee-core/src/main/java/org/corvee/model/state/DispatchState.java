package org.corvee.model.state;

import org.corvee.engine.IntList;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Population;
import org.corvee.model.policy.StateResponse;
import org.corvee.model.world.Destination;
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

    /** Drops from the abroad list everyone no longer abroad (dead, defected, recalled), keeping order. */
    public void compactAbroad(Population pop) {
        int kept = 0;
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] == Status.ABROAD) {
                abroad.set(kept++, i);
            }
        }
        abroad.truncate(kept);
    }

    private static double[] full(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1.0);
        return d;
    }
}
