package org.corvee.evidence;

/**
 * A number found in a sentence, before it is placed in time, space and attribution: kind,
 * where it is in the sentence ({@code start} inclusive, {@code end} exclusive, offsets in the
 * sentence), the stated value and the interval it stands for ({@link Hedge}), the unit ("share"
 * for a fraction of 1; "months"; a currency code such as "USD" or "USD/month"; "count"), and
 * for a count the thing counted ("North Korean restaurants workers").
 */
record Mention(ClaimKind kind, int start, int end, double value, double low, double high, String unit, Hedge hedge,
               String counted) {
    Mention withSpan(int newStart, int newEnd) {
        return new Mention(kind, newStart, newEnd, value, low, high, unit, hedge, counted);
    }

    boolean overlaps(int s, int e) {
        return s < end && start < e;
    }
}
