package org.corvee.evidence;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One model quantity of the {@link Lexicon}: its id and description, the claim kind it takes,
 * the word groups that identify it in a sentence ({@code all}: each group must occur;
 * {@code any}: at least one must if any are given; {@code none}: none may), and how an accepted
 * claim becomes a target ({@code target}: the target-file fields metric/key_filter or
 * numerator/denominator, aggregation, tolerance, plus {@code scale} to multiply values and
 * {@code min_months} to widen a short period), or the parameter it is an input for
 * ({@code input}; such claims are not exported as targets). {@code reservedAfter} (a year) marks
 * host-by-host stocks and flows: a claim about a host for a period after that year is a reserved
 * fact and is never exported.
 */
record LexiconEntry(String id, String description, ClaimKind kind, List<Pattern> all, List<Pattern> any,
                    List<Pattern> none, Map<String, Object> target, String input, int reservedAfter,
                    boolean needsHost) {

    /** The match score of a sentence: -1 if it does not match, else the number of groups found. */
    int score(String sentence) {
        int score = 0;
        for (Pattern p : none) {
            if (p.matcher(sentence).find()) {
                return -1;
            }
        }
        for (Pattern p : all) {
            if (!p.matcher(sentence).find()) {
                return -1;
            }
            score += 2;
        }
        int anyFound = 0;
        for (Pattern p : any) {
            if (p.matcher(sentence).find()) {
                anyFound++;
            }
        }
        if (!any.isEmpty() && anyFound == 0) {
            return -1;
        }
        return score + anyFound;
    }
}
