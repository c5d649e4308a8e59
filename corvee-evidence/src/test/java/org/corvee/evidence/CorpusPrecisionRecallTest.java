package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extraction precision and recall on the annotated test corpus (src/test/resources/corpus: 15
 * short reports in our own words carrying published figures with their sources named; HTML,
 * text with front matter, RSS and Atom). Thresholds, stated before they were measured against
 * and kept as a regression guard: precision ≥ 0.90, recall ≥ 0.90, quantity accuracy (the
 * lexicon's match for the matched claims) ≥ 0.80. The figures are printed.
 */
class CorpusPrecisionRecallTest {
    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.90;
    static final double MIN_QUANTITY_ACCURACY = 0.80;

    @Test
    void extractionMeetsThePrecisionAndRecallThresholds() throws Exception {
        Path dir = Path.of(getClass().getResource("/corpus").toURI());
        List<CorpusScore.Expected> expected = CorpusScore.expected(dir.resolveSibling("corpus-expected-claims.yaml"));
        CorpusScore.Result r = CorpusScore.score(dir, expected, new ClaimExtractor(Lexicon.bundled()));
        r.print("evidence corpus");
        assertThat(expected).hasSizeGreaterThanOrEqualTo(30);
        assertThat(r.precision()).as(r.summary()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(r.recall()).as(r.summary()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(r.quantityAccuracy()).as(r.summary()).isGreaterThanOrEqualTo(MIN_QUANTITY_ACCURACY);
    }
}
