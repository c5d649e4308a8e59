package org.corvee.evidence;

/**
 * A quantitative claim of an article: what kind of number, the words that state it
 * ({@code text}, at [{@code start}, {@code end}) in the article's text), the sentence it stands
 * in (starting at {@code sentenceStart}), the stated value and the interval it stands for (see
 * {@link Hedge}; {@code high} is +∞ when open), its unit, what a count counts, the period, the
 * places named (nearest first; {@code host} and {@code province} are model keys or ""), who is
 * said to say it, and the model quantity the lexicon matched ("" if none).
 *
 * <p>Review state: {@code status} is "pending", "accepted" or "rejected"; {@code grade} is A/B/C
 * or a source × credibility code such as "B2" (see {@link Grade}); {@code note} is the
 * reviewer's. {@code id} and {@code articleId} are 0 until stored.
 */
public record Claim(long id, long articleId, ClaimKind kind, String text, int start, int end, String sentence,
                    int sentenceStart, double value, double low, double high, String unit, Hedge hedge,
                    String counted, Period period, String place, String host, String province,
                    Attribution attribution, String quantity, String status, String grade, String note) {
    public Claim {
        counted = counted == null ? "" : counted;
        place = place == null ? "" : place;
        host = host == null ? "" : host;
        province = province == null ? "" : province;
        quantity = quantity == null ? "" : quantity;
        status = status == null ? "pending" : status;
        grade = grade == null ? "" : grade;
        note = note == null ? "" : note;
    }

    /** The interval as text: "0.3", "[0.27, 0.33]", "[0.3, ∞)". */
    public String intervalText() {
        if (low == high) {
            return fmt(low);
        }
        return "[" + fmt(low) + ", " + (Double.isInfinite(high) ? "∞)" : fmt(high) + "]");
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A copy with review fields changed. */
    public Claim reviewed(String newStatus, String newGrade, String newNote) {
        return new Claim(id, articleId, kind, text, start, end, sentence, sentenceStart, value, low, high, unit, hedge,
                counted, period, place, host, province, attribution, quantity, newStatus, newGrade, newNote);
    }

    /** A copy with edited value, interval, quantity and period. */
    public Claim edited(double newValue, double newLow, double newHigh, String newQuantity, Period newPeriod,
                        String newHost) {
        return new Claim(id, articleId, kind, text, start, end, sentence, sentenceStart, newValue, newLow, newHigh,
                unit, hedge, counted, newPeriod, place, newHost, province, attribution, newQuantity, status, grade,
                note);
    }
}
