package org.corvee.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.analysis.validation.TargetCheck;
import org.corvee.output.Html;

/**
 * The validation table (Flee-style): every target with observed value, simulated value
 * (replicate mean and 90% band), relative error, tolerance and grade, source, the simulated
 * statistic in words and the target's note, and the averaged relative difference (ARD) over
 * the targets with a simulated value. Simulated values come from {@link TargetStatistic}, the
 * evaluator calibration uses. A target the model cannot compute shows "not available: reason",
 * never a number.
 */
final class ValidationSection {
    private ValidationSection() {
    }

    /** The checks of all targets against one group. */
    static List<TargetCheck> checks(List<Target> targets, ReportGroup g) {
        List<TargetCheck> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(TargetCheck.of(t, g.series()));
        }
        return out;
    }

    /**
     * The tables for one group: patterns (the validation claim, with their own ARD) and
     * consistency checks (bookkeeping: they follow from the inputs by arithmetic) apart.
     */
    static String html(List<Target> targets, ReportGroup g) {
        return html(targets, g, id -> "");
    }

    /**
     * The tables for one group, patterns and consistency checks apart; {@code evidence} gives extra
     * HTML per target id (the claims and sentences a target exported by `corvee evidence targets`
     * comes from, or "").
     */
    static String html(List<Target> targets, ReportGroup g, Function<String, String> evidence) {
        List<Target> patterns = targets.stream().filter(Target::isPattern).toList();
        List<Target> consistency = targets.stream().filter(t -> !t.isPattern()).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("<h3>Patterns (must emerge; the validation claim)</h3>\n")
                .append(table(patterns, g, evidence, "patterns"));
        if (!consistency.isEmpty()) {
            sb.append("<h3>Consistency checks (follow from the inputs by arithmetic; not validation)</h3>\n")
                    .append(table(consistency, g, evidence, "consistency checks"));
        }
        return sb.toString();
    }

    private static String table(List<Target> targets, ReportGroup g, Function<String, String> evidence,
                                String what) {
        List<TargetCheck> checks = checks(targets, g);
        long computable = checks.stream().filter(TargetCheck::available).count();
        long valued = checks.stream().filter(TargetCheck::hasValue).count();
        long within = checks.stream().filter(TargetCheck::withinTolerance).count();
        StringBuilder sb = new StringBuilder();
        sb.append("<p><b>").append(Html.escape(g.label())).append("</b>: ARD (averaged relative difference over the ")
                .append(valued).append(" ").append(what).append(" with a simulated value) = <b>")
                .append(Fmt.percent(TargetCheck.ard(checks))).append("</b>; within tolerance: ").append(within)
                .append(" of ").append(valued).append("; computable: ").append(computable).append(" of ")
                .append(checks.size()).append(computable > valued ? " (" + (computable - valued)
                        + " undefined in this run)" : "").append("; not available: ")
                .append(checks.size() - computable).append(".</p>\n");
        sb.append("<table class=\"validation\"><thead><tr><th>ID</th><th>Quantity</th><th>Period</th>"
                + "<th>Observed</th><th>Simulated</th><th>Rel. error</th><th>Tolerance</th><th>Grade</th>"
                + "<th>Source, simulated statistic and note</th></tr></thead><tbody>\n");
        for (TargetCheck c : checks) {
            Target t = c.target();
            String sim;
            String cls;
            if (!c.available()) {
                sim = "<span class=\"missing\">not available: " + Html.escape(c.missing()) + "</span>";
                cls = "missing";
            } else if (!c.hasValue()) {
                sim = "<span class=\"missing\">undefined in this run (0/0)</span>";
                cls = "missing";
            } else {
                sim = Fmt.num(c.simulated()) + (g.runs().size() > 1 ? "<br><small>90%: " + Fmt.num(c.bandLow())
                        + " – " + Fmt.num(c.bandHigh()) + "</small>" : "")
                        + (c.undefined() > 0 ? "<br><small>undefined in " + c.undefined() + " of " + c.replicates()
                        + " replicates</small>" : "");
                cls = c.withinTolerance() ? "ok" : "off";
            }
            sb.append("<tr class=\"").append(cls).append("\"><td>").append(Html.escape(t.id())).append("</td><td>")
                    .append(Html.escape(t.quantity())).append("</td><td>").append(period(t))
                    .append("</td><td class=\"num\">").append(observed(t)).append("</td><td class=\"num\">")
                    .append(sim).append("</td><td class=\"num\">").append(Fmt.percent(c.relativeError()))
                    .append("</td><td class=\"num\">").append(Fmt.percent(t.tolerance())).append("</td><td>")
                    .append(t.reliability()).append("</td><td class=\"stat\"><b>").append(Html.escape(t.source()))
                    .append("</b><br>").append(Html.escape(TargetStatistic.describe(t)))
                    .append(" (").append(t.aggregation().id()).append(")")
                    .append(t.note().isEmpty() ? "" : "<br><i>" + Html.escape(t.note()) + "</i>")
                    .append(evidence.apply(t.id()))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String period(Target t) {
        return t.periodFrom().equals(t.periodTo()) ? t.periodFrom() : t.periodFrom() + "–" + t.periodTo();
    }

    private static String observed(Target t) {
        return t.isInterval() ? Fmt.num(t.observedLow()) + " – " + Fmt.num(t.observedHigh()) : Fmt.num(t.observed());
    }
}
