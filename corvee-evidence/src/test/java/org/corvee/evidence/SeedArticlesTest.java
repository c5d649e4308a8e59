package org.corvee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The two seed reports (verbatim copies of ../shared/corpus in src/test/resources/seed; dates
 * given as `--published` would, see src/test/resources/README.md) yield the claims the issue
 * names, with offsets that point at the claim's words, and the periods and quantities the rules
 * say.
 */
class SeedArticlesTest {
    private static List<Claim> claims(String file, String date) throws Exception {
        Path p = Path.of(SeedArticlesTest.class.getResource("/seed/" + file).toURI());
        Article a = new ArticleReader(new ArticleMetadata(null, null, LocalDate.parse(date), null)).read(p)
                .articles().get(0);
        List<Claim> out = new ClaimExtractor(Lexicon.bundled()).extract(a);
        for (Claim c : out) {
            assertThat(a.text().substring(c.start(), c.end())).as("offsets of " + c.text()).isEqualTo(c.text());
            assertThat(c.sentence()).contains(c.text());
        }
        return out;
    }

    private static Claim one(List<Claim> claims, Predicate<Claim> p, String what) {
        List<Claim> found = claims.stream().filter(p).toList();
        assertThat(found).as(what + " in " + claims).hasSize(1);
        return found.get(0);
    }

    @Test
    void overseasReportYieldsTheCapitalShareAndTheGroupDefection() throws Exception {
        List<Claim> cs = claims("overseas-workers-report.txt", "2017-01-15");
        Claim share = one(cs, c -> c.kind() == ClaimKind.SHARE && c.text().contains("40%"), "the capital's ~40% share");
        assertThat(share.low()).isEqualTo(0.36, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(share.high()).isEqualTo(0.44, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(share.hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(share.quantity()).isEqualTo("capital_share");
        assertThat(share.host()).isEqualTo("russia");
        assertThat(share.attribution().who()).contains("local source");
        assertThat(share.period().from()).isEqualTo("2017-01"); // "now", the article's month

        Claim group = one(cs, c -> c.text().startsWith("twelve"), "twelve restaurant workers and their manager");
        assertThat(group.text()).endsWith("and their manager");
        assertThat(group.value()).isEqualTo(13);
        assertThat(group.quantity()).isEqualTo("group_defection");
        assertThat(group.host()).isEqualTo("china");
        assertThat(group.attribution().who()).isEqualTo("a source in Pyongyang");
    }

    @Test
    void miningReportYieldsOccupancyRetentionCeremoniesTermAndFloors() throws Exception {
        List<Claim> cs = claims("mining-recruitment-report.txt", "2024-06-15");
        List<Claim> occupancy = cs.stream().filter(c -> c.text().equals("below 30%")).toList();
        assertThat(occupancy).hasSize(2).allSatisfy(c -> {
            assertThat(c.low()).isZero();
            assertThat(c.high()).isEqualTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(c.quantity()).isEqualTo("housing_occupancy");
        });

        Claim still = one(cs, c -> c.text().contains("30%") && c.hedge() == Hedge.ABOUT, "about 30% still on the job");
        assertThat(still.quantity()).isEqualTo("posting_retention");
        assertThat(still.period().from()).isEqualTo("2024-06"); // "today"

        Claim ten = one(cs, c -> c.text().contains("ten") && c.kind() == ClaimKind.COUNT, "ten welcome ceremonies");
        assertThat(ten.hedge()).isEqualTo(Hedge.AT_LEAST); // "no fewer than"
        assertThat(ten.low()).isEqualTo(10);
        assertThat(ten.counted()).isEqualTo("welcome ceremonies");
        assertThat(ten.period().from()).isEqualTo("2021-06"); // "over the past three years"
        assertThat(ten.period().to()).isEqualTo("2024-06");
        assertThat(ten.place()).contains("South Pyongan"); // Kaechon
        assertThat(ten.quantity()).isEqualTo("posting_cohorts");

        Claim term = one(cs, c -> c.text().equals("a three-year term"), "a three-year term");
        assertThat(term.kind()).isEqualTo(ClaimKind.DURATION);
        assertThat(term.value()).isEqualTo(36);
        assertThat(term.quantity()).isEqualTo("posting_term");

        Claim floors = one(cs, c -> c.counted().equals("floors"), "three to eight floors");
        assertThat(floors.hedge()).isEqualTo(Hedge.RANGE);
        assertThat(floors.low()).isEqualTo(3);
        assertThat(floors.high()).isEqualTo(8);
        assertThat(floors.attribution().who()).isEqualTo("A source in South Pyongan province");
        assertThat(floors.period().from()).isEqualTo("2023-06"); // "recently": the 12 months up to the article
    }

    @Test
    void pageFurnitureAndThePeriodOfTheCeremoniesAreNotClaims() throws Exception {
        List<Claim> cs = claims("mining-recruitment-report.txt", "2024-06-15");
        assertThat(cs).noneMatch(c -> c.sentence().length() < 5); // "0", "1" lines of the page
        assertThat(cs).noneMatch(c -> c.sentence().startsWith("Over the past three years") && c.value() == 3);
    }
}
