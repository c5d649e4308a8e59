package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Metric;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DecisionKeys;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.GuiltKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.HomeIncome;
import org.corvee.model.people.Population;
import org.corvee.model.policy.StateResponse;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.state.World;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * The monthly application decision (OD3 with OD2, OD8, OD9, OD10).
 *
 * <p>Each person reconsiders once a year, in the month given by their row number modulo 12
 * (an application round), so a month touches a twelfth of the rows. An eligible person at
 * home (age band, songbun threshold) weighs what they expect to bring home per month abroad
 * against their home income ({@link ApplicationDecision}: pay with its uncertainty, the bribe
 * and its debt, hardship, perceived risk, the surveillance of the family, a young child left
 * behind) and applies with the probability that rule gives,
 * provided they have the bribe or can borrow it. Perceived risk (OD7) decays by
 * {@code guilt.risk_decay} at each yearly round in which the person is eligible and considered. With {@code mechanism.od3_selection_gate} on,
 * persons from a defector's family ({@code dispatch.bar_defector_families}) and persons who
 * leave no child at home ({@code dispatch.require_children_left_behind}) are not eligible; the
 * songbun threshold is the one in force ({@link StateResponse#songbunThreshold}). The contract
 * length includes the OD12 extension.
 *
 * <p>Parallel over chunks; applicants go to per-chunk lists read by {@link SelectionPhase}.
 */
public final class ApplicationPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    /** Per chunk: the rows drawn below apply_max this month (scratch, reused). */
    private IntList[] candidatesByChunk = new IntList[0];
    /** Per chunk: the considered rows marked AT_RISK this month (scratch, reused). */
    private IntList[] atRiskByChunk = new IntList[0];
    /** Per chunk: what {@link #touch} read, kept so that the loads are not optimised away. */
    private long[] touchedBits = new long[0];
    /** Per chunk: the eligible rows of a block of pass 1, in row order (scratch, reused). */
    private int[][] keptByChunk = new int[0][];
    /** Rows of a chunk's round visited per block of pass 1 (tens of KiB of each column it streams: in L2). */
    private static final int BLOCK = 2048;

    public ApplicationPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "application";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        Parameters p = world.parameters();
        int m = ctx.month();
        int now = ctx.clock().absolute(m);
        int minAge = p.getInt(DispatchKeys.MIN_AGE);
        int maxAge = p.getInt(DispatchKeys.MAX_AGE);
        DispatchState state = world.dispatch();
        int contract = p.getInt(DispatchKeys.CONTRACT_MONTHS) + state.response.contractBonus();
        boolean gate = p.on(MechanismKeys.OD3_SELECTION_GATE);
        boolean barDefectors = gate && p.on(DispatchKeys.BAR_DEFECTOR_FAMILIES);
        boolean needChild = gate && p.on(DispatchKeys.REQUIRE_CHILDREN_LEFT_BEHIND);
        // With X1 marriage the rule reads a real marriage: married, with a child at home.
        int mustBeMarried = needChild && p.on(MechanismKeys.X1_MARRIAGE) ? PersonFlags.MARRIED : 0;
        int barFlag = barDefectors ? PersonFlags.DEFECTOR_FAMILY : 0;
        if (state.families == null) {
            state.families = new FamilyTies(pop);
        }
        FamilyTies families = state.families;
        WatchLedger watch = state.watch;
        float keep = (float) (1 - p.get(GuiltKeys.RISK_DECAY));
        double years = world.years(m);
        double bribe = Bribe.at(p, years);
        double borrow = p.get(DispatchKeys.BORROW_ACCESS);
        ApplicationDecision decision = new ApplicationDecision(p, bribe, contract);
        double applyMax = decision.applyMax();
        SelectionWeight rules = new SelectionWeight(p, state.response.songbunThreshold(p));
        HomeIncome incomes = new HomeIncome(p);
        // A child under young_child_age: born after this birth-column value.
        int youngBorn = now - p.getInt(DecisionKeys.YOUNG_CHILD_AGE) * 12 - Population.BIRTH_BASE;
        int capital = Province.PYONGYANG.ordinal();
        int provinces = Province.values().length;
        double[] income = new double[provinces * 2];
        for (int pr = 0; pr < provinces; pr++) {
            income[pr * 2] = incomes.monthly(pr, 0, years);
            income[pr * 2 + 1] = incomes.monthly(pr, 1, years);
        }
        // Birth bounds: age in [minAge, maxAge] ⇔ birth in (now − (maxAge+1)·12, now − minAge·12].
        int youngest = now - minAge * 12 - Population.BIRTH_BASE;
        int oldest = now - (maxAge + 1) * 12 - Population.BIRTH_BASE + 1;
        int childGap = p.getInt(DispatchKeys.CHILD_MIN_GAP) * 12;
        int round = ctx.clock().calendarMonth(m) - 1;
        long stream = ctx.random().stream("apply");
        int chunks = ParallelRanges.chunks(pop.size);
        if (state.applicantsByChunk.length != chunks) {
            state.applicantsByChunk = new IntList[chunks];
            for (int c = 0; c < chunks; c++) {
                state.applicantsByChunk[c] = new IntList(64);
            }
        }
        int consideredBase = metrics.considered.base();
        int unaffordableBase = metrics.unaffordable.base();
        Metric applicants = metrics.applicants;
        if (candidatesByChunk.length != chunks) {
            candidatesByChunk = new IntList[chunks];
            atRiskByChunk = new IntList[chunks];
            for (int c = 0; c < chunks; c++) {
                candidatesByChunk[c] = new IntList(64);
                atRiskByChunk[c] = new IntList(64);
            }
            touchedBits = new long[chunks];
            keptByChunk = new int[chunks][BLOCK];
        }
        // Per songbun byte: -1 if the class may not apply, else 0 (a branch-free test in pass 1).
        int[] barred = new int[256];
        for (int s = 0; s < barred.length; s++) {
            barred[s] = rules.eligible((byte) s) ? 0 : -1;
        }
        ctx.ranges().run(pop.size, ctx.counters(), (chunk, from, to, c) -> {
            IntList list = state.applicantsByChunk[chunk];
            list.clear();
            IntList candidates = candidatesByChunk[chunk];
            candidates.clear();
            IntList atRisk = atRiskByChunk[chunk];
            atRisk.clear();
            int first = from + Math.floorMod(round - from, 12);
            ctx.touched(first < to ? (to - first + 11) / 12 : 0);
            byte[] status = pop.status;
            byte[] posting = pop.posting;
            short[] birth = pop.birth;
            byte[] songbun = pop.songbun;
            float[] risk = pop.risk;
            byte[] flags = pop.flags;
            // Pass 1, a block of rows at a time: who is eligible (counted) and drawn below apply_max
            // (a candidate). Every column read here is streamed whole (12 rows apart is less than a
            // cache line); the eligibility tests are one mask without a branch on the values, so the
            // loads of a whole block are in flight together (branching on each test, about half of
            // them unpredictable, let the processor wait for one row's lines at a time); the count
            // and the draw then run on the block's eligible rows, in row order.
            int[] kept = keptByChunk[chunk];
            for (int start = first; start < to; start += 12 * BLOCK) {
                int end = Math.min(to, start + 12 * BLOCK);
                int considered = 0;
                for (int i = start; i < end; i += 12) {
                    int b = birth[i];
                    int f = flags[i];
                    // Negative if any test fails (a status is 0..7, so -(s ^ HOME) < 0 unless at home;
                    // a posting is 0..4). Workers on a hardship posting are not released (DP/OD3).
                    int fails = -(status[i] ^ Status.HOME) | (youngest - b) | (b - oldest) | barred[songbun[i] & 0xFF]
                            | -(f & barFlag) | ((posting[i] ^ PostingStatus.ON_SITE) - 1)
                            | -((f & mustBeMarried) ^ mustBeMarried)
                            | (needChild && !families.leavesChild(pop, i, childGap) ? -1 : 0);
                    kept[considered] = i;
                    considered += 1 + (fails >> 31);
                }
                for (int k = 0; k < considered; k++) {
                    int i = kept[k];
                    c[consideredBase + pop.province[i]]++;
                    // Risk decays only at rounds where the person is considered, and only rows marked
                    // AT_RISK can hold any: the risk column is read for those rows alone, after this pass.
                    if ((flags[i] & PersonFlags.AT_RISK) != 0) {
                        atRisk.add(i);
                    }
                    // prob never exceeds applyMax, so a draw at or above it rejects without the decision.
                    if (RandomStreams.uniform(stream, i, m, 0) < applyMax) {
                        candidates.add(i);
                    }
                }
            }
            // Pass 1b: the considered rows at risk have their family watch settled and their risk
            // decayed (row-local; nothing in pass 1 reads the risk). Apart from the scan, the
            // scattered loads of one row's settlement overlap those of the next instead of
            // stalling the scan one row at a time.
            // The household ids first: the settlement reads the household's tally at the id.
            long loaded = watch != null ? RowLoads.of(atRisk, 0, atRisk.size(), pop.household) : 0;
            for (int k = 0; k < atRisk.size(); k++) {
                int i = atRisk.get(k);
                if (watch != null) {
                    watch.settleAtHome(i); // the months of family watch not yet added
                }
                if (risk[i] > 0) {
                    risk[i] *= keep;
                }
            }
            // Pass 2: load the candidates' rows. Each candidate is some 40 rows from the next, so
            // every column the decision reads is a cache miss; in this short loop the misses of
            // many candidates are in flight at once, where the decision's long body lets the
            // processor wait for them one candidate at a time.
            touchedBits[chunk] = loaded + touch(pop, families, candidates);
            // Pass 3: the decision, on rows now in cache.
            for (int k = 0; k < candidates.size(); k++) {
                int i = candidates.get(k);
                double draw = RandomStreams.uniform(stream, i, m, 0);
                int pr = pop.province[i];
                float r = (flags[i] & PersonFlags.AT_RISK) != 0 ? risk[i] : 0;
                double net = decision.net(pop.belief[i], pop.confidenceNow(i), pop.heard[i] >= 0, pop.savings[i],
                        r, families.others(pop, i), pr == capital,
                        families.youngChild(pop, i, childGap, youngBorn));
                double prob = decision.probability(net, income[pr * 2 + pop.urban[i]]);
                if (draw >= prob) {
                    continue;
                }
                if (pop.savings[i] < bribe && RandomStreams.uniform(stream, i, m, 1) >= borrow) {
                    c[unaffordableBase + pr]++;
                    continue;
                }
                status[i] = Status.APPLICANT;
                world.census().moved(i, Status.HOME);
                list.add(i);
                c[applicants.at(pr, songbun[i])]++;
            }
        });
    }

    /**
     * Reads every column the decision will read at each candidate's row and returns a mix of the
     * bits (meaningless; it only makes the loads count). Nothing is written.
     */
    private static long touch(Population pop, FamilyTies families, IntList candidates) {
        // The household ids first: the household's size is read at the id, so in one loop each
        // candidate's pair of misses would come one after the other.
        long bits = RowLoads.of(candidates, 0, candidates.size(), pop.household);
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            // Not the resentment: the decision does not read it.
            bits += Float.floatToRawIntBits(pop.belief[i]) ^ Float.floatToRawIntBits(pop.confidence[i])
                    ^ Float.floatToRawIntBits(pop.savings[i]) ^ pop.settled[i] ^ pop.heard[i] ^ pop.urban[i]
                    ^ pop.province[i] ^ families.others(pop, i);
        }
        return bits;
    }
}
