package org.corvee.evidence;

/**
 * Who is said to say a claim: the phrase ("a source in South Pyongan province", "the UN Panel
 * of Experts"), its kind (official, outlet, source, defector, resident, unattributed) and where it
 * was found ("sentence", "earlier in the paragraph", "article's first source").
 */
public record Attribution(String who, String kind, String basis) {
    /** Nobody named. */
    public static final Attribution NONE = new Attribution("", "unattributed", "none found");

    /** The reliability grade this kind suggests (MODEL.md A/B/C); the reviewer decides. */
    public String suggestedGrade() {
        return switch (kind) {
            case "official" -> "A";
            case "outlet" -> "B";
            default -> "C";
        };
    }
}
