package org.corvee.model.terms;

import java.util.function.Function;
import org.corvee.model.params.Parameters;
import org.corvee.model.world.Destination;

/**
 * The one "pay kept" figure the model states about work abroad as a whole: what a civilian
 * worker keeps per month at the host-level wage (the OD4 split of {@link DestinationTerms}),
 * under the terms in force at a month, averaged over destinations weighted by their slots
 * (a plain mean if no destination has slots). It is the truth the outside source reports (OD8)
 * and the honest promise when {@code mechanism.od2_promise} is off (OD2).
 */
public final class KeptPay {
    private KeptPay() {
    }

    /** Slot-weighted pay kept per month in USD under a month's terms (hosts at full scale). */
    public static double slotWeighted(MonthTerms terms) {
        return slotWeighted(terms::destinationAtFullScale);
    }

    /** The same at month {@code m} straight from the parameters, before any world exists (the honest promise). */
    public static double slotWeighted(Parameters p, int m) {
        return slotWeighted(d -> DestinationTerms.of(d, p, m, 1.0));
    }

    private static double slotWeighted(Function<Destination, DestinationTerms> termsOf) {
        double sum = 0;
        double weight = 0;
        double plain = 0;
        Destination[] dests = Destination.values();
        for (Destination d : dests) {
            DestinationTerms t = termsOf.apply(d);
            sum += (double) t.slotsAgents() * t.keptDollars();
            weight += t.slotsAgents();
            plain += t.keptDollars();
        }
        return weight > 0 ? sum / weight : plain / dests.length;
    }
}
