package org.corvee.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Turns accepted claims into a target file that {@code corvee calibrate|report --targets} read
 * like the bundled one, with the provenance beside it.
 *
 * <p>Rules: claims are grouped by (lexicon quantity, host), and within that by time: claims whose
 * periods (each widened to the entry's {@code min_months}) overlap, directly or through another
 * claim, form one group, so "47,364 in early 2015" and "30,023 at the end of 2017" stay two
 * targets. A group becomes one target {@code E_<quantity>[_<host>]}, with {@code _<year>} of its
 * last month when the quantity and host have several groups. Its observation is the stated value when one exact claim
 * stands alone, else the interval from the smallest lower to the largest upper bound of the
 * group's claims (an open upper bound, "at least 10", is closed at the stated value); values are
 * multiplied by the entry's {@code scale}. Its period runs from the earliest to the latest month
 * of the claims, widened backwards to the entry's {@code min_months}. Its reliability is the best
 * (most reliable) grade among the claims ({@link Grade#reliability}); source lists the articles,
 * note the claims. The file's top-level {@code evidence} section (which the target reader
 * ignores) lists per target every claim with its sentence, offsets, period, place, attribution,
 * grade and article: the report's validation table shows it.
 *
 * <p>Not exported, each with its reason: claims without a quantity, quantities that are inputs
 * (not validation), quantities per host without a host, claims in another unit than the
 * quantity's, and reserved facts (host-by-host stocks after the entry's {@code reserved_after}).
 */
public final class TargetExport {
    /** The file text and the reasons claims were left out ("#12: …"). */
    public record Result(String yaml, int targets, List<String> skipped) {
    }

    private TargetExport() {
    }

    /** Exports {@code accepted} (accepted claims) with their articles by id. */
    public static Result export(List<Claim> accepted, Map<Long, Article> articles, Lexicon lexicon) {
        Map<String, List<Claim>> groups = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        for (Claim c : accepted) {
            String why = reason(c, lexicon.entry(c.quantity()));
            if (why != null) {
                skipped.add("#" + c.id() + " \"" + c.text() + "\": " + why);
                continue;
            }
            groups.computeIfAbsent("E_" + c.quantity() + (c.host().isEmpty() ? "" : "_" + c.host()),
                    k -> new ArrayList<>()).add(c);
        }
        groups = TimeClusters.split(groups, lexicon);
        List<Object> targets = new ArrayList<>();
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (Map.Entry<String, List<Claim>> g : groups.entrySet()) {
            LexiconEntry e = lexicon.entry(g.getValue().get(0).quantity());
            targets.add(TargetEntry.of(g.getKey(), e, g.getValue(), articles));
            List<Object> trail = new ArrayList<>();
            for (Claim c : g.getValue()) {
                trail.add(TargetEntry.trail(c, articles.get(c.articleId())));
            }
            evidence.put(g.getKey(), trail);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("targets", targets);
        root.put("evidence", evidence);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(110)
                .setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true).build();
        String header = "# Targets written by `corvee evidence targets` from " + accepted.size()
                + " accepted claims (" + groups.size() + " targets). Read it like targets.yaml:\n"
                + "#   corvee calibrate --targets THIS_FILE …    corvee report --targets THIS_FILE\n"
                + "# `evidence` (ignored by the target reader) traces each target to its claims, sentences and articles.\n";
        return new Result(header + new Dump(settings).dumpToString(root), groups.size(), skipped);
    }

    private static String reason(Claim c, LexiconEntry e) {
        if (c.quantity().isEmpty()) {
            return "matched no model quantity (edit it with `corvee evidence review ID --quantity Q`)";
        }
        if (e == null) {
            return "quantity '" + c.quantity() + "' is not in the lexicon";
        }
        if (e.input() != null) {
            return "'" + e.id() + "' is an input (" + e.input() + "), not a target";
        }
        if (e.target().isEmpty()) {
            return "'" + e.id() + "' has no target mapping in the lexicon";
        }
        if (e.needsHost() && c.host().isEmpty()) {
            return "'" + e.id() + "' is per host and the claim names none (edit it with --host)";
        }
        Object unit = e.target().get("unit");
        if (unit != null && !unit.equals(c.unit())) {
            return "in " + c.unit() + "; '" + e.id() + "' needs " + unit;
        }
        if (e.reservedAfter() != Integer.MAX_VALUE && !c.host().isEmpty()
                && Integer.parseInt(c.period().to().substring(0, 4)) > e.reservedAfter()) {
            return "reserved fact: a host-by-host figure after " + e.reservedAfter()
                    + " stays out of calibration (MODEL.md)";
        }
        return null;
    }
}
