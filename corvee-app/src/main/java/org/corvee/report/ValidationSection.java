package org.corvee.report;

import java.util.ArrayList;
import java.util.List;
import org.corvee.validation.Target;
import org.corvee.validation.TargetCheck;

/**
 * The validation table (Flee-style): every target of MODEL.md with observed value, simulated
 * value (replicate mean and 90% band), relative error, tolerance and grade, and the averaged
 * relative difference (ARD) over the targets the model simulates. Targets the model has no
 * output for are listed as "not simulated yet", never given a number.
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

    /** The table for one group. */
    static String html(List<Target> targets, ReportGroup g) {
        List<TargetCheck> checks = checks(targets, g);
        long simulated = checks.stream().filter(c -> c.simulated().isPresent()).count();
        long within = checks.stream().filter(TargetCheck::withinTolerance).count();
        StringBuilder sb = new StringBuilder();
        sb.append("<p><b>").append(Html.escape(g.label())).append("</b>: ARD (averaged relative difference over the ")
                .append(simulated).append(" simulated targets) = <b>").append(Fmt.percent(TargetCheck.ard(checks)))
                .append("</b>; within tolerance: ").append(within).append(" of ").append(simulated)
                .append("; not simulated yet: ").append(checks.size() - simulated).append(".</p>\n");
        sb.append("<table class=\"validation\"><thead><tr><th>ID</th><th>Quantity</th><th>Period</th>"
                + "<th>Observed</th><th>Simulated</th><th>Rel. error</th><th>Tolerance</th><th>Grade</th>"
                + "<th>Source</th><th>Simulated statistic</th></tr></thead><tbody>\n");
        for (TargetCheck c : checks) {
            Target t = c.target();
            String sim;
            String cls;
            if (c.simulated().isEmpty()) {
                sim = "<span class=\"missing\">not simulated yet</span>";
                cls = "missing";
            } else {
                double m = c.simulated().getAsDouble();
                sim = Fmt.num(m) + (g.runs().size() > 1 ? "<br><small>90%: " + Fmt.num(c.bandLow()) + " – "
                        + Fmt.num(c.bandHigh()) + "</small>" : "");
                cls = c.withinTolerance() ? "ok" : "off";
            }
            sb.append("<tr class=\"").append(cls).append("\"><td>").append(Html.escape(t.id())).append("</td><td>")
                    .append(Html.escape(t.quantity())).append("</td><td>").append(Html.escape(t.period()))
                    .append("</td><td class=\"num\">").append(observed(t)).append("</td><td class=\"num\">")
                    .append(sim).append("</td><td class=\"num\">").append(Fmt.percent(c.relativeError()))
                    .append("</td><td class=\"num\">").append(Fmt.percent(t.tolerance())).append("</td><td>")
                    .append(Html.escape(t.reliability())).append("</td><td>").append(Html.escape(t.source()))
                    .append("</td><td class=\"stat\">").append(statistic(t)).append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String observed(Target t) {
        return t.interval() ? Fmt.num(t.low()) + " – " + Fmt.num(t.high()) : Fmt.num(t.low());
    }

    private static String statistic(Target t) {
        if (t.statistic() == null) {
            return "";
        }
        var s = t.statistic();
        String text = s.aggregation().name().toLowerCase(java.util.Locale.ROOT) + " " + s.from() + "…" + s.to() + ": "
                + String.join(" + ", s.numerator().stream().map(Object::toString).toList())
                + (s.denominator().isEmpty() ? "" : " / " + String.join(" + ",
                s.denominator().stream().map(Object::toString).toList()));
        return Html.escape(text) + (t.note().isEmpty() ? "" : "<br><small>" + Html.escape(t.note()) + "</small>");
    }
}
