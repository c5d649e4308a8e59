package org.corvee.model.terms;

import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PostingsKeys;

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
        sites = p.on(MechanismKeys.DP2_SITES);
        housing = p.on(MechanismKeys.DP3_HOUSING);
        matchmaking = p.on(MechanismKeys.DP3_MATCHMAKING);
        aid = p.on(MechanismKeys.DP3_AID);
        term = p.on(MechanismKeys.DP4_TERM);
        separation = p.on(MechanismKeys.DP5_SEPARATION);
        exit = p.on(MechanismKeys.DP6_EXIT);
        sessions = p.on(MechanismKeys.DP7_SESSIONS);
        replacement = p.on(MechanismKeys.DP8_REPLACEMENT);
        termMonths = p.getInt(PostingsKeys.TERM_MONTHS);
        termEndLeave = p.get(PostingsKeys.TERM_END_LEAVE);
        settledStayFactor = p.get(PostingsKeys.SETTLED_STAY_FACTOR);
        fearMean = term ? p.get(PostingsKeys.INHERITANCE_FEAR) : 0.0;
        exitRate = p.get(PostingsKeys.EXIT_RATE);
        workEffect = p.get(PostingsKeys.WORK_EFFECT);
        livingEffect = p.get(PostingsKeys.LIVING_EFFECT);
        distanceEffect = p.get(PostingsKeys.DISTANCE_EFFECT);
        separationEffect = p.get(PostingsKeys.SEPARATION_EFFECT);
        resentmentEffect = p.get(PostingsKeys.RESENTMENT_EFFECT);
        enforcementTerm = p.get(PostingsKeys.ENFORCEMENT) * p.get(PostingsKeys.ENFORCEMENT_EFFECT);
        housingEffect = p.get(PostingsKeys.HOUSING_EFFECT);
        marriedEffect = p.get(PostingsKeys.MARRIED_EFFECT);
        sessionCompliance = p.get(PostingsKeys.SESSION_COMPLIANCE);
        initialResentment = p.get(PostingsKeys.INITIAL_RESENTMENT);
        hardshipResentment = p.get(PostingsKeys.HARDSHIP_RESENTMENT);
        separationResentment = p.get(PostingsKeys.SEPARATION_RESENTMENT);
        sessionResentment = p.get(PostingsKeys.SESSION_RESENTMENT);
        resentmentDecay = p.get(PostingsKeys.RESENTMENT_DECAY);
        aidCents = aid ? Math.round(p.get(PostingsKeys.AID_USD) * 100) : 0;
        aidRelief = aid ? p.get(PostingsKeys.AID_RELIEF) : 0.0;
        moveInRate = p.get(PostingsKeys.MOVE_IN_RATE);
        comeAloneShare = separation ? p.get(PostingsKeys.COME_ALONE_SHARE) : 0.0;
        marriageRate = p.get(PostingsKeys.MARRIAGE_RATE);
        matchmakingRate = matchmaking ? p.get(PostingsKeys.MATCHMAKING_RATE) : 0.0;
        matchmakingCents = Math.round(p.get(PostingsKeys.MATCHMAKING_COST_USD) * 100);
        unitCents = Math.round(p.get(PostingsKeys.HOUSING_UNIT_COST_USD) * 100);
        sessionsBase = p.get(PostingsKeys.SESSIONS_BASE);
        sessionsResponse = p.get(PostingsKeys.SESSIONS_RESPONSE);
        sessionsMax = p.get(PostingsKeys.SESSIONS_MAX);
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
