package org.corvee.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers as articles write them: numerals ("46,000", "1.5", "2.5 million", "30k") and English
 * number words ("twelve", "forty-six thousand", "a hundred", "a dozen"). {@link #NUMBER} is the
 * regular expression of one number; {@link #value} reads a match.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Long> SCALE = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "k", 1_000L, "m", 1_000_000L, "bn", 1_000_000_000L);
    private static final String SMALL_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety";
    private static final String WORD = "(?:" + SMALL_WORDS + "|hundred|thousand|million|billion)";
    /** A numeral with optional thousands separators and decimals. */
    static final String NUMERAL = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** One number, numerals or words; never starts or ends inside a word. */
    static final String NUMBER = "(?:(?<![\\w.,])" + NUMERAL + "(?:\\s*(?:thousand|million|billion)\\b|(?:k|bn|m)\\b)?"
            + "(?![\\w]|[.,]\\d)"
            + "|\\b(?:(?:" + SMALL_WORDS + ")(?:[\\s-]+(?:and[\\s-]+)?" + WORD + ")*"
            + "|a\\s+(?:hundred|thousand|million|dozen)(?:[\\s-]+(?:and[\\s-]+)?" + WORD + ")*)\\b)";
    static final Pattern PATTERN = Pattern.compile(NUMBER, Pattern.CASE_INSENSITIVE);

    private NumberWords() {
    }

    /** The value of a {@link #NUMBER} match. */
    static double value(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        if (Character.isDigit(t.charAt(0))) {
            int i = 0;
            while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == ',' || t.charAt(i) == '.')) {
                i++;
            }
            double v = Double.parseDouble(t.substring(0, i).replace(",", ""));
            String rest = t.substring(i).strip();
            return rest.isEmpty() ? v : v * SCALE.get(rest);
        }
        long total = 0;
        long current = 0;
        for (String w : t.split("[\\s-]+")) {
            if (w.equals("and") || w.equals("a")) {
                if (w.equals("a")) {
                    current = 1;
                }
                continue;
            }
            Integer small = SMALL.get(w);
            if (small != null) {
                current = w.equals("dozen") ? Math.max(current, 1) * 12 : current + small;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else {
                total += Math.max(current, 1) * SCALE.get(w);
                current = 0;
            }
        }
        return total + current;
    }

    /** True if the match is written as words (e.g. "one"), not numerals. */
    static boolean isWords(String s) {
        return !Character.isDigit(s.strip().charAt(0));
    }
}
