package org.corvee.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two last steps of {@link MentionFinder}: joining "A to B", "A-B", "from A to B" and
 * "between A and B" into one range, and reading the hedge before or after a mention.
 *
 * <p>A range joins two neighbouring mentions when the text between them is only "to", "-", "–",
 * "—" (or "and" after "between"), and their kinds agree or the first is a bare count ("70 to 90
 * percent", "three to eight floors", "$300 to $1,000", "6-10 years"): the first takes the
 * second's kind and unit, so "70" in "70 to 90 percent" is read as 70 %.
 */
final class Ranges {
    private static final Pattern JOIN = Pattern.compile("\\s*(to|-|–|—|and)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(between|from)\\s+$");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)(?:^|[\\s(])(only about|just about|reportedly about|"
            + "an estimated|about|around|approximately|roughly|some|estimated|close to|nearly|almost|just under|"
            + "at least|no fewer than|no less than|more than|well over|just over|over|upwards of|in excess of|below|under|"
            + "less than|fewer than|up to|at most|as many as|no more than|only|~)\\s*$");
    private static final Pattern RATE_AFTER = Pattern.compile("(?i)^(?:\\s*(?:a|per|/)\\s*(month|year)\\b|\\s+(monthly|annually))");
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?i)^\\s+(or more|or so)\\b");

    private Ranges() {
    }

    static List<Mention> merge(String s, List<Mention> in) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Mention a = in.get(i);
            if (i + 1 < in.size()) {
                Mention b = in.get(i + 1);
                Matcher j = JOIN.matcher(s.substring(a.end(), b.start()));
                // "$300 to $1,000 a month": the rate written once, after the second amount, applies to both
                boolean compatible = a.kind() == b.kind() && b.unit().startsWith(a.unit())
                        || a.kind() == ClaimKind.COUNT && a.hedge() == Hedge.EXACT;
                if (j.matches() && a.kind() == ClaimKind.MONEY && b.kind() == ClaimKind.COUNT && b.hedge() == Hedge.EXACT
                        && !j.group(1).equalsIgnoreCase("and")) {
                    // "$300-1,000 monthly": the currency written once, before the first amount
                    Matcher rate = RATE_AFTER.matcher(s.substring(b.end()));
                    boolean hasRate = !a.unit().contains("/") && rate.find();
                    String word = hasRate ? (rate.group(1) != null ? rate.group(1) : rate.group(2)) : "";
                    String unit = hasRate ? a.unit() + (word.toLowerCase(Locale.ROOT).startsWith("month") ? "/month"
                            : "/year") : a.unit();
                    int end = hasRate ? b.end() + rate.end() : b.end();
                    if (a.value() <= b.value()) {
                        out.add(new Mention(ClaimKind.MONEY, a.start(), end, (a.value() + b.value()) / 2, a.value(),
                                b.value(), unit, Hedge.RANGE, ""));
                        i++;
                        continue;
                    }
                }
                if (j.matches() && compatible && a.hedge() != Hedge.VAGUE && b.hedge() != Hedge.VAGUE) {
                    Matcher between = BETWEEN.matcher(s.substring(0, a.start()));
                    boolean and = j.group(1).equalsIgnoreCase("and");
                    if (!and || between.find()) {
                        double lo = a.kind() == b.kind() ? a.value() : convert(a.value(), b, s);
                        Matcher from = BETWEEN.matcher(s.substring(0, a.start()));
                        int start = from.find() ? from.start() : a.start();
                        if (lo <= b.value()) {
                            out.add(new Mention(b.kind(), start, b.end(), (lo + b.value()) / 2, lo, b.value(), b.unit(),
                                    Hedge.RANGE, b.counted()));
                            i++;
                            continue;
                        }
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    /** A bare number read in the unit of the mention it ranges with ("6-10 years": 6 years in months). */
    private static double convert(double v, Mention b, String s) {
        if (b.kind() == ClaimKind.SHARE) {
            return v / 100;
        }
        Matcher n = NumberWords.PATTERN.matcher(s.substring(b.start(), b.end()));
        if (b.kind() == ClaimKind.DURATION && n.find()) {
            double stated = NumberWords.value(n.group());
            return stated == 0 ? v : v * b.value() / stated;
        }
        return v;
    }

    static List<Mention> hedge(String s, List<Mention> in) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : in) {
            if (m.hedge() != Hedge.EXACT) {
                out.add(m);
                continue;
            }
            Matcher before = HEDGE_BEFORE.matcher(s.substring(0, m.start()));
            Matcher after = HEDGE_AFTER.matcher(s.substring(m.end()));
            Hedge h = null;
            int start = m.start();
            int end = m.end();
            if (before.find()) {
                h = Hedge.ofPhrase(before.group(1));
                start = before.start(1);
            } else if (after.find()) {
                h = Hedge.ofPhrase(after.group(1));
                end = m.end() + after.end();
            }
            if (h == null || h == Hedge.EXACT) {
                out.add(h == Hedge.EXACT ? m.withSpan(start, end) : m);
                continue;
            }
            double hi = h.high(m.value());
            if (m.kind() == ClaimKind.SHARE) {
                hi = Math.min(hi, Math.max(1.0, m.value())); // a share is at most 1 ("more than 95%" → [0.95, 1])
            }
            out.add(new Mention(m.kind(), start, end, m.value(), h.low(m.value()), hi, m.unit(), h, m.counted()));
        }
        return out;
    }
}
