package org.corvee.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Extracts the quantitative claims of an article: sentences ({@link Sentences}), numbers in each
 * ({@link MentionFinder}), then per claim its period ({@link PeriodRules}), places
 * ({@link Gazetteer}), attribution ({@link Attributions}) and model quantity ({@link Lexicon}).
 * Sentences of fewer than four words (headings, page furniture such as "1 Response") are
 * skipped. Deterministic: the same text and date give the same claims in the same order.
 */
public final class ClaimExtractor {
    private static final int MIN_WORDS = 4;
    private final Lexicon lexicon;

    public ClaimExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The claims of {@code a}, in text order (ids 0: not stored yet). */
    public List<Claim> extract(Article a) {
        List<Sentences.Sentence> sentences = Sentences.of(a.text());
        Attribution first = firstAttribution(sentences);
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence s = sentences.get(i);
            if (s.text().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            List<Mention> mentions = MentionFinder.find(s.text());
            if (mentions.isEmpty()) {
                continue;
            }
            List<String> earlier = new ArrayList<>();
            for (int j = i - 1; j >= 0 && sentences.get(j).paragraph() == s.paragraph(); j--) {
                earlier.add(0, sentences.get(j).text());
            }
            Attribution who = Attributions.of(s.text(), earlier, first);
            for (Mention m : mentions) {
                out.add(claim(a, s, m, who));
            }
        }
        return out;
    }

    private Claim claim(Article a, Sentences.Sentence s, Mention m, Attribution who) {
        Period period = PeriodRules.resolve(s.text(), m.start(), m.end(), a.published());
        List<Gazetteer.Place> places = Gazetteer.near(s.text(), m.start(), m.end());
        StringJoiner names = new StringJoiner("; ");
        String host = "";
        String province = "";
        for (Gazetteer.Place p : places) {
            if (!names.toString().contains(p.name())) {
                names.add(p.name());
            }
            if (host.isEmpty() && p.dimension().equals("destination")) {
                host = p.key();
            }
            if (province.isEmpty() && p.dimension().equals("province")) {
                province = p.key();
            }
        }
        String quantity = lexicon.match(m.kind(), s.text());
        return new Claim(0, 0, m.kind(), s.text().substring(m.start(), m.end()), s.start() + m.start(),
                s.start() + m.end(), s.text(), s.start(), m.value(), m.low(), m.high(), m.unit(), m.hedge(), m.counted(),
                period, names.toString(), host, province, who, quantity, "pending", who.suggestedGrade(), "");
    }

    private static Attribution firstAttribution(List<Sentences.Sentence> sentences) {
        for (Sentences.Sentence s : sentences) {
            Attribution a = Attributions.inSentence(s.text(), "article");
            if (a != null && !a.who().matches("(?i)(the\\s+)?(source|he|she|they|local)")) {
                return a;
            }
        }
        return Attribution.NONE;
    }
}
