package org.corvee.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.corvee.validation.Aggregation;
import org.corvee.validation.Quantiles;
import org.corvee.validation.SeriesTable;
import org.corvee.validation.TargetStatistic;
import org.corvee.validation.Term;

/**
 * Two groups' key outputs side by side: per output, each group's replicate mean with its 90%
 * band, the difference B − A and its relative size, and whether the two bands overlap (a crude
 * flag; with one replicate per side there is no band and no flag).
 */
public final class Comparison {
    /** One key output: a statistic over the whole run (or its last month). */
    private record Output(String name, List<Term> numerator, List<Term> denominator, Aggregation aggregation) {
    }

    /** One compared output. */
    public record Row(String name, double meanA, double lowA, double highA, double meanB, double lowB, double highB,
                      int replicatesA, int replicatesB) {
        /** B − A. */
        public double difference() {
            return meanB - meanA;
        }

        /** (B − A) / |A|. */
        public double relative() {
            return meanA == 0 ? Double.NaN : (meanB - meanA) / Math.abs(meanA);
        }

        /** "yes"/"no" when both sides have bands, "" otherwise. */
        public String overlap() {
            if (replicatesA < 2 || replicatesB < 2 || Double.isNaN(meanA) || Double.isNaN(meanB)) {
                return "";
            }
            return lowB <= highA && lowA <= highB ? "yes" : "no";
        }
    }

    private static final Term ABROAD = new Term("workers_abroad", Map.of());
    private static final List<Output> OUTPUTS = List.of(
            new Output("Workers abroad, mean over the run", List.of(ABROAD), List.of(), Aggregation.MEAN),
            new Output("Workers abroad, last month", List.of(ABROAD), List.of(), Aggregation.LAST),
            new Output("Applicants, total", List.of(new Term("applicants", Map.of())), List.of(), Aggregation.SUM),
            new Output("Departures, total", List.of(new Term("departures", Map.of())), List.of(), Aggregation.SUM),
            new Output("State revenue, total (USD)", List.of(new Term("pay_state", Map.of())), List.of(),
                    Aggregation.SUM),
            new Output("Bribes paid, total (USD)", List.of(new Term("bribes_paid", Map.of())), List.of(),
                    Aggregation.SUM),
            new Output("Worker's share of gross pay", List.of(new Term("pay_worker", Map.of())),
                    List.of(new Term("pay_gross", Map.of())), Aggregation.SUM),
            new Output("Capital's share of workers in Russia, mean", List.of(new Term("workers_abroad",
                    Map.of("destination", "russia", "province", "pyongyang"))),
                    List.of(new Term("workers_abroad", Map.of("destination", "russia"))), Aggregation.MEAN),
            new Output("Persons informed, last month", List.of(new Term("informed", Map.of())), List.of(),
                    Aggregation.LAST),
            new Output("Belief about net pay abroad, last month (USD)", List.of(new Term("belief_sum", Map.of())),
                    List.of(new Term("adults_counted", Map.of())), Aggregation.LAST));

    private Comparison() {
    }

    /** The compared outputs of A and B (outputs neither run writes are left out). */
    public static List<Row> rows(ReportGroup a, ReportGroup b) {
        List<Row> out = new ArrayList<>();
        for (Output o : OUTPUTS) {
            double[] sa = values(o, a);
            double[] sb = values(o, b);
            if (sa.length == 0 && sb.length == 0) {
                continue;
            }
            out.add(new Row(o.name(), mean(sa), q(sa, 0.05), q(sa, 0.95), mean(sb), q(sb, 0.05), q(sb, 0.95), sa.length,
                    sb.length));
        }
        return out;
    }

    private static double[] values(Output o, ReportGroup g) {
        List<Double> v = new ArrayList<>();
        for (SeriesTable t : g.series()) {
            List<String> ms = t.months();
            String from = o.aggregation() == Aggregation.LAST ? ms.get(ms.size() - 1) : ms.get(0);
            OptionalDouble x = new TargetStatistic(o.numerator(), o.denominator(), from, ms.get(ms.size() - 1),
                    o.aggregation()).evaluate(t);
            if (x.isEmpty()) {
                return new double[0];
            }
            v.add(x.getAsDouble());
        }
        double[] r = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(r);
        return r;
    }

    private static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double q(double[] v, double p) {
        return v.length == 0 ? Double.NaN : Quantiles.of(v, p);
    }

    /** A plain-text table for the terminal. */
    public static String text(ReportGroup a, ReportGroup b, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("A = ").append(a.label()).append('\n').append("B = ").append(b.label()).append('\n');
        sb.append(String.format(Locale.ROOT, "%-46s %28s %28s %16s %8s %8s%n", "output", "A mean [90% band]",
                "B mean [90% band]", "B - A", "rel.", "overlap"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-46s %28s %28s %16s %8s %8s%n", r.name(),
                    cell(r.meanA(), r.lowA(), r.highA(), r.replicatesA()), cell(r.meanB(), r.lowB(), r.highB(),
                            r.replicatesB()), Fmt.num(r.difference()), Fmt.percent(r.relative()), r.overlap()));
        }
        return sb.toString();
    }

    /** The same table as HTML. */
    public static String html(ReportGroup a, ReportGroup b, List<Row> rows) {
        StringBuilder sb = new StringBuilder("<p>A = <b>" + Html.escape(a.label()) + "</b>; B = <b>"
                + Html.escape(b.label()) + "</b>. Means over replicates with the 90% band; \"overlap\" says whether the "
                + "two bands overlap (needs at least two replicates on each side).</p>\n<table><thead><tr><th>Output</th>"
                + "<th>A</th><th>B</th><th>B − A</th><th>Relative</th><th>Bands overlap</th></tr></thead><tbody>\n");
        for (Row r : rows) {
            sb.append("<tr><td>").append(Html.escape(r.name())).append("</td><td class=\"num\">")
                    .append(Html.escape(cell(r.meanA(), r.lowA(), r.highA(), r.replicatesA())))
                    .append("</td><td class=\"num\">")
                    .append(Html.escape(cell(r.meanB(), r.lowB(), r.highB(), r.replicatesB())))
                    .append("</td><td class=\"num\">").append(Fmt.num(r.difference())).append("</td><td class=\"num\">")
                    .append(Fmt.percent(r.relative())).append("</td><td>").append(r.overlap()).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String cell(double mean, double lo, double hi, int n) {
        if (Double.isNaN(mean)) {
            return "not in run";
        }
        return n > 1 ? Fmt.num(mean) + " [" + Fmt.num(lo) + ", " + Fmt.num(hi) + "]" : Fmt.num(mean);
    }
}
