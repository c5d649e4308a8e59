package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corvee.evidence.Claim;
import org.corvee.evidence.EvidenceStore;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.store.ResultStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `corvee evidence` end to end in one database beside a small run: the seed reports in, bad
 * input reported one line each while the rest of the batch is read, duplicates skipped, review,
 * export to a target file that report reads, with the claims shown in the validation table.
 */
class EvidenceCommandsTest {
    private static final Path SEED = Path.of("..", "corvee-evidence", "src", "test", "resources", "seed");

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void runAndSeeds() {
        db = tmp.resolve("ev.duckdb");
        CommandLineTest.Result r = CommandLineTest.run("run", "--scale", "0.001", "--seed", "3", "--out",
                tmp.resolve("run").toString(), "--db", db.toString());
        assertThat(r.status()).as(r.err()).isZero();
        CommandLineTest.Result a = CommandLineTest.run("evidence", "add", SEED.resolve("overseas-workers-report.txt")
                .toString(), "--published", "2017-01-15", "--publisher", "One Free Korea", "--db", db.toString());
        assertThat(a.status()).as(a.err()).isZero();
        assertThat(a.out()).contains("added article 1");
        CommandLineTest.Result b = CommandLineTest.run("evidence", "add", SEED.resolve("mining-recruitment-report.txt")
                .toString(), "--published", "2024-06-15", "--db", db.toString());
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).contains("dailynk.com");
    }

    @Test
    void badInputIsOneLineEachAndTheRestIsRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(dir.resolve("b.html"), "<!DOCTYPE html><html><head>"
                + "<meta property=\"article:published_time\" content=\"2020-01-01\"></head><body></body></html>");
        Files.writeString(dir.resolve("c.html"), "<html><body><p>About 500 workers were sent to Russia.</p></body></html>");
        Files.writeString(dir.resolve("d.xml"), "<?xml version=\"1.0\"?><rss><channel><item></channel></rss>");
        Files.writeString(dir.resolve("e.txt"), "---\ntitle: Good one\npublished: 2019-03-01\n---\n"
                + "Some 300 workers were sent to Russia last year, a source said.\n");
        CommandLineTest.Result r = CommandLineTest.run("evidence", "add", dir.toString(), tmp.resolve("nowhere.txt")
                .toString(), "--db", db.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("a.png: binary file");
        assertThat(lines.get(1)).contains("b.html: empty page");
        assertThat(lines.get(2)).contains("c.html: no publication date");
        assertThat(lines.get(3)).containsPattern("d\\.xml:\\d+:\\d+: broken feed XML");
        assertThat(lines.get(4)).contains("nowhere.txt: no such file");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).contains("Good one").contains("1 added, 0 already held, 5 bad input(s)");
    }

    @Test
    void anArticleAlreadyHeldIsSkipped() {
        CommandLineTest.Result r = CommandLineTest.run("evidence", "add", SEED.toString(), "--published", "2024-06-15",
                "--db", db.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 added, 2 already held");
    }

    @Test
    void reviewedClaimsExportToTargetsThatReportShowsWithTheirSentences() throws Exception {
        List<Claim> claims;
        try (ResultStore rs = ResultStore.openExisting(db)) {
            claims = new EvidenceStore(rs).claims("quantity IN ('capital_share', 'housing_occupancy', 'posting_retention')");
        }
        assertThat(claims).hasSizeGreaterThanOrEqualTo(4);
        List<String> args = new java.util.ArrayList<>(List.of("evidence", "review"));
        claims.forEach(c -> args.add(Long.toString(c.id())));
        args.addAll(List.of("--accept", "--grade", "C", "--db", db.toString()));
        CommandLineTest.Result rev = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(rev.status()).as(rev.err()).isZero();
        assertThat(rev.out()).contains("accepted, grade C");

        Path file = tmp.resolve("my-targets.yaml");
        CommandLineTest.Result t = CommandLineTest.run("evidence", "targets", "--out", file.toString(), "--db", db.toString());
        assertThat(t.status()).as(t.err()).isZero();
        List<Target> targets = TargetFile.load(file);
        assertThat(targets).extracting(Target::id).contains("E_capital_share_russia", "E_housing_occupancy",
                "E_posting_retention");

        Path html = tmp.resolve("report.html");
        CommandLineTest.Result rep = CommandLineTest.run("report", "--targets", file.toString(), "--db", db.toString(),
                "--out", html.toString());
        assertThat(rep.status()).as(rep.err()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("E_capital_share_russia").contains("Evidence: ")
                .contains("<mark>only about 40%</mark>").contains("North Koreans don’t want to be slaves overseas");
    }

    @Test
    void showAndListAndBadReviewOptions() {
        CommandLineTest.Result l = CommandLineTest.run("evidence", "list", "--db", db.toString());
        assertThat(l.status()).isZero();
        assertThat(l.out()).contains("capital_share").contains("posting_term");
        CommandLineTest.Result s = CommandLineTest.run("evidence", "show", "1", "--db", db.toString());
        assertThat(s.status()).as(s.err()).isZero();
        assertThat(s.out()).contains("sentence").contains("[twelve North Korean restaurants workers and their manager]");
        CommandLineTest.Result g = CommandLineTest.run("evidence", "review", "1", "--grade", "Z9", "--db", db.toString());
        assertThat(g.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(g.err()).contains("--grade: expected A, B, C");
        CommandLineTest.Result q = CommandLineTest.run("evidence", "review", "1", "--quantity", "nonsense", "--db",
                db.toString());
        assertThat(q.status()).isEqualTo(Main.BAD_INPUT);
        CommandLineTest.Result n = CommandLineTest.run("evidence", "show", "999", "--db", db.toString());
        assertThat(n.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(n.err()).contains("no claim with id 999");
    }
}
