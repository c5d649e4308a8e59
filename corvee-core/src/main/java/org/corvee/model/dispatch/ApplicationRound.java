package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Metric;
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
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.state.World;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * One month's application round ({@link ApplicationPhase}): the month's rules, read once, and
 * the passes over one chunk of rows ({@link #run}), which the phase runs on every chunk in
 * parallel.
 *
 * <p>Each pass is a method of its own, so that the JIT compiles each loop alone, and after a
 * deoptimisation compiles again only the loop that needs it, not the chunk's whole body with
 * every loop and the decision inlined into it (the largest compilations of a fresh run).
 */
final class ApplicationRound {
    /** Rows of a chunk's round visited per block of pass 1 (tens of KiB of each column it streams: in L2). */
    static final int BLOCK = 2048;
    private final World world;
    private final Population pop;
    private final DispatchState state;
    private final StepContext ctx;
    private final int m;
    private final int round;
    private final long stream;
    private final FamilyTies families;
    private final WatchLedger watch;
    private final float keep;
    private final double bribe;
    private final double borrow;
    private final ApplicationDecision decision;
    private final double applyMax;
    private final int youngBorn;
    private final int capital = Province.PYONGYANG.ordinal();
    /** Home income per province × urban (pr * 2 + urban). */
    private final double[] income;
    /** Age bounds as birth-column values: eligible if oldest ≤ birth ≤ youngest. */
    private final int youngest;
    private final int oldest;
    private final int childGap;
    private final boolean needChild;
    private final int mustBeMarried;
    private final int barFlag;
    /** Per songbun byte: -1 if the class may not apply, else 0 (a branch-free test in pass 1). */
    private final int[] barred = new int[256];
    private final int consideredBase;
    private final int unaffordableBase;
    private final Metric applicants;
    /** Per chunk scratch, owned by the phase (see {@link ApplicationPhase}). */
    private final IntList[] candidatesByChunk;
    private final IntList[] atRiskByChunk;
    private final long[] touchedBits;
    private final int[][] keptByChunk;
    private final int[][] traitsByChunk;
    /** This month's fading of confidence from each base month ({@link org.corvee.model.people.HomeMemory#confidenceFades}). */
    private final double[] fades;
    /** The candidates this month's decision surely refuses, told apart cheaply. */
    private final SureRefusal refusals;

    ApplicationRound(World world, DispatchMetrics metrics, StepContext ctx, IntList[] candidatesByChunk,
                     IntList[] atRiskByChunk, long[] touchedBits, int[][] keptByChunk, int[][] traitsByChunk) {
        this.world = world;
        this.pop = world.population();
        this.state = world.dispatch();
        this.ctx = ctx;
        this.candidatesByChunk = candidatesByChunk;
        this.atRiskByChunk = atRiskByChunk;
        this.touchedBits = touchedBits;
        this.keptByChunk = keptByChunk;
        this.traitsByChunk = traitsByChunk;
        Parameters p = world.parameters();
        m = ctx.month();
        int now = ctx.clock().absolute(m);
        int minAge = p.getInt(DispatchKeys.MIN_AGE);
        int maxAge = p.getInt(DispatchKeys.MAX_AGE);
        int contract = p.getInt(DispatchKeys.CONTRACT_MONTHS) + state.response.contractBonus();
        boolean gate = p.on(MechanismKeys.OD3_SELECTION_GATE);
        boolean barDefectors = gate && p.on(DispatchKeys.BAR_DEFECTOR_FAMILIES);
        needChild = gate && p.on(DispatchKeys.REQUIRE_CHILDREN_LEFT_BEHIND);
        // With X1 marriage the rule reads a real marriage: married, with a child at home.
        mustBeMarried = needChild && p.on(MechanismKeys.X1_MARRIAGE) ? PersonFlags.MARRIED : 0;
        barFlag = barDefectors ? PersonFlags.DEFECTOR_FAMILY : 0;
        if (state.families == null) {
            state.families = new FamilyTies(pop);
        }
        families = state.families;
        watch = state.watch;
        keep = (float) (1 - p.get(GuiltKeys.RISK_DECAY));
        double years = world.years(m);
        bribe = Bribe.at(p, years);
        borrow = p.get(DispatchKeys.BORROW_ACCESS);
        decision = new ApplicationDecision(p, bribe, contract);
        applyMax = decision.applyMax();
        SelectionWeight rules = new SelectionWeight(p, state.response.songbunThreshold(p));
        HomeIncome incomes = new HomeIncome(p);
        // A child under young_child_age: born after this birth-column value.
        youngBorn = now - p.getInt(DecisionKeys.YOUNG_CHILD_AGE) * 12 - Population.BIRTH_BASE;
        int provinces = Province.values().length;
        income = new double[provinces * 2];
        for (int pr = 0; pr < provinces; pr++) {
            income[pr * 2] = incomes.monthly(pr, 0, years);
            income[pr * 2 + 1] = incomes.monthly(pr, 1, years);
        }
        refusals = new SureRefusal(decision, income);
        // Birth bounds: age in [minAge, maxAge] ⇔ birth in (now − (maxAge+1)·12, now − minAge·12].
        youngest = now - minAge * 12 - Population.BIRTH_BASE;
        oldest = now - (maxAge + 1) * 12 - Population.BIRTH_BASE + 1;
        childGap = p.getInt(DispatchKeys.CHILD_MIN_GAP) * 12;
        round = ctx.clock().calendarMonth(m) - 1;
        stream = ctx.random().stream("apply");
        consideredBase = metrics.considered.base();
        unaffordableBase = metrics.unaffordable.base();
        applicants = metrics.applicants;
        fades = pop.memory.confidenceFades();
        for (int s = 0; s < barred.length; s++) {
            barred[s] = rules.eligible((byte) s) ? 0 : -1;
        }
    }

    /** The round over the rows [from, to) of chunk {@code chunk}, counting into {@code c}. */
    void run(int chunk, int from, int to, long[] c) {
        IntList list = state.applicantsByChunk[chunk];
        list.clear();
        IntList candidates = candidatesByChunk[chunk];
        candidates.clear();
        IntList atRisk = atRiskByChunk[chunk];
        atRisk.clear();
        int first = from + Math.floorMod(round - from, 12);
        ctx.touched(first < to ? (to - first + 11) / 12 : 0);
        // Pass 1, a block of rows at a time: who is eligible (counted) and drawn below apply_max
        // (a candidate). Every column read here is streamed whole (12 rows apart is less than a
        // cache line); the eligibility tests are one mask without a branch on the values, so the
        // loads of a whole block are in flight together (branching on each test, about half of
        // them unpredictable, let the processor wait for one row's lines at a time); the count
        // and the draw then run on the block's eligible rows, in row order.
        int[] kept = keptByChunk[chunk];
        int[] traits = traitsByChunk[chunk];
        for (int start = first; start < to; start += 12 * BLOCK) {
            int end = Math.min(to, start + 12 * BLOCK);
            int considered = eligible(start, end, kept, traits);
            draw(kept, traits, considered, c, atRisk, candidates);
        }
        // Pass 1b: the considered rows at risk have their family watch settled and their risk
        // decayed (row-local; nothing in pass 1 reads the risk). Apart from the scan, the
        // scattered loads of one row's settlement overlap those of the next instead of
        // stalling the scan one row at a time.
        // The household ids first: the settlement reads the household's tally at the id.
        long loaded = watch != null ? RowLoads.of(atRisk, 0, atRisk.size(), pop.household) : 0;
        loaded += loadSettlements(atRisk);
        settle(atRisk);
        // Pass 2: load the candidates' rows. Each candidate is some 40 rows from the next, so
        // every column the decision reads is a cache miss; in this short loop the misses of
        // many candidates are in flight at once, where the decision's long body lets the
        // processor wait for them one candidate at a time.
        touchedBits[chunk] = loaded + touch(candidates);
        // Pass 3: the decision, on rows now in cache.
        decide(candidates, c, list);
    }

    /**
     * Pass 1's test: the eligible rows of this round in [start, end) (every 12th row from
     * {@code start}) go to {@code kept} in row order, and beside each in {@code traits} what the
     * draw reads of it (province and flags, {@link #traits}); returns how many.
     */
    private int eligible(int start, int end, int[] kept, int[] traits) {
        byte[] status = pop.status;
        byte[] posting = pop.posting;
        short[] birth = pop.birth;
        byte[] songbun = pop.songbun;
        byte[] flags = pop.flags;
        byte[] province = pop.province;
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
            traits[considered] = traits(province[i], f);
            considered += 1 + (fails >> 31);
        }
        return considered;
    }

    /**
     * What the draw reads of a row, taken in pass 1's scan where the row's lines stream in (read
     * in the draw, a twelfth of the province column's lines came one miss at a time): the
     * province, and the flags above it.
     */
    private static int traits(byte province, int flags) {
        return province | flags << 8;
    }

    /**
     * Pass 1's count and draw on the first {@code considered} rows of {@code kept} (their
     * {@code traits} beside them): each is counted as considered, those marked at risk go to
     * {@code atRisk}, those drawn below apply_max to {@code candidates}. Each row is written at
     * the end of both lists, which then grow by one only if it belongs there: no branch on the
     * flag or the draw (the draw is below apply_max at random, a third of the time).
     */
    private void draw(int[] kept, int[] traits, int considered, long[] c, IntList atRisk, IntList candidates) {
        int risky = atRisk.size();
        int drawn = candidates.size();
        atRisk.setSize(risky + considered);
        candidates.setSize(drawn + considered);
        for (int k = 0; k < considered; k++) {
            int i = kept[k];
            int t = traits[k];
            c[consideredBase + (t & 0xFF)]++;
            // Risk decays only at rounds where the person is considered, and only rows marked
            // AT_RISK can hold any: the risk column is read for those rows alone, after this pass.
            atRisk.set(risky, i);
            risky += (t >> 8 & PersonFlags.AT_RISK) / PersonFlags.AT_RISK;
            // prob never exceeds applyMax, so a draw at or above it rejects without the decision.
            candidates.set(drawn, i);
            drawn += RandomStreams.uniform(stream, i, m, 0) < applyMax ? 1 : 0;
        }
        atRisk.truncate(risky);
        candidates.truncate(drawn);
    }

    /**
     * Reads what {@link #settle} reads at each row of {@code atRisk} (the watch's mark and
     * household tally, the risk) in a loop without a branch on the values, so that the misses
     * of many rows are in flight together; the settlement's branches (nothing due, a risk of 0)
     * would otherwise let the processor wait for one row's lines at a time. Returns a mix.
     */
    private long loadSettlements(IntList atRisk) {
        float[] risk = pop.risk;
        long bits = 0;
        for (int k = 0; k < atRisk.size(); k++) {
            int i = atRisk.get(k);
            bits += (watch != null ? watch.load(i) : 0) + Float.floatToRawIntBits(risk[i]);
        }
        return bits;
    }

    /** Pass 1b: each row of {@code atRisk} has its family watch settled and its risk decayed. */
    private void settle(IntList atRisk) {
        float[] risk = pop.risk;
        for (int k = 0; k < atRisk.size(); k++) {
            int i = atRisk.get(k);
            if (watch != null) {
                watch.settleAtHome(i); // the months of family watch not yet added
            }
            if (risk[i] > 0) {
                risk[i] *= keep;
            }
        }
    }

    /**
     * Reads every column the decision will read at each candidate's row and returns a mix of the
     * bits (meaningless; it only makes the loads count). Nothing is written.
     */
    private long touch(IntList candidates) {
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

    /** Pass 3: the decision of each candidate; the applicants go to {@code list}. */
    private void decide(IntList candidates, long[] c, IntList list) {
        byte[] status = pop.status;
        byte[] songbun = pop.songbun;
        byte[] flags = pop.flags;
        float[] risk = pop.risk;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            double draw = RandomStreams.uniform(stream, i, m, 0);
            int pr = pop.province[i];
            float r = (flags[i] & PersonFlags.AT_RISK) != 0 ? risk[i] : 0;
            double confidence = pop.memory.confidence(pop, i, fades);
            double ce = decision.certainPay(pop.belief[i], confidence);
            double iota = decision.bribeShare(confidence, pop.heard[i] >= 0);
            double savings = pop.savings[i];
            int members = families.others(pop, i);
            boolean atCapital = pr == capital;
            boolean youngChild = families.youngChild(pop, i, childGap, youngBorn);
            int home = pr * 2 + pop.urban[i];
            // Refused whatever the bribe's interest (exactly the decision's outcome): most refusals
            // are settled so, without the power and the probability's logarithm and exponential.
            if (refusals.refuses(draw, decision.ceiling(ce, iota, savings, r, members, atCapital, youngChild), home)) {
                continue;
            }
            double net = decision.netOfCost(ce, iota, decision.bribeCost(savings, ce), r, members, atCapital,
                    youngChild);
            double prob = decision.probability(net, income[home]);
            if (draw >= prob) {
                continue;
            }
            if (savings < bribe && RandomStreams.uniform(stream, i, m, 1) >= borrow) {
                c[unaffordableBase + pr]++;
                continue;
            }
            status[i] = Status.APPLICANT;
            world.census().moved(i, Status.HOME);
            list.add(i);
            c[applicants.at(pr, songbun[i])]++;
        }
    }
}
