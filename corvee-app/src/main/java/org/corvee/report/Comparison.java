package org.corvee.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corvee.analysis.targets.Aggregation;
import org.corvee.analysis.targets.Selector;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.analysis.validation.Quantiles;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.output.Html;

/**
 * Two groups' key outputs side by side: per output, each group's replicate mean with its 90%
 * band, the difference B − A and its relative size, and whether the two bands overlap (a crude
 * flag; with one replicate per side there is no band and no flag). Outputs are computed by the
 * target evaluator ({@link TargetStatistic}) over the whole run (or its last month).
 */
public final class Comparison {
    /** One key output: a statistic over the whole run (or its last month); denominator may be null. */
    private record Output(String name, Selector numerator, Selector denominator, Aggregation aggregation) {
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

    private static final Selector ABROAD = Selector.of("workers_abroad", Map.of());
    private static final List<Output> OUTPUTS = List.of(
            new Output("Workers abroad, mean over the run", ABROAD, null, Aggregation.MEAN),
            new Output("Workers abroad, last month", ABROAD, null, Aggregation.LAST),
            new Output("Applicants, total", Selector.of("applicants", Map.of()), null, Aggregation.SUM),
            new Output("Departures, total", Selector.of("departures", Map.of()), null, Aggregation.SUM),
            new Output("State revenue, total (USD)", Selector.of("pay_state", Map.of()), null, Aggregation.SUM),
            new Output("Bribes paid, total (USD)", Selector.of("bribes_paid", Map.of()), null, Aggregation.SUM),
            new Output("Worker's share of gross pay", Selector.of("pay_worker", Map.of()),
                    Selector.of("pay_gross", Map.of()), Aggregation.SHARE),
            new Output("Capital's share of workers in Russia, mean", Selector.of("workers_abroad",
                    Map.of("destination", "russia", "province", "pyongyang")),
                    Selector.of("workers_abroad", Map.of("destination", "russia")), Aggregation.SHARE),
            new Output("Persons informed, last month", Selector.of("informed", Map.of()), null, Aggregation.LAST),
            new Output("Belief about net pay abroad, last month (USD)", Selector.of("belief_sum", Map.of()),
                    Selector.of("adults_counted", Map.of()), Aggregation.LAST));

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

    /** The output per replicate, sorted; empty if the runs cannot give it (or it is undefined). */
    private static double[] values(Output o, ReportGroup g) {
        List<Double> v = new ArrayList<>();
        for (SeriesTable t : g.series()) {
            List<String> ms = t.months();
            String last = ms.get(ms.size() - 1);
            TargetStatistic.Evaluation x = TargetStatistic.evaluate(o.numerator(), o.denominator(), o.aggregation(),
                    o.aggregation() == Aggregation.LAST ? last : ms.get(0), last, t);
            if (!x.available() || Double.isNaN(x.value())) {
                return new double[0];
            }
            v.add(x.value());
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
