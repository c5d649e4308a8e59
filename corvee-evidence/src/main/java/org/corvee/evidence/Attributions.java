package org.corvee.evidence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who is said to say a claim, by rules tried in order on the claim's sentence, then on the
 * sentences before it in the same paragraph (quotes continue: "…," the source said), then the
 * first attribution of the article (a report usually names its source once):
 * <ol>
 *   <li>"according to X";</li>
 *   <li>an official document or body: "report/resolution/document … of/by/to X", the UN Panel of
 *       Experts, the UN Special Rapporteur, the State Department, a ministry, a government;</li>
 *   <li>a person phrase before "told", "said", "says", "explained", "added", "reported",
 *       "pointed out": "a source in South Pyongan province", "a defector who worked in Kuwait";</li>
 *   <li>"said/told X" after a quotation;</li>
 *   <li>an outlet reporting ("Reuters reported", "told Daily NK").</li>
 * </ol>
 * A bare pronoun or "the source" found in the sentence defers to the article's first full
 * attribution (it refers back to it). The kind is: defector, official, outlet, resident (local,
 * resident), source (any other person), unattributed.
 */
final class Attributions {
    private static final Pattern ACCORDING = ci("\\baccording\\s+to\\s+((?:the\\s+|a\\s+|an\\s+)?[^,.;:“”\"]+)");
    private static final Pattern OFFICIAL = ci("\\b((?:the\\s+)?(?:UN|U\\.N\\.|United\\s+Nations)\\s+(?:Panel\\s+of\\s+Experts|"
            + "Special\\s+Rapporteur|Security\\s+Council|sanctions\\s+committee)|(?:the\\s+)?(?:US\\s+|U\\.S\\.\\s+)?State\\s+"
            + "Department|(?:the\\s+)?Ministry\\s+of\\s+[A-Z]\\w+|(?:an?\\s+|the\\s+)?(?:official\\s+|internal\\s+|government\\s+)"
            + "(?:document|report|statement)s?|[A-Z]\\w+(?:'s|’s)\\s+report\\s+to\\s+the\\s+UN[^,.;]*)");
    private static final Pattern PERSON_BEFORE_VERB = ci("((?:a|an|the|one|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:source|"
            + "defector|official|resident|local|worker|insider|researcher|diplomat|person)s?\\b[^,.;“”\"]*?)\\s+(?:\\w+ly\\s+)?"
            + "(?:told|said|says|explained|added|reported|pointed\\s+out|noted|claimed)\\b");
    private static final Pattern SAID_PERSON = ci("\\b(?:said|says|told|added|explained)\\s+((?:a|an|the)\\s+[^,.;“”\"]+)");
    private static final Pattern OUTLET = ci("\\b(?:told\\s+|reported\\s+by\\s+|, )?(Daily\\s+NK|Radio\\s+Free\\s+Asia|RFA|"
            + "Reuters|the\\s+AP|Associated\\s+Press|Yomiuri|Washington\\s+Post|Asia\\s+Economy|RBK|Yonhap|NK\\s+News)\\b");
    private static final Pattern BARE = ci("^(?:the\\s+)?(?:source|he|she|they|local)$");

    private Attributions() {
    }

    /**
     * The attribution of a claim in {@code sentence}; {@code earlier} are the sentences before it
     * in the same paragraph, {@code first} is the article's first attribution.
     */
    static Attribution of(String sentence, List<String> earlier, Attribution first) {
        Attribution a = inSentence(sentence, "sentence");
        if (a != null && !BARE.matcher(a.who()).matches()) {
            return a;
        }
        for (int i = earlier.size() - 1; i >= 0 && a == null; i--) {
            Attribution b = inSentence(earlier.get(i), "earlier in the paragraph");
            if (b != null && !BARE.matcher(b.who()).matches()) {
                return b;
            }
        }
        if (first != null && first != Attribution.NONE) {
            return new Attribution(first.who(), first.kind(), "article's first source" + (a == null ? ""
                    : " (\"" + a.who() + "\" in the sentence refers back)"));
        }
        return a != null ? a : Attribution.NONE;
    }

    /** The first attribution that rules 1–5 find in {@code s}, or null. */
    static Attribution inSentence(String s, String basis) {
        Matcher m = ACCORDING.matcher(s);
        if (m.find()) {
            return make(m.group(1), basis);
        }
        m = OFFICIAL.matcher(s);
        if (m.find()) {
            return new Attribution(clean(m.group(1)), "official", basis);
        }
        m = PERSON_BEFORE_VERB.matcher(s);
        if (m.find()) {
            return make(m.group(1), basis);
        }
        m = SAID_PERSON.matcher(s);
        if (m.find()) {
            return make(m.group(1), basis);
        }
        m = OUTLET.matcher(s);
        if (m.find()) {
            return new Attribution(clean(m.group(1)), "outlet", basis);
        }
        return null;
    }

    private static Attribution make(String who, String basis) {
        String w = clean(who);
        String l = w.toLowerCase(Locale.ROOT);
        String kind = l.contains("defector") ? "defector"
                : OFFICIAL.matcher(w).find() || l.matches(".*\\b(ministry|government|panel|rapporteur|department|"
                + "document|report|resolution|un)\\b.*") ? "official"
                : OUTLET.matcher(w).matches() ? "outlet"
                : l.matches(".*\\b(resident|local)\\b.*") && !l.contains("source") ? "resident" : "source";
        return new Attribution(w, kind, basis);
    }

    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ").replaceAll("(?i)\\s+(recently|also|later|then)$", "");
    }

    private static Pattern ci(String re) {
        return Pattern.compile(re, Pattern.CASE_INSENSITIVE);
    }
}
