package org.corvee.model.terms;

import org.corvee.model.params.Parameters;

/**
 * The monthly rules of life at a site, read once per month from the parameters in force:
 * resentment (X4, DP7), the exit hazard (DP6), marriage (DP3), moving in (DP3-DP5) and the
 * term-end decision (DP4). Pure functions of a worker's state, so tests can compute them by hand.
 *
 * <p>Exit hazard: {@code h = 1 − exp(−λ)}, {@code λ = exit_rate × exp(x)} with
 * {@code x = work_effect·work + living_effect·living' + distance_effect·km/100
 * + separation_effect·separated + resentment_effect·r − enforcement_effect·enforcement
 * − housing_effect·inFlat − married_effect·marriedLocally − session_compliance·S},
 * where {@code living' = living × (1 − aid_relief)} when aid is paid and S is the site's
 * sessions this month. With every effect 0 the hazard is the constant {@code 1 − exp(−exit_rate)}.
 *
 * <p>Resentment: {@code r ← clamp(r + (1 − r)(hardship_resentment·(work + living')/2
 * + separation_resentment·separated + session_resentment·S) − resentment_decay·r)}.
 */
public final class PostingRules {
    public final boolean sites;
    public final boolean housing;
    public final boolean matchmaking;
    public final boolean aid;
    public final boolean term;
    public final boolean separation;
    public final boolean exit;
    public final boolean sessions;
    public final boolean replacement;
    public final int termMonths;
    public final double termEndLeave;
    public final double settledStayFactor;
    public final double fearMean;
    public final double exitRate;
    public final double workEffect;
    public final double livingEffect;
    public final double distanceEffect;
    public final double separationEffect;
    public final double resentmentEffect;
    public final double enforcementTerm;
    public final double housingEffect;
    public final double marriedEffect;
    public final double sessionCompliance;
    public final double initialResentment;
    public final double hardshipResentment;
    public final double separationResentment;
    public final double sessionResentment;
    public final double resentmentDecay;
    public final long aidCents;
    public final double aidRelief;
    public final double moveInRate;
    public final double comeAloneShare;
    public final double marriageRate;
    public final double matchmakingRate;
    public final long matchmakingCents;
    public final long unitCents;
    public final double sessionsBase;
    public final double sessionsResponse;
    public final double sessionsMax;

    public PostingRules(Parameters p) {
        sites = p.on("mechanism.dp2_sites");
        housing = p.on("mechanism.dp3_housing");
        matchmaking = p.on("mechanism.dp3_matchmaking");
        aid = p.on("mechanism.dp3_aid");
        term = p.on("mechanism.dp4_term");
        separation = p.on("mechanism.dp5_separation");
        exit = p.on("mechanism.dp6_exit");
        sessions = p.on("mechanism.dp7_sessions");
        replacement = p.on("mechanism.dp8_replacement");
        termMonths = p.getInt("postings.term_months");
        termEndLeave = p.get("postings.term_end_leave");
        settledStayFactor = p.get("postings.settled_stay_factor");
        fearMean = term ? p.get("postings.inheritance_fear") : 0.0;
        exitRate = p.get("postings.exit_rate");
        workEffect = p.get("postings.work_effect");
        livingEffect = p.get("postings.living_effect");
        distanceEffect = p.get("postings.distance_effect");
        separationEffect = p.get("postings.separation_effect");
        resentmentEffect = p.get("postings.resentment_effect");
        enforcementTerm = p.get("postings.enforcement") * p.get("postings.enforcement_effect");
        housingEffect = p.get("postings.housing_effect");
        marriedEffect = p.get("postings.married_effect");
        sessionCompliance = p.get("postings.session_compliance");
        initialResentment = p.get("postings.initial_resentment");
        hardshipResentment = p.get("postings.hardship_resentment");
        separationResentment = p.get("postings.separation_resentment");
        sessionResentment = p.get("postings.session_resentment");
        resentmentDecay = p.get("postings.resentment_decay");
        aidCents = aid ? Math.round(p.get("postings.aid_usd") * 100) : 0;
        aidRelief = aid ? p.get("postings.aid_relief") : 0.0;
        moveInRate = p.get("postings.move_in_rate");
        comeAloneShare = separation ? p.get("postings.come_alone_share") : 0.0;
        marriageRate = p.get("postings.marriage_rate");
        matchmakingRate = matchmaking ? p.get("postings.matchmaking_rate") : 0.0;
        matchmakingCents = Math.round(p.get("postings.matchmaking_cost_usd") * 100);
        unitCents = Math.round(p.get("postings.housing_unit_cost_usd") * 100);
        sessionsBase = p.get("postings.sessions_base");
        sessionsResponse = p.get("postings.sessions_response");
        sessionsMax = p.get("postings.sessions_max");
    }

    /** Work hardship of a site as the rules see it (0 with DP2 off). */
    public double work(SiteTerms t) {
        return sites ? t.work() : 0.0;
    }

    /** Living hardship after aid (0 with DP2 off). */
    public double living(SiteTerms t) {
        return sites ? t.living() * (1 - aidRelief) : 0.0;
    }

    /** Distance term in km (0 with DP2 off). */
    public double kilometres(double km) {
        return sites ? km : 0.0;
    }

    /** Sessions per month at a site with this headcount and target (DP7). */
    public double sessionsAt(int headcount, int target) {
        if (!sessions) {
            return 0.0;
        }
        double shortfall = target <= 0 ? 0.0 : Math.max(0.0, 1.0 - (double) headcount / target);
        return Math.min(sessionsMax, sessionsBase + sessionsResponse * shortfall);
    }

    /** Next month's resentment. */
    public double resentment(double r, double work, double living, boolean separated, double sessionsHeld) {
        double growth = hardshipResentment * (work + living) / 2 + (separated ? separationResentment : 0.0)
                + sessionResentment * sessionsHeld;
        double next = r + (1 - r) * growth - resentmentDecay * r;
        return Math.max(0.0, Math.min(1.0, next));
    }

    /** Monthly probability of leaving before the term ends (0 with DP6 off). */
    public double exitHazard(double work, double living, double km, boolean separated, double r, boolean inFlat,
                             boolean marriedLocally, double sessionsHeld) {
        if (!exit) {
            return 0.0;
        }
        double x = workEffect * work + livingEffect * living + distanceEffect * km / 100.0
                + (separated ? separationEffect : 0.0) + resentmentEffect * r - enforcementTerm
                - (inFlat ? housingEffect : 0.0) - (marriedLocally ? marriedEffect : 0.0)
                - sessionCompliance * sessionsHeld;
        return 1.0 - Math.exp(-exitRate * Math.exp(x));
    }

    /** Probability of staying on when the term has been served (DP4). */
    public double stayAtTermEnd(double fear, boolean settled) {
        double stay = (1 - termEndLeave) * (1 - fear) * (settled ? settledStayFactor : 1.0);
        return Math.max(0.0, Math.min(1.0, stay));
    }

    /** Monthly probability that a single worker with an allocated flat moves in. */
    public double moveIn(double fear) {
        return moveInRate * (1 - fear);
    }

    /** A worker's fear of inheritance from a uniform draw u: uniform with mean fearMean in [0, 1]. */
    public double fear(double u) {
        double half = Math.min(fearMean, 1 - fearMean);
        return fearMean + (2 * u - 1) * half;
    }
}
