package org.corvee.evidence;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits the claims of one quantity (and host) into groups whose periods overlap once each is
 * widened backwards to the quantity's {@code min_months}: claims about different times are
 * different targets. A single group keeps its name; several get "_YYYY" (the year of the
 * group's last month; "_YYYY_2" … if two groups end in the same year).
 */
final class TimeClusters {
    private TimeClusters() {
    }

    static Map<String, List<Claim>> split(Map<String, List<Claim>> groups, Lexicon lexicon) {
        Map<String, List<Claim>> out = new TreeMap<>();
        for (Map.Entry<String, List<Claim>> g : groups.entrySet()) {
            LexiconEntry e = lexicon.entry(g.getValue().get(0).quantity());
            int min = e.target().get("min_months") instanceof Number n ? n.intValue() : 1;
            List<Claim> sorted = new ArrayList<>(g.getValue());
            sorted.sort(Comparator.comparing((Claim c) -> from(c, min)).thenComparingLong(Claim::id));
            List<List<Claim>> clusters = new ArrayList<>();
            YearMonth reach = null;
            for (Claim c : sorted) {
                if (reach == null || from(c, min).isAfter(reach)) {
                    clusters.add(new ArrayList<>());
                    reach = YearMonth.parse(c.period().to());
                }
                clusters.get(clusters.size() - 1).add(c);
                YearMonth to = YearMonth.parse(c.period().to());
                reach = to.isAfter(reach) ? to : reach;
            }
            if (clusters.size() == 1) {
                out.put(g.getKey(), clusters.get(0));
                continue;
            }
            for (List<Claim> cl : clusters) {
                String year = cl.stream().map(c -> c.period().to()).max(String::compareTo).orElseThrow().substring(0, 4);
                String name = g.getKey() + "_" + year;
                for (int k = 2; out.containsKey(name); k++) {
                    name = g.getKey() + "_" + year + "_" + k;
                }
                out.put(name, cl);
            }
        }
        return out;
    }

    /** The first month of the claim's period widened to {@code min} months. */
    private static YearMonth from(Claim c, int min) {
        YearMonth f = YearMonth.parse(c.period().from());
        YearMonth w = YearMonth.parse(c.period().to()).minusMonths(min - 1L);
        return f.isBefore(w) ? f : w;
    }
}
