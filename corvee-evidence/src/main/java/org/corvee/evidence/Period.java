package org.corvee.evidence;

/**
 * The months a claim refers to, inclusive ("YYYY-MM"), and the rule that set them, e.g.
 * "over the past three years (article 2024-08-20)" or "article date (no time in the sentence)".
 */
public record Period(String from, String to, String basis) {
}
