package org.corvee.evidence;

/** What a quantitative claim measures; the value's unit follows from it (see {@link Mention}). */
public enum ClaimKind {
    /** A number of things or persons ("twelve", "about 46,000", "tens of thousands"). */
    COUNT,
    /** A share as a fraction of 1 ("below 30%" → [0, 0.30], "two thirds" → 0.667). */
    SHARE,
    /** An amount of money in a currency (USD, KPW, CNY, RUB, EUR). */
    MONEY,
    /** A length of time, in months ("a three-year term" → 36). */
    DURATION;

    /** Lower-case name as stored and printed. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind with this id, or null. */
    public static ClaimKind of(String id) {
        for (ClaimKind k : values()) {
            if (k.id().equalsIgnoreCase(id)) {
                return k;
            }
        }
        return null;
    }
}
