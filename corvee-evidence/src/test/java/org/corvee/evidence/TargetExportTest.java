package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepted claims → a target file the target reader accepts, with merging, skips and the trail. */
class TargetExportTest {
    private final ClaimExtractor extractor = new ClaimExtractor(Lexicon.bundled());

    private List<Claim> accept(Article a, long articleId, long firstId) {
        List<Claim> out = new ArrayList<>();
        long id = firstId;
        for (Claim c : extractor.extract(a)) {
            out.add(new Claim(id++, articleId, c.kind(), c.text(), c.start(), c.end(), c.sentence(), c.sentenceStart(),
                    c.value(), c.low(), c.high(), c.unit(), c.hedge(), c.counted(), c.period(), c.place(), c.host(),
                    c.province(), c.attribution(), c.quantity(), "accepted", c.grade(), ""));
        }
        return out;
    }

    private static Article article(String text, String date) {
        return Article.of(new ArticleMetadata("Title " + date, "Pub", LocalDate.parse(date), "https://x.invalid/" + date),
                text, "f", "text", "");
    }

    @Test
    void claimsOnOneQuantityMergeIntoAnIntervalAndTheFileReadsBack(@TempDir Path dir) throws Exception {
        Article a1 = article("People from Pyongyang now make up only about 40% of the workers in Russia, a source said.",
                "2017-01-15");
        Article a2 = article("Pyongyang workers are now below 35% of the workforce in Russia, a local source said.",
                "2017-06-15");
        List<Claim> claims = new ArrayList<>(accept(a1, 1, 1));
        claims.addAll(accept(a2, 2, 10));
        TargetExport.Result r = TargetExport.export(claims, Map.of(1L, a1, 2L, a2), Lexicon.bundled());
        assertThat(r.skipped()).isEmpty();
        List<Target> ts = TargetFile.parse("exported", r.yaml());
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("E_capital_share_russia");
            assertThat(t.isInterval()).isTrue();
            assertThat(t.observedLow()).isZero(); // "below 35%"
            assertThat(t.observedHigh()).isEqualTo(0.44); // "about 40%"
            assertThat(t.periodFrom()).isEqualTo("2016-07"); // widened to 12 months
            assertThat(t.periodTo()).isEqualTo("2017-06");
            assertThat(t.numerator().keyFilter()).containsEntry("destination", "russia").containsEntry("province",
                    "pyongyang");
            assertThat(t.source()).contains("Title 2017-01-15").contains("Title 2017-06-15");
            assertThat(t.note()).contains("#1").contains("#10");
        });
        Path f = Files.writeString(dir.resolve("t.yaml"), r.yaml());
        EvidenceTrail trail = EvidenceTrail.read(f);
        assertThat(trail.claims("E_capital_share_russia")).isEqualTo(2);
        assertThat(trail.html("E_capital_share_russia")).contains("<mark>only about 40%</mark>")
                .contains("https://x.invalid/2017-01-15");
        assertThat(trail.html("T1")).isEmpty();
    }

    @Test
    void claimsAboutDifferentTimesStayDifferentTargets() throws Exception {
        Article a = article("RBK counted 47,364 North Korean workers in Russia in early 2015. "
                + "Russia said 30,023 North Korean workers held permits in Russia at the end of 2017.", "2018-03-01");
        List<Target> ts = TargetFile.parse("x", TargetExport.export(accept(a, 1, 1), Map.of(1L, a), Lexicon.bundled())
                .yaml());
        assertThat(ts).extracting(Target::id).containsExactly("E_workers_abroad_russia_2015", "E_workers_abroad_russia_2017");
        assertThat(ts.get(0).observed()).isEqualTo(47364);
        assertThat(ts.get(0).periodFrom()).isEqualTo("2015-01");
        assertThat(ts.get(0).periodTo()).isEqualTo("2015-03");
        assertThat(ts.get(1).periodTo()).isEqualTo("2017-12");
    }

    @Test
    void inputsUnmatchedClaimsAndReservedFactsAreNotExported() {
        Article a = article("Russia said 30,023 North Korean workers held permits in Russia in 2019. "
                + "Young people leave after a three-year term at the mine. The buildings have three to eight floors.",
                "2020-01-15");
        TargetExport.Result r = TargetExport.export(accept(a, 1, 1), Map.of(1L, a), Lexicon.bundled());
        assertThat(r.targets()).isZero();
        assertThat(r.skipped()).hasSize(3);
        assertThat(String.join("\n", r.skipped())).contains("reserved fact").contains("is an input (postings.term_months)")
                .contains("matched no model quantity");
    }

    @Test
    void anExactClaimAloneIsAPointAndAnOpenBoundClosesAtTheStatedValue() throws Exception {
        Article a = article("Thirteen workers of a restaurant in China defected together in April 2016.", "2016-05-01");
        TargetExport.Result r = TargetExport.export(accept(a, 1, 1), Map.of(1L, a), Lexicon.bundled());
        Target t = TargetFile.parse("x", r.yaml()).get(0);
        assertThat(t.observed()).isEqualTo(13);
        assertThat(t.periodFrom()).isEqualTo("2015-05");
        assertThat(t.periodTo()).isEqualTo("2016-04");
        Article b = article("No fewer than 2,000 workers rioted at the factories in Helong.", "2024-02-01");
        Target u = TargetFile.parse("y", TargetExport.export(accept(b, 1, 1), Map.of(1L, b), Lexicon.bundled()).yaml())
                .get(0);
        assertThat(u.observed()).isEqualTo(2000);
    }
}
