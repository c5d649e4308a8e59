package org.corvee.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a claim refers to, from the time expressions of its sentence resolved against the
 * article's date D (month M). The expression nearest the claim wins (so in "over the past three
 * years, ten ceremonies …, but only about 30% remain today" the ceremonies get three years and
 * the 30% gets today). Rules:
 * <ul>
 *   <li>"over/in/during the past/last N years|months" → N years (months) before M up to M;</li>
 *   <li>"N years ago" → that year; "last year" → the calendar year before D; "this year" →
 *       January of D's year to M;</li>
 *   <li>"since YYYY" → January YYYY to M; "between YYYY and YYYY", "YYYY-YYYY" → those years;</li>
 *   <li>"MONTH YYYY" → that month; "early YYYY" → January–March, "mid-YYYY" → May–July, "late
 *       YYYY" and "(the) end of YYYY" → October–December and December; "in/by/of/until YYYY" or a bare year → that year (years
 *       after D are ignored);</li>
 *   <li>"recently", "in recent months", "lately" → the 12 months up to M (an assumption);</li>
 *   <li>"now", "today", "currently", "these days", "nowadays", "at present", "still" → M;</li>
 *   <li>none of these in the sentence → M, basis "article date".</li>
 * </ul>
 */
final class PeriodRules {
    private static final String NUM = NumberWords.NUMBER;
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december";
    private static final Pattern PAST = ci("\\b(?:over|in|during|for|within)\\s+the\\s+(?:past|last|previous)\\s+(?:("
            + NUM + ")\\s+)?(years?|months?)\\b");
    private static final Pattern AGO = ci("(" + NUM + "|a)\\s+(years?|months?)\\s+ago\\b");
    private static final Pattern LAST_YEAR = ci("\\b(last|this)\\s+year\\b");
    private static final Pattern SINCE = ci("\\bsince\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SPAN = ci("\\b(?:between\\s+)?((?:19|20)\\d\\d)\\s*(?:-|–|to|and)\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = ci("\\b(" + MONTHS + ")\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern PART_OF_YEAR = ci("\\b(early|mid-?|late|(?:the\\s+)?end\\s+of)\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR = ci("(?<![\\d,.$])((?:19|20)\\d\\d)(?![\\d%]|,\\d)");
    private static final Pattern RECENT = ci("\\b(recently|in\\s+recent\\s+(?:months|years)|lately)\\b");
    private static final Pattern NOW = ci("\\b(now|today|currently|these\\s+days|nowadays|at\\s+present|still)\\b");

    private PeriodRules() {
    }

    private record Found(int start, int end, Period period) {
        int distance(int a, int b) {
            return end <= a ? a - end : start >= b ? start - b : 0;
        }
    }

    /** The period of the claim at [a, b) of sentence {@code s} of an article dated {@code date}. */
    static Period resolve(String s, int a, int b, LocalDate date) {
        List<Found> found = find(s, date);
        Found best = null;
        for (Found f : found) {
            if (f.start() < b && a < f.end()) {
                continue; // the claim's own words ("a three-year term") are not its period
            }
            if (best == null || f.distance(a, b) < best.distance(a, b)) {
                best = f;
            }
        }
        YearMonth m = YearMonth.from(date);
        return best != null ? best.period()
                : new Period(m.toString(), m.toString(), "article date " + date + " (no time in the sentence)");
    }

    private static List<Found> find(String s, LocalDate date) {
        YearMonth m = YearMonth.from(date);
        String at = " (article " + date + ")";
        List<Found> out = new ArrayList<>();
        Matcher x = PAST.matcher(s);
        while (x.find()) {
            int n = x.group(1) == null ? 1 : (int) NumberWords.value(x.group(1));
            int months = x.group(2).toLowerCase(Locale.ROOT).startsWith("year") ? 12 * n : n;
            out.add(new Found(x.start(), x.end(), new Period(m.minusMonths(months).toString(), m.toString(),
                    "\"" + x.group() + "\"" + at)));
        }
        x = AGO.matcher(s);
        while (x.find()) {
            int n = x.group(1).equalsIgnoreCase("a") ? 1 : (int) NumberWords.value(x.group(1));
            YearMonth t = x.group(2).toLowerCase(Locale.ROOT).startsWith("year") ? m.minusYears(n) : m.minusMonths(n);
            out.add(new Found(x.start(), x.end(), new Period(t.toString(), t.toString(), "\"" + x.group() + "\"" + at)));
        }
        x = LAST_YEAR.matcher(s);
        while (x.find()) {
            int y = x.group(1).equalsIgnoreCase("last") ? date.getYear() - 1 : date.getYear();
            String to = y == date.getYear() ? m.toString() : y + "-12";
            out.add(new Found(x.start(), x.end(), new Period(y + "-01", to, "\"" + x.group() + "\"" + at)));
        }
        x = SINCE.matcher(s);
        while (x.find()) {
            out.add(new Found(x.start(), x.end(), new Period(x.group(1) + "-01", m.toString(), "\"" + x.group() + "\"" + at)));
        }
        x = SPAN.matcher(s);
        while (x.find()) {
            if (x.group(1).compareTo(x.group(2)) <= 0) {
                out.add(new Found(x.start(), x.end(), new Period(x.group(1) + "-01", x.group(2) + "-12",
                        "\"" + x.group() + "\"")));
            }
        }
        x = PART_OF_YEAR.matcher(s);
        while (x.find()) {
            String part = x.group(1).toLowerCase(Locale.ROOT);
            String y = x.group(2);
            String[] months = part.startsWith("early") ? new String[] {"01", "03"} : part.startsWith("mid")
                    ? new String[] {"05", "07"} : part.startsWith("late") ? new String[] {"10", "12"} : new String[] {"12", "12"};
            out.add(new Found(x.start(), x.end(), new Period(y + "-" + months[0], y + "-" + months[1],
                    "\"" + x.group() + "\"")));
        }
        x = MONTH_YEAR.matcher(s);
        while (x.find()) {
            YearMonth t = YearMonth.of(Integer.parseInt(x.group(2)),
                    java.time.Month.valueOf(x.group(1).toUpperCase(Locale.ROOT)));
            out.add(new Found(x.start(), x.end(), new Period(t.toString(), t.toString(), "\"" + x.group() + "\"")));
        }
        x = YEAR.matcher(s);
        while (x.find()) {
            int y = Integer.parseInt(x.group(1));
            int st = x.start();
            if (y <= date.getYear() && out.stream().noneMatch(f -> f.start() <= st && st < f.end())) {
                out.add(new Found(x.start(), x.end(), new Period(y + "-01", y == date.getYear() ? m.toString()
                        : y + "-12", "\"" + x.group() + "\"")));
            }
        }
        x = RECENT.matcher(s);
        while (x.find()) {
            out.add(new Found(x.start(), x.end(), new Period(m.minusMonths(12).toString(), m.toString(),
                    "\"" + x.group() + "\": the 12 months up to the article" + at)));
        }
        x = NOW.matcher(s);
        while (x.find()) {
            out.add(new Found(x.start(), x.end(), new Period(m.toString(), m.toString(), "\"" + x.group() + "\"" + at)));
        }
        return out;
    }

    private static Pattern ci(String re) {
        return Pattern.compile(re, Pattern.CASE_INSENSITIVE);
    }
}
