package org.corvee.model.dispatch;

import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.DecisionKeys;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.GuiltKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;

/**
 * The application decision's trade-offs (OD3 with OD2, OD7, OD8, OD9): what a person expects to
 * bring home per month abroad, against what they earn at home, on a log scale.
 *
 * <p>Functional form (a random-utility logit in the log income ratio: Sjaastad 1962, Harris and
 * Todaro 1970; every coefficient a {@code decision.*} key, marked assumed in the catalogue):
 * <pre>
 *   CE   = E · exp(−uncertainty_weight · (1 − confidence))          certainty equivalent of pay
 *   net  = CE − ι·bribe_cost/A(T) − hardship − risk_weight · risk
 *          − surveillance_weight · watch · members · (T + 1)/2 · (capital factor)
 *          − separation_cost [a child under young_child_age at home]
 *   x    = ln(max(net, 1) / home income)
 *   P    = apply_max / (1 + exp(−(x − ratio_threshold) / ratio_scale))
 * </pre>
 * E is the expected pay from {@link ExpectedPay}. The bribe cost is the bribe plus the interest
 * on the part not covered by savings, repaid from pay ({@code debt_interest} a month for the
 * months repayment takes), spread over the contract by the annuity factor
 * {@code A(T) = (1 − (1 + ρ)^−T)/ρ} with the monthly {@code discount_rate} ρ, so a longer contract
 * does not make the gain grow in proportion. ι is the share of the expectation that does not yet
 * come from returnees' accounts (which already report pay net of the bribe and its debt, see
 * {@link Homecoming}): 1 for a person who never heard one, otherwise approximated by the
 * confidence still missing, {@code (1 − c)/(1 − initial_confidence)}, and the promise part. The
 * surveillance term is the watching the household will bear (OD7, {@link Guilt}): it
 * accumulates each month abroad, so its monthly mean grows with the contract length. Perceived
 * risk and surveillance count only with {@code mechanism.od7_guilt_by_association} on.
 */
public final class ApplicationDecision {
    private final ExpectedPay expected;
    private final double credibility;
    private final double uncertainty;
    private final double hardship;
    private final double riskWeight;
    private final double watchPerMember;
    private final double capitalFactor;
    private final double separation;
    private final double threshold;
    private final double scale;
    private final double applyMax;
    private final double initialConfidence;
    private final double bribe;
    private final double interest;
    private final int contract;
    private final double annuity;
    /**
     * The signs {@link #ceiling} rests on hold for this month's terms, and the probability rises
     * with the net (ratio_scale > 0): true for any sensible parameters.
     */
    private final boolean ceilingHolds;

    /**
     * @param bribe    the bribe in force (USD)
     * @param contract contract length in months, with the OD12 extension
     */
    public ApplicationDecision(Parameters p, double bribe, int contract) {
        expected = new ExpectedPay(p);
        credibility = p.get(BeliefsKeys.PROPAGANDA_CREDIBILITY);
        boolean guilt = p.on(MechanismKeys.OD7_GUILT_BY_ASSOCIATION);
        uncertainty = p.get(DecisionKeys.UNCERTAINTY_WEIGHT);
        hardship = p.get(DispatchKeys.HARDSHIP_COST);
        riskWeight = guilt ? p.get(DecisionKeys.RISK_WEIGHT) : 0;
        watchPerMember = guilt ? p.get(DecisionKeys.SURVEILLANCE_WEIGHT) * p.get(GuiltKeys.WATCH_RISK) * (contract + 1) / 2.0
                : 0;
        capitalFactor = p.get(GuiltKeys.CAPITAL_WATCH_FACTOR);
        separation = p.get(DecisionKeys.SEPARATION_COST);
        threshold = p.get(DecisionKeys.RATIO_THRESHOLD);
        scale = p.get(DecisionKeys.RATIO_SCALE);
        applyMax = p.get(DispatchKeys.APPLY_MAX);
        initialConfidence = p.get(BeliefsKeys.INITIAL_CONFIDENCE);
        this.bribe = bribe;
        this.interest = p.on(MechanismKeys.OD3_SELECTION_GATE) ? p.get(DispatchKeys.DEBT_INTEREST) : 0;
        this.contract = Math.max(1, contract);
        double rho = p.get(DecisionKeys.DISCOUNT_RATE);
        annuity = rho > 0 ? (1 - Math.pow(1 + rho, -this.contract)) / rho : this.contract;
        ceilingHolds = bribe >= 0 && interest >= 0 && annuity > 0 && riskWeight >= 0 && watchPerMember >= 0
                && capitalFactor >= 0 && separation >= 0 && Double.isFinite(hardship) && scale > 0
                && Double.isFinite(1 - initialConfidence);
    }

    /** The highest probability of applying ({@code dispatch.apply_max}). */
    public double applyMax() {
        return applyMax;
    }

    /**
     * Net monthly pay a person expects to bring home abroad, all costs of going deducted (USD).
     *
     * @param belief      belief about pay kept per month abroad
     * @param confidence  confidence in it
     * @param informed    true if the person has heard an account from a returnee
     * @param savings     savings available for the bribe
     * @param risk        perceived risk (OD7), USD per contract month
     * @param members     other household members who would be watched
     * @param capital     true in the capital (watching weighs {@code capital_watch_factor} more)
     * @param youngChild  true if a child under {@code decision.young_child_age} stays at home
     */
    public double net(double belief, double confidence, boolean informed, double savings, double risk,
                      int members, boolean capital, boolean youngChild) {
        return netOfCertain(certainPay(belief, confidence), confidence, informed, savings, risk, members, capital,
                youngChild);
    }

    /** The certainty equivalent of the pay expected abroad (CE above) for a belief and confidence. */
    public double certainPay(double belief, double confidence) {
        double e = expected.expected(belief, confidence);
        return e * Math.exp(-uncertainty * (1 - confidence));
    }

    /**
     * {@link #net} from its certainty equivalent {@code ce} ({@link #certainPay} of the belief and
     * {@code confidence}): the same operations in the same order, so the same double.
     */
    public double netOfCertain(double ce, double confidence, boolean informed, double savings, double risk,
                               int members, boolean capital, boolean youngChild) {
        double promiseShare = credibility * (1 - confidence);
        double impression = informed
                ? Math.min(1, Math.max(0, (1 - confidence) / Math.max(1e-9, 1 - initialConfidence))) : 1;
        double iota = promiseShare + (1 - promiseShare) * impression;
        double watch = watchPerMember * members * (capital ? capitalFactor : 1);
        return ce - iota * bribeCost(savings, ce) / annuity - hardship - riskWeight * risk - watch
                - (youngChild ? separation : 0);
    }

    /**
     * A ceiling on {@link #netOfCertain} whatever the person has heard, saved or left at home:
     * the computed net is never above it (NaN where that is not shown, so that nothing is
     * refused on it). The terms left out only lower the net, and each kept term is a lower bound
     * of its counterpart taken by the same operations: ι ≥ the promise share when that share is
     * in [0, 1] (ι is that share plus a non-negative part), the bribe's cost ≥ the bribe
     * (interest ≥ 0 makes its power ≥ 1), the separation cost ≥ 0. Rounding to nearest is
     * monotone, so each subtraction of a larger (or an extra non-negative) amount rounds to no
     * more, and the computed net is at most the computed ceiling.
     */
    public double ceiling(double ce, double confidence, double savings, double risk, int members, boolean capital) {
        double promiseShare = credibility * (1 - confidence);
        // A NaN saving would make the net NaN, which refuses nobody.
        if (!ceilingHolds || !(promiseShare >= 0 && promiseShare <= 1 && risk >= 0 && members >= 0)
                || Double.isNaN(savings)) {
            return Double.NaN;
        }
        double watch = watchPerMember * members * (capital ? capitalFactor : 1);
        return ce - promiseShare * bribe / annuity - hardship - riskWeight * risk - watch;
    }

    /** The bribe plus interest on its borrowed part, repaid from {@code pay} a month. */
    double bribeCost(double savings, double pay) {
        double loan = Math.max(0, bribe - Math.max(0, savings));
        if (loan == 0 || interest == 0) {
            return bribe;
        }
        double months = Math.min(contract, loan / Math.max(1, pay));
        return bribe + loan * (Math.pow(1 + interest, months) - 1);
    }

    /**
     * The net expectation at which the probability of applying is {@code p} (in (0, apply_max))
     * against {@code homeIncome}: the inverse of {@link #probability}, up to rounding.
     */
    double netAt(double p, double homeIncome) {
        double x = threshold - scale * Math.log(applyMax / p - 1);
        return Math.max(homeIncome, 1) * Math.exp(x);
    }

    /** Probability of applying for a net expectation against a monthly home income. */
    public double probability(double net, double homeIncome) {
        double x = Math.log(Math.max(net, 1) / Math.max(homeIncome, 1));
        return applyMax / (1 + Math.exp(-(x - threshold) / scale));
    }
}
