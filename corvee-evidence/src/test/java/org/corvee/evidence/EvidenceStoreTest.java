package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corvee.store.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles and claims in the results database: round trip, duplicates, review, schema version. */
class EvidenceStoreTest {
    private static Article article(String text, String url) {
        return Article.of(new ArticleMetadata("T", "P", LocalDate.of(2017, 1, 15), url), text, "x.txt", "text", "");
    }

    @Test
    void articleAndClaimsRoundTripAndDuplicatesAreRecognised(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ev.duckdb");
        Article a = article("Pyongyang workers now account for only about 40% of the workers in Russia, a source said.",
                "https://example.invalid/a");
        List<Claim> claims = new ClaimExtractor(Lexicon.bundled()).extract(a);
        assertThat(claims).hasSize(1);
        try (ResultStore rs = ResultStore.open(db)) {
            EvidenceStore s = new EvidenceStore(rs);
            assertThat(s.held(a)).isEmpty();
            long id = s.add(a, claims, Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(s.held(a)).get().extracting(StoredArticle::id).isEqualTo(id);
            // same URL, other text: held; same text, other URL: held (hash); neither: new
            assertThat(s.held(article("Other text.", "https://example.invalid/a"))).isPresent();
            assertThat(s.held(article(a.text(), "https://example.invalid/b"))).isPresent();
            assertThat(s.held(article("Other text.", ""))).isEmpty();
        }
        try (ResultStore rs = ResultStore.open(db)) { // reopened: kept, and the tables are not created twice
            EvidenceStore s = new EvidenceStore(rs);
            Claim c = s.claims("").get(0);
            Claim x = claims.get(0);
            assertThat(c.id()).isPositive();
            assertThat(c.text()).isEqualTo(x.text());
            assertThat(c.low()).isEqualTo(x.low());
            assertThat(c.high()).isEqualTo(x.high());
            assertThat(c.period()).isEqualTo(x.period());
            assertThat(c.attribution()).isEqualTo(x.attribution());
            assertThat(c.quantity()).isEqualTo("capital_share");
            assertThat(s.article(c.articleId()).orElseThrow().article().text()).isEqualTo(a.text());

            s.update(c.reviewed("accepted", "B2", "checked").edited(0.4, 0.35, 0.45, c.quantity(), c.period(), "russia"),
                    true, Instant.now());
            Claim r = s.claim(c.id()).orElseThrow();
            assertThat(r.status()).isEqualTo("accepted");
            assertThat(r.grade()).isEqualTo("B2");
            assertThat(r.low()).isEqualTo(0.35);
            try (Statement st = rs.connection().createStatement();
                 ResultSet q = st.executeQuery("SELECT value FROM store_meta WHERE key = 'evidence_schema_version'")) {
                assertThat(q.next()).isTrue();
                assertThat(q.getString(1)).isEqualTo(String.valueOf(EvidenceSchema.VERSION));
            }
        }
    }

    @Test
    void openHighBoundSurvivesTheDatabase(@TempDir Path dir) {
        Article a = article("Over the past three years there were no fewer than ten welcome ceremonies at the mines.", "");
        try (ResultStore rs = ResultStore.open(dir.resolve("ev.duckdb"))) {
            EvidenceStore s = new EvidenceStore(rs);
            s.add(a, new ClaimExtractor(Lexicon.bundled()).extract(a), Instant.now());
            Claim c = s.claims("").get(0);
            assertThat(c.high()).isInfinite();
            assertThat(c.intervalText()).isEqualTo("[10, ∞)");
        }
    }
}
