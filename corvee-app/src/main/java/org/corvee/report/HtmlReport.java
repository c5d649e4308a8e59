package org.corvee.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.corvee.analysis.targets.Target;
import org.corvee.output.Html;
import org.corvee.store.StoredRun;

/**
 * One self-contained HTML report: inline CSS and inline SVG charts, no scripts, fonts or links to
 * anything outside the file, so it opens offline and can be mailed as one attachment.
 *
 * <p>Sections (ids are stable for tests and links): {@code runs}, optional {@code comparison},
 * {@code key-series}, {@code capital-share}, {@code money-flow}, {@code postings},
 * {@code validation}, {@code scenario}, {@code method}.
 */
public final class HtmlReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String CSS = """
            body{font-family:sans-serif;max-width:1100px;margin:24px auto;padding:0 16px;color:#222;line-height:1.45}
            h1{font-size:26px;margin-bottom:4px} h2{font-size:20px;border-bottom:2px solid #0072B2;padding-bottom:3px;
            margin-top:36px} .sub{color:#555;margin-top:0} table{border-collapse:collapse;font-size:13px;margin:8px 0}
            th,td{border:1px solid #ccc;padding:4px 7px;vertical-align:top;text-align:left} th{background:#f0f4f8}
            td.num{text-align:right;white-space:nowrap} td.stat{font-size:11px;color:#444;min-width:280px;max-width:420px}
            table.validation td:nth-child(2){min-width:150px} span.missing{white-space:normal;display:inline-block;min-width:10em}
            tr.ok td:nth-child(6){background:#e3f4ea} tr.off td:nth-child(6){background:#fbe6dc}
            span.missing{color:#777;font-style:italic} tr.missing td{color:#666}
            figure{margin:14px 0} svg{max-width:100%;height:auto;background:#fff}
            .note{background:#f6f6f6;border-left:4px solid #E69F00;padding:8px 12px}
            pre{background:#f6f6f6;padding:10px;font-size:12px;overflow:auto;max-height:400px}
            nav a{margin-right:12px}
            """;

    private HtmlReport() {
    }

    /**
     * The report over {@code groups} (each a set of replicates); {@code comparison} is extra HTML
     * placed first (the compare table) or null.
     */
    public static String render(String title, String dbText, List<ReportGroup> groups, List<Target> targets,
                                String comparison, String generatedBy) {
        return render(title, dbText, groups, targets, comparison, generatedBy, id -> "");
    }

    /**
     * As above; {@code evidence} gives, per target id, the HTML of the claims and sentences the
     * target comes from (targets written by `corvee evidence targets`), shown in the validation table.
     */
    public static String render(String title, String dbText, List<ReportGroup> groups, List<Target> targets,
                                String comparison, String generatedBy,
                                java.util.function.Function<String, String> evidence) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(title)).append("</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"sub\">").append(Html.escape(generatedBy))
                .append(" · database ").append(Html.escape(dbText)).append("</p>\n");
        sb.append("<nav>").append(comparison != null ? "<a href=\"#comparison\">Comparison</a>" : "")
                .append("<a href=\"#key-series\">Key series</a><a href=\"#capital-share\">Capital's share</a>"
                        + "<a href=\"#money-flow\">Money flow</a><a href=\"#postings\">Postings</a>"
                        + "<a href=\"#validation\">Validation</a><a href=\"#scenario\">Scenario</a>"
                        + "<a href=\"#method\">Method</a></nav>\n");
        sb.append(section("runs", "Runs", runs(groups)));
        if (comparison != null) {
            sb.append(section("comparison", "Comparison", comparison));
        }
        StringBuilder key = new StringBuilder("<p>Lines are the mean over replicates; shaded bands are the 90% band "
                + "(5th–95th percentile across replicates). A single run has no band: run with <code>--replicates N</code> "
                + "for bands.</p>\n");
        for (String svg : KeyCharts.keySeries(groups)) {
            key.append(PostingsSection.figure(svg));
        }
        sb.append(section("key-series", "Key series", key.toString()));
        String share = KeyCharts.capitalShare(groups);
        sb.append(section("capital-share", "The capital's share by destination", share == null
                ? "<p class=\"note\">Not in this run: no workers_abroad series by destination and province.</p>"
                : "<p>Share of the workers at each destination who come from Pyongyang (workers_abroad with "
                + "province=pyongyang / all workers_abroad at that destination; OD10, OD13).</p>"
                + PostingsSection.figure(share)));
        StringBuilder money = new StringBuilder("<p>Workers' gross pay split into what the state takes, the company "
                + "and minders' cut, living costs, and what the worker keeps (mean over replicates).</p>\n");
        List<String> flows = KeyCharts.moneyFlow(groups);
        for (String svg : flows) {
            money.append(PostingsSection.figure(svg));
        }
        sb.append(section("money-flow", "Money flow", flows.isEmpty()
                ? "<p class=\"note\">Not in this run: no pay_* series.</p>" : money.toString()));
        sb.append(section("postings", "Domestic postings: retention by cohort and housing occupancy",
                PostingsSection.html(groups)));
        StringBuilder val = new StringBuilder("<p>Each target of the model brief (T1–T15) against the simulated "
                + "statistic it maps to (<code>org/corvee/targets/targets.yaml</code>, the same targets and evaluator as "
                + "<code>corvee calibrate</code>). Relative error = |simulated − observed| / |observed|; for an interval, "
                + "0 inside it, else the distance to the nearer bound divided by the larger of that bound and half the "
                + "interval's width. ARD is the mean relative error over the targets with a simulated value (as in the "
                + "Flee validation harness). Green: within tolerance; red: outside. A target whose metric, dimension or "
                + "value the model does not write is \"not available\", with the reason, and left out of the ARD.</p>\n");
        for (ReportGroup g : groups) {
            val.append(ValidationSection.html(targets, g, evidence));
        }
        sb.append(section("validation", "Validation against the facts (T1–T15)", val.toString()));
        StringBuilder scen = new StringBuilder();
        for (ReportGroup g : groups) {
            scen.append("<details><summary>Resolved scenario of ").append(Html.escape(g.label()))
                    .append(g.posterior() ? " (member 0 of a posterior ensemble; members differ in the calibrated "
                            + "parameters and in run.seed)" : " (replicate 0; replicates differ only in run.seed)")
                    .append("</summary><pre>")
                    .append(Html.escape(g.scenarioYaml())).append("</pre></details>\n");
        }
        sb.append(section("scenario", "Scenario", scen.toString()));
        sb.append(section("method", "Method", "<p>Values are persons and US dollars of the real population (agent "
                + "counts divided by the run's scale). Monthly series come from the results database (table "
                + "<code>series</code>); replicates of one batch were started together with <code>--replicates "
                + "N</code> and differ only in their seed, except the members of a posterior ensemble (<code>corvee run "
                + "--posterior</code>, scenario name ending in <code>" + ReportGroup.POSTERIOR_SUFFIX + "</code>): "
                + "the calibrated particles resampled by weight, so their bands are posterior-predictive. Percentiles interpolate linearly between order statistics. "
                + "This report is one file with no external resources; it opens without network access.</p>"));
        return sb.append("</body></html>\n").toString();
    }

    private static String runs(List<ReportGroup> groups) {
        StringBuilder sb = new StringBuilder("<table><thead><tr><th>Group</th><th>Run ids</th><th>Seeds</th>"
                + "<th>Scale</th><th>Started (UTC)</th><th>Wall s (mean)</th><th>Program</th><th>Commit</th>"
                + "<th>Scenario hash</th></tr></thead><tbody>\n");
        for (ReportGroup g : groups) {
            StoredRun r0 = g.runs().get(0);
            double wall = g.runs().stream().mapToDouble(r -> r.wallSeconds() == null ? Double.NaN : r.wallSeconds())
                    .average().orElse(Double.NaN);
            String ids = g.runs().size() == 1 ? g.idRange() : g.idRange() + " (" + g.runs().size() + ")";
            String seeds = g.runs().size() == 1 ? String.valueOf(r0.seed()) : r0.seed() + ", … (derived)";
            sb.append("<tr><td>").append(Html.escape(g.label())).append("</td><td>").append(ids).append("</td><td>")
                    .append(seeds).append("</td><td>").append(r0.scale()).append("</td><td>")
                    .append(TIME.format(r0.started())).append("</td><td class=\"num\">").append(Fmt.num(wall))
                    .append("</td><td>").append(Html.escape(r0.programVersion())).append("</td><td>")
                    .append(Html.escape(shortCommit(r0.gitCommit()))).append("</td><td><code>")
                    .append(r0.scenarioHash(), 0, 12).append("</code></td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String shortCommit(String c) {
        return c.length() >= 12 && !c.startsWith("unknown") ? c.substring(0, 12) + (c.endsWith("-dirty") ? "-dirty" : "")
                : c;
    }

    private static String section(String id, String heading, String body) {
        return "<section id=\"" + id + "\"><h2>" + Html.escape(heading) + "</h2>\n" + body + "</section>\n";
    }
}
