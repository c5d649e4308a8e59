package org.corvee.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.targets.Selector;

/**
 * The report's charts of model outputs, each drawn for every group (colour per group when there
 * are several): key series with 90% bands, the capital's share by destination, and the money
 * flow as stacked areas. A chart whose metrics the runs do not write is left out.
 */
final class KeyCharts {
    private KeyCharts() {
    }

    /** One summed metric per chart: title, unit, metric. */
    private record Simple(String title, String unit, String metric, int window) {
    }

    /** Flows are drawn as 12-month trailing means: yearly application rounds make them spiky. */
    static final int SMOOTH = 12;

    private static final List<Simple> SIMPLE = List.of(
            new Simple("Workers abroad", "persons at month end, all destinations", "workers_abroad", 1),
            new Simple("Applicants", "persons applying per month, 12-month trailing mean (OD3)", "applicants", SMOOTH),
            new Simple("Persons informed about work abroad", "persons who ever heard or lived an account (OD8)",
                    "informed", 1),
            new Simple("State revenue from workers abroad", "USD per month, 12-month trailing mean (pay_state, OD4)",
                    "pay_state", SMOOTH),
            new Simple("Bribes paid", "USD per month, 12-month trailing mean (OD3)", "bribes_paid", SMOOTH));

    /** The key-series section's charts. */
    static List<String> keySeries(List<ReportGroup> groups) {
        List<String> out = new ArrayList<>();
        List<String> months = groups.get(0).months();
        for (Simple s : SIMPLE) {
            SvgChart c = new SvgChart(s.title(), s.unit(), months, SvgChart.Kind.LINES);
            for (int g = 0; g < groups.size(); g++) {
                c.add(groups.get(g).label(), groups.get(g).band(s.metric(), Map.of(), s.window()), Palette.colour(g), false);
            }
            add(out, c);
        }
        SvgChart dest = new SvgChart("Workers abroad by destination", "persons at month end", months,
                SvgChart.Kind.LINES);
        int colour = 0;
        for (ReportGroup g : groups) {
            for (String d : g.values("workers_abroad", "destination")) {
                dest.add(name(groups, g, d), g.band("workers_abroad", Map.of("destination", d)), Palette.colour(colour++),
                        false);
            }
        }
        add(out, dest);
        out.addAll(hostReports(groups));
        SvgChart flows = new SvgChart("Departures and returns", "persons per month, 12-month trailing mean "
                + "(solid: departures, dashed: returns)", months, SvgChart.Kind.LINES);
        boolean one = groups.size() == 1;
        for (int g = 0; g < groups.size(); g++) {
            ReportGroup gr = groups.get(g);
            flows.add(name(groups, gr, "departures"), gr.band("departures", Map.of(), SMOOTH),
                    Palette.colour(one ? 0 : g), false);
            flows.add(name(groups, gr, "returns"), gr.band("returnees", Map.of(), SMOOTH),
                    Palette.colour(one ? 1 : g), true);
        }
        add(out, flows);
        SvgChart belief = new SvgChart("Belief about net monthly pay abroad", "USD per month, mean over adults (X3)",
                months, SvgChart.Kind.LINES);
        for (int g = 0; g < groups.size(); g++) {
            belief.add(groups.get(g).label(), groups.get(g).ratioBand(Selector.of("belief_sum", Map.of()),
                    Selector.of("adults_counted", Map.of())), Palette.colour(g), false);
        }
        add(out, belief);
        return out;
    }

    /**
     * What hosts would report (OD11): the yearly workforce by host (12-month trailing mean of the
     * month-end stock), valid work permits against workers present, and entries by channel.
     */
    static List<String> hostReports(List<ReportGroup> groups) {
        List<String> out = new ArrayList<>();
        List<String> months = groups.get(0).months();
        SvgChart yearly = new SvgChart("Workforce by host, yearly", "persons, 12-month trailing mean of the month-end"
                + " stock (the value in December is the year's mean)", months, SvgChart.Kind.LINES);
        SvgChart permits = new SvgChart("Valid work permits and workers present, by host", "persons at month end "
                + "(solid: valid permits, dashed: present; OD11)", months, SvgChart.Kind.LINES);
        int colour = 0;
        for (ReportGroup g : groups) {
            for (String d : g.values("workers_abroad", "destination")) {
                int c = colour++;
                yearly.add(name(groups, g, d), g.band("workers_abroad", Map.of("destination", d), SMOOTH),
                        Palette.colour(c), false);
                permits.add(name(groups, g, d + " permits"), g.band("valid_permits", Map.of("destination", d)),
                        Palette.colour(c), false);
                permits.add(name(groups, g, d + " present"), g.band("workers_present", Map.of("destination", d)),
                        Palette.colour(c), true);
            }
        }
        add(out, yearly);
        add(out, permits);
        SvgChart entries = new SvgChart("Entries by channel", "persons entering a host per month, 12-month trailing"
                + " mean (work permit, student or trainee visa, other visa; OD11)", months, SvgChart.Kind.LINES);
        colour = 0;
        for (ReportGroup g : groups) {
            for (String ch : g.values("entries", "channel")) {
                entries.add(name(groups, g, ch), g.band("entries", Map.of("channel", ch), SMOOTH),
                        Palette.colour(colour++), false);
            }
        }
        add(out, entries);
        return out;
    }

    /** The capital's share of the workers abroad, per destination (OD13; T1 for Russia). */
    static String capitalShare(List<ReportGroup> groups) {
        SvgChart c = new SvgChart("Capital's share of workers abroad, by destination",
                "workers from Pyongyang / all workers at that destination (T1: about 0.40 in Russia, c. 2016-17)",
                groups.get(0).months(), SvgChart.Kind.LINES);
        int colour = 0;
        for (ReportGroup g : groups) {
            for (String d : g.values("workers_abroad", "destination")) {
                c.add(name(groups, g, d), g.ratioBand(Selector.of("workers_abroad", Map.of("destination", d,
                        "province", "pyongyang")), Selector.of("workers_abroad", Map.of("destination", d))),
                        Palette.colour(colour++), false);
            }
        }
        return c.isEmpty() ? null : c.svg();
    }

    /** Where the gross pay goes, stacked: one chart per group (replicate means). */
    static List<String> moneyFlow(List<ReportGroup> groups) {
        String[][] parts = {{"pay_state", "state quota and levies"}, {"pay_minders", "company and minders"},
            {"pay_living_costs", "living costs"}, {"pay_worker", "kept by the worker"}};
        List<String> out = new ArrayList<>();
        for (ReportGroup g : groups) {
            SvgChart c = new SvgChart("Money flow of workers' gross pay" + (groups.size() > 1 ? " — " + g.label() : ""),
                    "USD per month, 12-month trailing mean, stacked (OD4); the top edge is the gross pay", g.months(),
                    SvgChart.Kind.STACKED);
            for (String[] p : parts) {
                c.add(p[1], g.band(p[0], Map.of(), SMOOTH));
            }
            add(out, c);
        }
        return out;
    }

    private static String name(List<ReportGroup> groups, ReportGroup g, String what) {
        return groups.size() > 1 ? g.runs().get(0).scenario() + " #" + g.runs().get(0).id() + " · " + what : what;
    }

    private static void add(List<String> out, SvgChart c) {
        if (!c.isEmpty()) {
            out.add(c.svg());
        }
    }
}
