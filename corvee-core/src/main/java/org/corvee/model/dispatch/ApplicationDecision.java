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
     * The signs {@link #ceiling} rests on hold (debt_interest ≥ 0, a positive annuity), and the
     * probability rises with the net (ratio_scale > 0): true for any sensible parameters.
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
        ceilingHolds = interest >= 0 && annuity > 0 && scale > 0;
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
        double ce = certainPay(belief, confidence);
        return netOfCost(ce, bribeShare(confidence, informed), bribeCost(savings, ce), risk, members, capital,
                youngChild);
    }

    /** The certainty equivalent of the pay expected abroad (CE above) for a belief and confidence. */
    public double certainPay(double belief, double confidence) {
        double e = expected.expected(belief, confidence);
        return e * Math.exp(-uncertainty * (1 - confidence));
    }

    /** ι above: the share of the expectation that bears the bribe's cost. */
    public double bribeShare(double confidence, boolean informed) {
        double promiseShare = credibility * (1 - confidence);
        double impression = informed
                ? Math.min(1, Math.max(0, (1 - confidence) / Math.max(1e-9, 1 - initialConfidence))) : 1;
        return promiseShare + (1 - promiseShare) * impression;
    }

    /**
     * The net from its parts: certainty equivalent {@code ce} ({@link #certainPay}), share
     * {@code iota} ({@link #bribeShare}) and the bribe's cost {@code cost} ({@link #bribeCost});
     * the other arguments as for {@link #net}. With the bribe's full cost it is {@link #net}, the
     * same operations in the same order; with the bribe alone, {@link #ceiling}.
     */
    public double netOfCost(double ce, double iota, double cost, double risk, int members, boolean capital,
                            boolean youngChild) {
        double watch = watchPerMember * members * (capital ? capitalFactor : 1);
        return ce - iota * cost / annuity - hardship - riskWeight * risk - watch - (youngChild ? separation : 0);
    }

    /**
     * A ceiling on {@link #net} whatever the person's savings, without the bribe's interest:
     * {@link #netOfCost} with the bribe alone (NaN where the ceiling is not shown, so that
     * nothing is refused on it). The bribe's cost is never below the bribe (its interest's power
     * is at least 1 when debt_interest ≥ 0), so with ι ≥ 0 and a positive annuity the deduction
     * is no smaller; rounding to nearest is monotone, so the computed net is at most the computed
     * ceiling (every other operation being the same), up to the power's own rounding, which
     * {@link SureRefusal}'s margin covers. A NaN saving would make the net NaN, which refuses
     * nobody, so it has no ceiling.
     */
    public double ceiling(double ce, double iota, double savings, double risk, int members, boolean capital,
                          boolean youngChild) {
        if (!ceilingHolds || !(iota >= 0) || Double.isNaN(savings)) {
            return Double.NaN;
        }
        return netOfCost(ce, iota, bribe, risk, members, capital, youngChild);
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
