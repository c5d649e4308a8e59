package org.corvee.dashboard;

import java.util.List;
import java.util.Map;
import org.corvee.analysis.validation.SeriesTable;

/**
 * A per-province output for the map, month by month, as the mean over a batch's replicates of
 * each replicate's value (NaN where a denominator is 0).
 */
enum ProvinceMeasure {
    /** Applicants per person who reconsidered applying that month (OD3: eligible and due a round). */
    APPLICANTS_PER_ELIGIBLE("applicants per eligible person",
            "applicants / eligible persons who reconsidered applying that month (application_rounds)") {
        @Override
        double[] of(SeriesTable t, String p) {
            return ratio(t.total("applicants", Map.of("province", p)), t.total("application_rounds",
                    Map.of("province", p)));
        }
    },
    /** Share of the living residents who have heard an account of work abroad (OD8). */
    INFORMED_SHARE("informed share", "persons informed / persons alive and not defected (OD8)") {
        @Override
        double[] of(SeriesTable t, String p) {
            double[] all = t.total("persons", Map.of("province", p));
            double[] dead = t.total("persons", Map.of("province", p, "status", "dead"));
            double[] gone = t.total("persons", Map.of("province", p, "status", "defected"));
            if (all == null || dead == null || gone == null) {
                return null;
            }
            double[] living = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                living[i] = all[i] - dead[i] - gone[i];
            }
            return ratio(t.total("informed", Map.of("province", p)), living);
        }
    },
    /** Workers abroad from the province at month end, all destinations (OD13). */
    WORKERS_ABROAD("workers abroad from the province", "persons at month end, all destinations") {
        @Override
        double[] of(SeriesTable t, String p) {
            return t.total("workers_abroad", Map.of("province", p));
        }
    };

    private final String label;
    private final String unit;

    ProvinceMeasure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    String label() {
        return label;
    }

    String unit() {
        return unit;
    }

    /** The id used in URLs ("informed_share"). */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One replicate's monthly values for province {@code p}; null if the run lacks a metric. */
    abstract double[] of(SeriesTable t, String p);

    /** The replicate mean for province {@code p}; null if a replicate lacks a metric. */
    double[] mean(List<SeriesTable> replicates, String p) {
        double[] sum = null;
        for (SeriesTable t : replicates) {
            double[] v = of(t, p);
            if (v == null) {
                return null;
            }
            if (sum == null) {
                sum = new double[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        if (sum != null) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= replicates.size();
            }
        }
        return sum;
    }

    /** The measure with this id, or 400. */
    static ProvinceMeasure byId(String id) {
        for (ProvinceMeasure m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw ApiError.badRequest("measure: expected one of applicants_per_eligible, informed_share, workers_abroad, "
                + "found \"" + ProblemText.clip(id) + "\"");
    }

    private static double[] ratio(double[] a, double[] b) {
        if (a == null || b == null) {
            return null;
        }
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] == 0 ? Double.NaN : a[i] / b[i];
        }
        return r;
    }
}
