package org.corvee.evidence;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One target (and one claim's trail) of a {@link TargetExport}, as YAML-ready maps. */
final class TargetEntry {
    /** Mapping fields that steer the export and are not target-file fields. */
    private static final Set<String> EXPORT_ONLY = Set.of("scale", "min_months", "unit");

    private TargetEntry() {
    }

    static Map<String, Object> of(String id, LexiconEntry e, List<Claim> claims, Map<Long, Article> articles) {
        Map<String, Object> t = e.target();
        double scale = t.get("scale") instanceof Number n ? n.doubleValue() : 1.0;
        int minMonths = t.get("min_months") instanceof Number n ? n.intValue() : 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        String from = null;
        String to = null;
        String reliability = "C";
        for (Claim c : claims) {
            lo = Math.min(lo, c.low() * scale);
            hi = Math.max(hi, (Double.isInfinite(c.high()) ? c.value() : c.high()) * scale);
            from = from == null || c.period().from().compareTo(from) < 0 ? c.period().from() : from;
            to = to == null || c.period().to().compareTo(to) > 0 ? c.period().to() : to;
            String r = Grade.reliability(c.grade());
            reliability = r.compareTo(reliability) < 0 ? r : reliability;
        }
        YearMonth end = YearMonth.parse(to);
        YearMonth widest = end.minusMonths(minMonths - 1L);
        if (YearMonth.parse(from).isAfter(widest)) {
            from = widest.toString();
        }
        String host = claims.get(0).host();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("quantity", e.description() + (host.isEmpty() ? "" : " (" + host + ")"));
        if (lo == hi) {
            out.put("observed", round(lo));
        } else {
            out.put("observed_low", round(lo));
            out.put("observed_high", round(hi));
        }
        out.put("period_from", from);
        out.put("period_to", to);
        for (String k : List.of("metric", "key_filter", "numerator", "denominator")) {
            if (t.containsKey(k)) {
                out.put(k, withHost(t.get(k), host));
            }
        }
        out.put("aggregation", t.get("aggregation"));
        for (Map.Entry<String, Object> x : t.entrySet()) {
            if (!EXPORT_ONLY.contains(x.getKey()) && !out.containsKey(x.getKey()) && !x.getKey().equals("tolerance")) {
                out.put(x.getKey(), x.getValue()); // other target-file fields of the mapping (e.g. a target kind)
            }
        }
        Set<String> sources = new LinkedHashSet<>();
        List<String> refs = new ArrayList<>();
        for (Claim c : claims) {
            Article a = articles.get(c.articleId());
            sources.add((a.publisher().isEmpty() ? "unknown publisher" : a.publisher()) + ", \"" + a.title() + "\", "
                    + a.published());
            refs.add("#" + c.id() + " \"" + c.text() + "\" " + c.intervalText() + " (" + c.attribution().who()
                    + ", grade " + (c.grade().isEmpty() ? "C" : c.grade()) + ")");
        }
        out.put("source", "evidence: " + String.join("; ", sources));
        out.put("reliability", reliability);
        out.put("tolerance", t.get("tolerance"));
        out.put("note", "From " + claims.size() + " accepted claim" + (claims.size() == 1 ? "" : "s") + ": "
                + String.join("; ", refs) + ". Hedges read as intervals (about ±10%, below [0, v]); period widened to "
                + minMonths + " month(s) ending with the claims' latest month.");
        return out;
    }

    static Map<String, Object> trail(Claim c, Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim", c.id());
        m.put("text", c.text());
        m.put("interval", c.intervalText() + " " + c.unit());
        m.put("sentence", c.sentence());
        m.put("offsets", List.of(c.start(), c.end()));
        m.put("period", c.period().from() + ".." + c.period().to() + ": " + c.period().basis());
        m.put("place", c.place());
        m.put("said_by", c.attribution().who() + " (" + c.attribution().kind() + "; " + c.attribution().basis() + ")");
        m.put("grade", c.grade());
        if (!c.note().isEmpty()) {
            m.put("review_note", c.note());
        }
        Map<String, Object> art = new LinkedHashMap<>();
        art.put("id", c.articleId());
        art.put("title", a.title());
        art.put("publisher", a.publisher());
        art.put("published", a.published().toString());
        art.put("url", a.url());
        art.put("sha256", a.sha256());
        art.put("origin", a.origin());
        m.put("article", art);
        return m;
    }

    /** A copy of a target-file field with "{host}" replaced; a filter key whose value is "{host}" is dropped without a host. */
    @SuppressWarnings("unchecked")
    private static Object withHost(Object o, String host) {
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> x : map.entrySet()) {
                if ("{host}".equals(x.getValue()) && host.isEmpty()) {
                    continue;
                }
                out.put(String.valueOf(x.getKey()), withHost(x.getValue(), host));
            }
            return out;
        }
        return "{host}".equals(o) ? host : o;
    }

    private static Object round(double v) {
        double r = Math.round(v * 1e6) / 1e6;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? (Object) (long) r : (Object) r;
    }
}
