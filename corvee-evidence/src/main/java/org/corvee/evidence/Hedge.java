package org.corvee.evidence;

import java.util.Locale;

/**
 * How exactly a number is stated, and the interval it stands for (documented rules, applied to
 * a stated value v ≥ 0):
 * <ul>
 *   <li>EXACT ("twelve"): [v, v];</li>
 *   <li>ABOUT ("about", "around", "approximately", "roughly", "some", "an estimated",
 *       "close to", "~", "or so"): [0.9 v, 1.1 v] — ±10 %, an assumption;</li>
 *   <li>NEARLY ("nearly", "almost", "just under"): [0.9 v, v];</li>
 *   <li>AT_LEAST ("at least", "no fewer than", "no less than", "more than", "over", "just over", "upwards
 *       of", "in excess of", "or more"): [v, +∞) (a share: [v, 1]);</li>
 *   <li>AT_MOST ("up to", "at most", "as many as", "no more than"): [0, v];</li>
 *   <li>BELOW ("below", "under", "less than", "fewer than"): [0, v] (as the bundled targets read
 *       "below 0.30");</li>
 *   <li>RANGE ("$300 to $1,000", "between 6 and 10 years"): [low, high] as stated;</li>
 *   <li>VAGUE ("dozens" [24, 99], "hundreds" [200, 999], "thousands" [2,000, 9,999], "tens of
 *       thousands" [20,000, 99,999], "hundreds of thousands" [200,000, 999,999]).</li>
 * </ul>
 */
public enum Hedge {
    EXACT, ABOUT, NEARLY, AT_LEAST, AT_MOST, BELOW, RANGE, VAGUE;

    /** The relative half-width of ABOUT. */
    static final double ABOUT_WIDTH = 0.10;

    /** The hedge a phrase written just before (or, for "or more"/"or so", after) a number means, or null. */
    static Hedge ofPhrase(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return switch (p) {
            case "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to", "~",
                 "only about", "or so", "just about", "reportedly about" -> ABOUT;
            case "nearly", "almost", "just under" -> NEARLY;
            case "at least", "no fewer than", "no less than", "more than", "over", "just over", "upwards of", "in excess of",
                 "or more", "well over" -> AT_LEAST;
            case "up to", "at most", "as many as", "no more than" -> AT_MOST;
            case "below", "under", "less than", "fewer than", "only" -> p.equals("only") ? EXACT : BELOW;
            default -> null;
        };
    }

    /** Lower bound of the interval for stated value v. */
    double low(double v) {
        return switch (this) {
            case ABOUT, NEARLY -> v * (1 - ABOUT_WIDTH);
            case AT_MOST, BELOW -> 0;
            default -> v;
        };
    }

    /** Upper bound of the interval for stated value v (+∞ if open). */
    double high(double v) {
        return switch (this) {
            case ABOUT -> v * (1 + ABOUT_WIDTH);
            case AT_LEAST -> Double.POSITIVE_INFINITY;
            default -> v;
        };
    }

    /** Lower-case id as stored. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The hedge with this id, or null. */
    public static Hedge of(String id) {
        for (Hedge h : values()) {
            if (h.id().equalsIgnoreCase(id) || h.name().equalsIgnoreCase(id)) {
                return h;
            }
        }
        return null;
    }
}
