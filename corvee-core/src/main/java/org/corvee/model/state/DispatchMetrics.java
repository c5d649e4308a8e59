package org.corvee.model.state;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.engine.Accumulation.SNAPSHOT;
import static org.corvee.engine.Accumulation.STOCK;
import static org.corvee.model.world.Dimensions.DESTINATION;
import static org.corvee.model.world.Dimensions.PROVINCE;
import static org.corvee.model.world.Dimensions.SONGBUN;
import static org.corvee.model.world.Dimensions.STATUS;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Metric;
import org.corvee.model.world.Dimensions;
import org.corvee.model.world.GroupSize;

/**
 * The monthly outputs of the overseas-dispatch slice (X6), registered once per run.
 * Money is counted in cents so that flows close exactly; reported in USD.
 */
public final class DispatchMetrics {
    public final Metric persons;
    public final Metric considered;
    public final Metric applicants;
    public final Metric unaffordable;
    public final Metric selected;
    public final Metric departures;
    public final Metric returns;
    public final Metric abroad;
    public final Metric bribes;
    public final Metric borrowed;
    public final Metric payGross;
    public final Metric payState;
    public final Metric payMinders;
    public final Metric payLiving;
    public final Metric payWorker;
    public final Metric heardFirstHand;
    public final Metric heardSecondHand;
    public final Metric newlyInformed;
    public final Metric informed;
    public final Metric beliefSum;
    public final Metric beliefSquares;
    public final Metric adults;
    public final Metric repatriated;
    public final Metric extended;
    public final Metric kept;
    public final Metric stranded;
    public final Metric abroadByDestination;
    public final Metric abroadFromCapital;
    public final Metric soldiersAbroad;
    public final Metric bribesByDestination;
    public final Metric payWithheld;
    public final Metric payGrossByKind;
    public final Metric payTakenByKind;
    /** State levies and the company and minders' cut (withheld wages included), by kind; living costs apart. */
    public final Metric payLeviedByKind;
    public final Metric revenue;
    public final Metric injuries;
    public final Metric deaths;
    public final Metric defections;
    public final Metric groupDefectors;
    public final Metric groupDefections;
    public final Metric riots;
    public final Metric largestRiot;
    public final Metric largestGroupDefection;
    /** Defection events by size in persons (lone ones included; events, not scaled). */
    public final Metric defectionSizes;
    /** Riots by size in persons (events, not scaled). */
    public final Metric riotSizes;
    public final Metric recalled;
    public final Metric familiesPunished;
    public final Metric loyaltySum;
    public final Metric resentmentAbroad;
    public final Metric extraLevy;
    public final Metric contractBonus;
    public final Metric poolWidened;

    public DispatchMetrics(CounterRegistry r) {
        persons = r.persons("persons", "Persons by province and dispatch status (census at month end)",
                SNAPSHOT, PROVINCE, STATUS);
        considered = r.persons("application_rounds", "Eligible persons who reconsidered applying this month",
                FLOW, PROVINCE);
        applicants = r.persons("applicants", "Persons who applied for work abroad (OD3)", FLOW, PROVINCE, SONGBUN);
        unaffordable = r.persons("applicants_unable_to_pay", "Would have applied but could neither pay nor borrow the bribe",
                FLOW, PROVINCE);
        selected = r.persons("selected", "Applicants selected, by destination (OD3, OD13)",
                FLOW, DESTINATION, PROVINCE, SONGBUN);
        departures = r.persons("departures", "Workers leaving for a destination", FLOW, DESTINATION);
        returns = r.persons("returnees", "Workers returning at contract end", FLOW, DESTINATION, PROVINCE);
        abroad = r.persons("workers_abroad", "Workers abroad at month end (OD13)", STOCK,
                DESTINATION, PROVINCE, SONGBUN);
        bribes = r.dollars("bribes_paid", "Bribes paid on selection (OD3)", FLOW, PROVINCE);
        borrowed = r.dollars("bribe_debt_taken", "Part of bribes paid with borrowed money", FLOW, PROVINCE);
        payGross = r.dollars("pay_gross", "Gross pay of workers abroad (OD4)", FLOW, DESTINATION);
        payState = r.dollars("pay_state", "State quota and levies (OD4)", FLOW, DESTINATION);
        payMinders = r.dollars("pay_minders", "Company and minder cut (OD4)", FLOW, DESTINATION);
        payLiving = r.dollars("pay_living_costs", "Living costs deducted (OD4)", FLOW, DESTINATION);
        payWorker = r.dollars("pay_worker", "What workers keep (OD4)", FLOW, DESTINATION);
        heardFirstHand = r.persons("heard_first_hand", "Accounts heard from a returnee (OD8)", FLOW, PROVINCE);
        heardSecondHand = r.persons("heard_second_hand", "Accounts heard from someone who heard a returnee (OD8)",
                FLOW, PROVINCE);
        newlyInformed = r.persons("newly_informed", "Persons hearing an account of work abroad for the first time",
                FLOW, PROVINCE);
        informed = r.persons("informed", "Persons who have ever heard or lived an account of work abroad",
                SNAPSHOT, PROVINCE);
        beliefSum = r.register("belief_sum", "USD", "Sum of beliefs about net pay abroad, adults",
                SNAPSHOT, 100, false, PROVINCE);
        beliefSquares = r.register("belief_sum_squares", "USD^2", "Sum of squared beliefs, adults",
                SNAPSHOT, 1, false, PROVINCE);
        adults = r.register("adults_counted", "agents", "Adults (18+) whose belief is summed",
                SNAPSHOT, 1, false, PROVINCE);
        r.ratio("belief_mean", "USD per month", "Mean belief about net monthly pay abroad, adults (X3)",
                beliefSum, adults);
        r.ratio("belief_mean_square", "USD^2", "Mean squared belief, adults; spread = sqrt(mean_square - mean^2) (X3)",
                beliefSquares, adults);
        repatriated = r.persons("repatriated", "Contracts cut short to meet the UN repatriation deadline (OD11)",
                FLOW, DESTINATION);
        extended = r.persons("contracts_extended", "Contracts extended because the border is closed (OD11, T12)",
                FLOW, DESTINATION);
        kept = r.persons("contracts_kept", "Contracts of non-complying workers a host kept past their end without"
                + " a work permit, on another visa or unreported (OD11)", FLOW, DESTINATION);
        stranded = r.persons("stranded", "Workers abroad past the normal contract length (OD11, T12)",
                SNAPSHOT, DESTINATION);
        abroadByDestination = r.persons("abroad_by_destination", "Workers abroad at month end (OD13)",
                SNAPSHOT, DESTINATION);
        abroadFromCapital = r.persons("abroad_from_capital", "Workers abroad from the capital (OD13, T1)",
                SNAPSHOT, DESTINATION);
        r.ratio("capital_share", "share", "Capital's share of the workforce per destination (OD13, T1)",
                abroadFromCapital, abroadByDestination);
        soldiersAbroad = r.persons("soldier_labourers_abroad", "Soldier-labourers abroad (OD4, T13)",
                SNAPSHOT, DESTINATION);
        bribesByDestination = r.dollars("bribes_by_destination", "Bribes paid on selection (OD3)", FLOW, DESTINATION);
        payWithheld = r.dollars("pay_withheld", "Workers' pay withheld by the company (part of pay_minders) (OD5)",
                FLOW, DESTINATION);
        payGrossByKind = r.dollars("pay_gross_by_kind", "Gross pay by kind of worker (OD4)", FLOW, Dimensions.KIND);
        payLeviedByKind = r.dollars("pay_levied_by_kind", "State levies and the company and minders' cut,"
                + " withheld wages included, living costs apart (OD4, T13)", FLOW, Dimensions.KIND);
        payTakenByKind = r.dollars("pay_taken_by_kind", "Gross pay minus what the worker keeps (OD4, T13)",
                FLOW, Dimensions.KIND);
        r.ratio("share_taken", "share", "Share of gross pay taken, by kind of worker (OD4, T13)",
                payTakenByKind, payGrossByKind);
        revenue = r.dollars("state_revenue", "State revenue from workers abroad: quota and levies (OD4, OD12)", FLOW);
        injuries = r.persons("injuries", "Workers injured abroad (OD5)", FLOW, DESTINATION);
        deaths = r.persons("deaths", "Workers who died abroad (OD5)", FLOW, DESTINATION, PROVINCE);
        defections = r.persons("defections", "Workers who defected alone, starting a defection (OD6)",
                FLOW, DESTINATION, PROVINCE);
        groupDefectors = r.persons("group_defectors", "Co-workers who joined a defection (OD6 cascade)",
                FLOW, DESTINATION);
        groupDefections = r.register("group_defections", "events",
                "Defections of two or more persons from one worksite (OD6, T14)", FLOW, 1, false, DESTINATION);
        defectionSizes = r.register("defection_sizes", "events",
                "Defection events by size in persons, lone defections included (OD6)", FLOW, 1, false,
                GroupSize.DIMENSION);
        riotSizes = r.register("riot_sizes", "events", "Riots by size in persons (OD6, T15)", FLOW, 1, false,
                GroupSize.DIMENSION);
        riots = r.register("riots", "events", "Worksite riots over withheld wages (OD6, T15)", FLOW, 1, false,
                DESTINATION);
        // Maxima in persons, counted as persons already: not scaled.
        largestRiot = r.register("largest_riot", "persons", "Persons in the largest riot this month; 0 if none"
                + " (OD6, T15; a maximum, not a sum)", FLOW, 1, false);
        largestGroupDefection = r.register("largest_group_defection", "persons", "Persons in the largest group"
                + " defection of the month, the first defector included; 0 if none (OD6, T14; a maximum, not a sum)",
                FLOW, 1, false);
        recalled = r.persons("recalled", "Workers recalled after a riot (OD6)", FLOW, DESTINATION);
        familiesPunished = r.persons("families_punished", "Household members of defectors punished (OD7)",
                FLOW, PROVINCE);
        loyaltySum = r.register("loyalty_sum", "0..100", "Sum of loyalty, adults (X4)", SNAPSHOT, 1, false,
                PROVINCE);
        r.ratio("loyalty_mean", "0..100", "Mean loyalty of adults (X4, OD10)", loyaltySum, adults);
        resentmentAbroad = r.register("resentment_abroad_sum", "0..1", "Sum of resentment of workers abroad (OD5)",
                SNAPSHOT, 1000, false, DESTINATION);
        r.ratio("resentment_abroad_mean", "0..1", "Mean resentment of workers abroad (OD5)",
                resentmentAbroad, abroadByDestination);
        extraLevy = r.register("state_extra_levy", "share of gross", "Extra levy in force (OD12)", SNAPSHOT,
                10_000, false);
        contractBonus = r.register("contract_extension", "months", "Months added to new contracts (OD12)",
                SNAPSHOT, 1, false);
        poolWidened = r.register("pool_widened", "0/1", "Songbun rule relaxed to every class (OD12)", SNAPSHOT,
                1, false);
    }
}
