package org.corvee.model;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.engine.Accumulation.SNAPSHOT;
import static org.corvee.engine.Accumulation.STOCK;
import static org.corvee.model.Dimensions.DESTINATION;
import static org.corvee.model.Dimensions.PROVINCE;
import static org.corvee.model.Dimensions.SONGBUN;
import static org.corvee.model.Dimensions.STATUS;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Metric;

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
                SNAPSHOT, 0.01, false, PROVINCE);
        beliefSquares = r.register("belief_sum_squares", "USD^2", "Sum of squared beliefs, adults",
                SNAPSHOT, 1.0, false, PROVINCE);
        adults = r.register("adults_counted", "agents", "Adults (18+) whose belief is summed",
                SNAPSHOT, 1.0, false, PROVINCE);
        r.ratio("belief_mean", "USD per month", "Mean belief about net monthly pay abroad, adults (X3)",
                beliefSum, adults, 0.01);
    }
}
