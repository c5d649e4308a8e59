package org.corvee.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantitative mentions of one sentence by ordered rules; each rule claims its span so
 * a later rule cannot read the same characters again. Order: money, percentages, durations,
 * "N of M", fractions, vague magnitudes, then any other number as a count. Then adjacent
 * mentions joined by "to", "-" or "between … and" become one range ({@link Ranges}) and the
 * hedge written before (or "or more" after) each mention sets its interval ({@link Hedge}).
 *
 * <p>Not claims (skipped on purpose): years (1900–2099 written without a separator, unless
 * followed by a word for persons) and days of a date ("22 December"); numbers after
 * "resolution", "No.", "article", "page" (identifiers); the bare words "one" and "zero"
 * ("no one", "one of them"); ages ("30 years old", "a 30-year-old", "aged 15 to 64"); and durations that only
 * say when ("over the past three years", "two years ago": see {@link PeriodRules}).
 */
final class MentionFinder {
    private static final String N = NumberWords.NUMBER;
    private static final String CUR_PREFIX = "(US\\$|\\$|USD\\s?|€|£|¥|₩|RMB\\s?)";
    private static final String CUR_WORD = "(US\\s+dollars|dollars|USD|North\\s+Korean\\s+won|won|yuan|RMB|renminbi"
            + "|rubles|roubles|euros)\\b";
    private static final String PER = "(?:\\s*(?:a|per|/)\\s*(month|year)\\b|\\s+(monthly|annually|a\\s+year))?";
    private static final Pattern MONEY_PREFIX = ci(CUR_PREFIX + "\\s?(" + N + ")" + PER);
    private static final Pattern MONEY_WORD = ci("(" + N + ")\\s+" + CUR_WORD + PER);
    private static final Pattern PERCENT = ci("(" + N + ")(?:\\s*%|\\s+percent\\b|\\s+per\\s+cent\\b)");
    private static final Pattern DURATION = ci("(?:\\b(?:a|an)\\s+)?(" + N + ")[\\s-]+(years?|months?|weeks?|days?)\\b"
            + "(?:[\\s-]+long\\b)?(?:\\s+(?:term|contract|stint|tour|posting|assignment)s?\\b)?");
    private static final Pattern OF = ci("(" + N + ")\\s+(?:out\\s+)?of\\s+(?:the\\s+|those\\s+)?(" + N + ")\\b");
    private static final Pattern IN = ci("\\b(one|two|three|four|five|six|seven|eight|nine)\\s+in\\s+(two|three|four|"
            + "five|six|seven|eight|nine|ten)\\b");
    private static final Pattern FRACTION = ci("\\b(one|two|three|four|a)[\\s-]+(half|thirds?|quarters?|fifths?|tenths?)"
            + "\\b|\\bhalf(?=\\s+of\\b)");
    private static final Pattern VAGUE = ci("\\b(tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|thousands|hundreds"
            + "|dozens|millions)\\b");
    private static final Pattern NUMBER = NumberWords.PATTERN;
    private static final Pattern MONTH = ci("(january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");
    private static final Pattern IDENTIFIER_BEFORE = ci("(resolution|no\\.|number|article|chapter|section|page|p\\.|"
            + "room|route|#|version)\\s*$");
    private static final Pattern PERIOD_BEFORE = ci("\\b(?:the|over|in|during|for|within)\\s+(?:the\\s+)?(?:past|last|previous|next|coming|first|recent)\\s*$");
    private static final Pattern PERIOD_AFTER = ci("^\\s*(ago|earlier|later|before|old)\\b|^-old\\b");
    private static final Pattern DATES = Pattern.compile("(?<![\\d,.])(?:(?:19|20)\\d\\d[-/]\\d{1,2}(?:[-/]\\d{1,2})?"
            + "|(?:19|20)\\d\\d\\s?[-–]\\s?(?:(?:19|20)\\d\\d|\\d\\d)|(?<=\\baged\\s)\\d+(?:\\s*(?:to|-|–)\\s*\\d+)?)(?![\\d%])");
    private static final Pattern TIME_UNIT_AFTER = ci("^[\\s-]+(years?|months?|weeks?|days?)\\b");
    private static final Pattern PERSONS_AFTER = ci("^\\s+(workers|people|persons|laborers|labourers|soldiers|"
            + "defectors|residents|volunteers)\\b");

    private MentionFinder() {
    }

    /** The mentions in {@code s}, in order of position. */
    static List<Mention> find(String sentence) {
        String s = maskDates(sentence);
        List<Mention> out = new ArrayList<>();
        money(s, MONEY_PREFIX, 2, 1, out);
        money(s, MONEY_WORD, 1, 2, out);
        each(s, PERCENT, out, m -> mention(ClaimKind.SHARE, m, NumberWords.value(m.group(1)) / 100, "share", null));
        each(s, DURATION, out, m -> duration(s, m));
        each(s, OF, out, m -> {
            double a = NumberWords.value(m.group(1));
            double b = NumberWords.value(m.group(2));
            return b > 0 && a <= b ? mention(ClaimKind.SHARE, m, a / b, "share", null) : null;
        });
        each(s, IN, out, m -> mention(ClaimKind.SHARE, m, NumberWords.value(m.group(1)) / NumberWords.value(m.group(2)),
                "share", null));
        each(s, FRACTION, out, m -> mention(ClaimKind.SHARE, m, fraction(m), "share", null));
        each(s, VAGUE, out, m -> vague(s, m));
        each(s, NUMBER, out, m -> count(s, m));
        out.sort(Comparator.comparingInt(Mention::start));
        return Ranges.hedge(s, Ranges.merge(s, out));
    }

    /**
     * The sentence with written dates ("2017-01-15", "2017/01/15", "2016-17", "2016–2017") replaced
     * by letters of the same length, so their parts are not read as numbers and offsets stay put.
     */
    static String maskDates(String s) {
        Matcher m = DATES.matcher(s);
        StringBuilder sb = new StringBuilder(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, 'x');
            }
        }
        return sb.toString();
    }

    private interface Rule {
        Mention apply(Matcher m);
    }

    private static void each(String s, Pattern p, List<Mention> out, Rule rule) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            if (out.stream().anyMatch(x -> x.overlaps(a, b))) {
                continue;
            }
            Mention x = rule.apply(m);
            if (x != null) {
                out.add(x);
            }
        }
    }

    private static void money(String s, Pattern p, int numberGroup, int currencyGroup, List<Mention> out) {
        each(s, p, out, m -> {
            String per = m.group(3) != null ? m.group(3) : m.group(4);
            String unit = currency(m.group(currencyGroup)) + (per == null ? ""
                    : per.toLowerCase(Locale.ROOT).startsWith("month") ? "/month" : "/year");
            return mention(ClaimKind.MONEY, m, NumberWords.value(m.group(numberGroup)), unit, null);
        });
    }

    static String currency(String c) {
        String t = c.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (t.contains("won") || t.equals("₩")) {
            return "KPW";
        }
        if (t.contains("yuan") || t.contains("rmb") || t.contains("renminbi") || t.equals("¥")) {
            return "CNY";
        }
        if (t.contains("rub") || t.contains("roub")) {
            return "RUB";
        }
        if (t.contains("euro") || t.equals("€")) {
            return "EUR";
        }
        return t.equals("£") ? "GBP" : "USD";
    }

    private static Mention duration(String s, Matcher m) {
        if (PERIOD_BEFORE.matcher(s.substring(0, m.start())).find() || PERIOD_AFTER.matcher(s.substring(m.end())).find()) {
            return null;
        }
        double v = NumberWords.value(m.group(1));
        String u = m.group(2).toLowerCase(Locale.ROOT);
        double months = u.startsWith("year") ? v * 12 : u.startsWith("month") ? v : u.startsWith("week")
                ? v * 12 / 52.0 : v * 12 / 365.25;
        return mention(ClaimKind.DURATION, m, months, "months", null);
    }

    private static double fraction(Matcher m) {
        if (m.group(1) == null) {
            return 0.5;
        }
        String num = m.group(1).toLowerCase(Locale.ROOT);
        double a = num.equals("a") ? 1 : NumberWords.value(num);
        String d = m.group(2).toLowerCase(Locale.ROOT);
        double b = d.startsWith("half") ? 2 : d.startsWith("third") ? 3 : d.startsWith("quarter") ? 4
                : d.startsWith("fifth") ? 5 : 10;
        return a / b;
    }

    private static Mention vague(String s, Matcher m) {
        String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        double lo;
        double hi;
        switch (w) {
            case "dozens" -> { lo = 24; hi = 99; }
            case "hundreds" -> { lo = 200; hi = 999; }
            case "thousands" -> { lo = 2_000; hi = 9_999; }
            case "tens of thousands" -> { lo = 20_000; hi = 99_999; }
            case "hundreds of thousands" -> { lo = 200_000; hi = 999_999; }
            default -> { lo = 2_000_000; hi = 9_999_999; }
        }
        return new Mention(ClaimKind.COUNT, m.start(), m.end(), Double.NaN, lo, hi, "count", Hedge.VAGUE,
                Counted.after(s, m.end()));
    }

    private static Mention count(String s, Matcher m) {
        String t = m.group().strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("one") || lower.equals("zero")) {
            return null;
        }
        String before = s.substring(0, m.start());
        String after = s.substring(m.end());
        if (t.matches("(19|20)\\d\\d") && !PERSONS_AFTER.matcher(after).find()) {
            return null; // a year
        }
        if (t.matches("\\d{1,2}") && (after.startsWith(" ") && MONTH.matcher(after.stripLeading()).lookingAt()
                || before.matches("(?s).*\\b" + MONTH.pattern() + "\\s*$"))) {
            return null; // a day of a date
        }
        if (IDENTIFIER_BEFORE.matcher(before).find() || PERIOD_AFTER.matcher(after).find()
                || TIME_UNIT_AFTER.matcher(after).find()) {
            return null; // an identifier, or a time the duration rule left out on purpose (a period, an age)
        }
        double v = NumberWords.value(t);
        String counted = Counted.after(s, m.end());
        int phraseEnd = counted.isEmpty() ? m.end() : s.indexOf(counted, m.end()) + counted.length();
        int leader = Counted.leaderAfter(s, phraseEnd);
        if (leader > 0) {
            // "twelve workers and their manager": the group counts the manager too
            String tail = s.substring(phraseEnd, phraseEnd + leader).strip();
            return new Mention(ClaimKind.COUNT, m.start(), phraseEnd + leader, v + 1, v + 1, v + 1, "count",
                    Hedge.EXACT, counted + " " + tail);
        }
        return mention(ClaimKind.COUNT, m, v, "count", counted);
    }

    private static Mention mention(ClaimKind k, Matcher m, double v, String unit, String counted) {
        return new Mention(k, m.start(), m.end(), v, v, v, unit, Hedge.EXACT, counted);
    }

    private static Pattern ci(String re) {
        return Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
