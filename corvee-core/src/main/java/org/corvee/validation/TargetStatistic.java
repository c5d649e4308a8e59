package org.corvee.validation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The simulated statistic a target maps to: the sum of the numerator terms, optionally divided
 * by the sum of the denominator terms, over an inclusive month range, reduced by an
 * aggregation. With a denominator the value is {@code agg(numerator) / agg(denominator)} (a
 * ratio of period aggregates, e.g. a share or a mean per worker).
 *
 * <p>Empty when any term's metric or cells are missing from the run ("not simulated yet"), or
 * the range lies outside the run.
 */
public record TargetStatistic(List<Term> numerator, List<Term> denominator, String from, String to,
                              Aggregation aggregation) {
    public TargetStatistic {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        if (numerator.isEmpty()) {
            throw new IllegalArgumentException("a statistic needs at least one numerator term");
        }
    }

    /** The statistic's value in {@code run}, or empty when the run cannot give it. */
    public OptionalDouble evaluate(SeriesTable run) {
        int a = run.months().indexOf(from);
        int b = run.months().indexOf(to);
        if (a < 0 || b < 0 || b < a) {
            return OptionalDouble.empty();
        }
        double num = sum(run, numerator, a, b);
        if (Double.isNaN(num)) {
            return OptionalDouble.empty();
        }
        if (denominator.isEmpty()) {
            return OptionalDouble.of(num);
        }
        double den = sum(run, denominator, a, b);
        if (Double.isNaN(den) || den == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(num / den);
    }

    /** Whether every metric the statistic needs is present in {@code run}. */
    public boolean simulatedIn(SeriesTable run) {
        for (Term t : numerator) {
            if (run.total(t.metric(), t.where()) == null) {
                return false;
            }
        }
        for (Term t : denominator) {
            if (run.total(t.metric(), t.where()) == null) {
                return false;
            }
        }
        return true;
    }

    private double sum(SeriesTable run, List<Term> terms, int a, int b) {
        double s = 0;
        for (Term t : terms) {
            double[] v = run.total(t.metric(), t.where());
            if (v == null) {
                return Double.NaN;
            }
            double x = aggregation.apply(v, a, b);
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            s += x;
        }
        return s;
    }
}
