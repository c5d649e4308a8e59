package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.store.ResultStore;
import org.corvee.store.RunStatus;
import org.corvee.store.StoredRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database commands end to end on small real runs: run stores what series.csv holds,
 * replicates share a batch with derived seeds, runs/report/compare/export read it back.
 */
class StoreCommandsTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void twoRunsAndThreeReplicates() {
        db = tmp.resolve("results.duckdb");
        CommandLineTest.Result a = CommandLineTest.run("run", "--scale", "0.001", "--seed", "5", "--out",
                tmp.resolve("a").toString(), "--db", db.toString());
        assertThat(a.status()).as(a.err()).isZero();
        CommandLineTest.Result b = CommandLineTest.run("run", "--scale", "0.001", "--seed", "5", "--replicates", "3",
                "--threads", "2", "--out", tmp.resolve("b").toString(), "--db", db.toString(),
                "--set", "dispatch.contract_months=48");
        assertThat(b.status()).as(b.err()).isZero();
    }

    @Test
    void runStoresExactlyWhatTheCsvHolds() throws Exception {
        List<String> csv = Files.readAllLines(tmp.resolve("a/series.csv"), StandardCharsets.UTF_8);
        try (ResultStore s = ResultStore.openExisting(db); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), sum(value) FROM series WHERE run_id = 1")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(csv.size() - 1);
            double csvSum = csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                    .sum();
            assertThat(rs.getDouble(2)).isCloseTo(csvSum, org.assertj.core.api.Assertions.withinPercentage(1e-9));
            StoredRun r = s.run(1).orElseThrow();
            assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(r.seed()).isEqualTo(5);
            assertThat(r.scenarioHash()).isEqualTo(org.corvee.store.RunRecord.sha256(
                    Files.readString(tmp.resolve("a/scenario.yaml"))));
        }
    }

    @Test
    void replicatesShareABatchWithDerivedSeedsAndReplicateZeroIsThePlainRun() throws Exception {
        try (ResultStore s = ResultStore.openExisting(db)) {
            List<StoredRun> reps = s.completedInBatch(s.run(2).orElseThrow().batch());
            assertThat(reps).hasSize(3);
            for (int k = 0; k < 3; k++) {
                assertThat(reps.get(k).replicate()).isEqualTo(k);
                assertThat(reps.get(k).seed()).isEqualTo(ReplicateSeeds.of(5, k));
            }
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT min(replicates), max(replicates), count(*) FROM series_summary "
                         + "WHERE batch = " + reps.get(0).batch() + " AND metric = 'workers_abroad' AND p05 <= mean AND mean <= p95")) {
                // (A count metric is written by every replicate every month; a ratio row is absent
                // in months where its denominator is zero, so it can have fewer replicates.)
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(3);
                assertThat(rs.getLong(3)).isPositive();
            }
        }
        // replicate 0 ran with seed 5 on one thread; the plain run with seed 5 but another scenario
        // (contract months differ), so compare replicate 0's CSV with a fresh plain run of the same scenario
        CommandLineTest.Result plain = CommandLineTest.run("run", "--scale", "0.001", "--seed", "5", "--threads", "2",
                "--out", tmp.resolve("plain").toString(), "--set", "dispatch.contract_months=48");
        assertThat(plain.status()).as(plain.err()).isZero();
        assertThat(Files.readString(tmp.resolve("b/series.csv"))).isEqualTo(Files.readString(tmp.resolve("plain/series.csv")));
    }

    @Test
    void replicateSeedsAreDistinctValidAndStable() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int k = 0; k < 1000; k++) {
            long s = ReplicateSeeds.of(42, k);
            assertThat(s).isBetween(0L, (1L << 53) - 1);
            assertThat(seen.add(s)).isTrue();
        }
        assertThat(ReplicateSeeds.of(42, 0)).isEqualTo(42);
        assertThat(ReplicateSeeds.of(42, 7)).isEqualTo(ReplicateSeeds.of(42, 7));
    }

    @Test
    void runsListsEveryRun() {
        CommandLineTest.Result r = CommandLineTest.run("runs", "--db", db.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 run(s)", "completed", "baseline");
    }

    private static String svgs(String html) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            sb.append(m.group()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void overridesShowInTheSummaryTheRunListAndCompare() throws Exception {
        Path own = tmp.resolve("overrides.duckdb");
        CommandLineTest.Result set = CommandLineTest.run("run", "--scale", "0.001", "--set",
                "dispatch.contract_months = 48", "--db", own.toString(), "--out", tmp.resolve("o1").toString());
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.out()).contains("overrides       dispatch.contract_months=48\n")
                .contains("`corvee report --db " + own + "` draws it");
        assertThat(CommandLineTest.run("run", "--scale", "0.001", "--db", own.toString(), "--out",
                tmp.resolve("o2").toString()).status()).isZero();
        CommandLineTest.Result runs = CommandLineTest.run("runs", "--db", own.toString());
        assertThat(runs.out().lines().filter(l -> l.endsWith("  dispatch.contract_months=48")).count()).isEqualTo(1);
        Path html = tmp.resolve("cmp.html");
        CommandLineTest.Result cmp = CommandLineTest.run("compare", "1", "2", "--db", own.toString(), "--out",
                html.toString());
        assertThat(cmp.status()).as(cmp.err()).isZero();
        assertThat(cmp.out()).contains("A = baseline [--set dispatch.contract_months=48] (run 1)");
        assertThat(Files.readString(html)).contains("Corvée comparison: baseline [--set dispatch.contract_months=48] "
                + "(run 1) vs baseline (run 2)");
    }

    @Test
    void aBatchWithKilledMembersSaysHowManyAreMissing() throws Exception {
        Path own = tmp.resolve("killed-members.duckdb");
        assertThat(CommandLineTest.run("run", "--scale", "0.001", "--replicates", "3", "--db", own.toString(),
                "--out", tmp.resolve("km").toString()).status()).isZero();
        try (org.corvee.store.ResultStore s = org.corvee.store.ResultStore.openExisting(own);
             java.sql.Statement st = s.connection().createStatement()) {
            // what a kill -9 during the simulation leaves: the row 'running', no series
            st.execute("UPDATE runs SET status = 'running', ended = NULL WHERE replicate = 2");
            st.execute("DELETE FROM series WHERE run_id IN (SELECT id FROM runs WHERE replicate = 2)");
        }
        Path html = tmp.resolve("km.html");
        CommandLineTest.Result r = CommandLineTest.run("report", "--db", own.toString(), "--out", html.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(html)).contains("baseline (2 replicates, 1 missing: incomplete or failed, runs");
    }

    @Test
    void theReportsChartsAreByteIdenticalAcrossInvocations() throws Exception {
        Path a = tmp.resolve("a.html");
        Path b = tmp.resolve("b.html");
        assertThat(CommandLineTest.run("report", "--db", db.toString(), "--out", a.toString()).status()).isZero();
        assertThat(CommandLineTest.run("report", "--db", db.toString(), "--out", b.toString()).status()).isZero();
        String first = svgs(Files.readString(a));
        assertThat(first).contains("<svg");
        assertThat(svgs(Files.readString(b))).isEqualTo(first);
        // destinations in a fixed (sorted) order, whatever order the database returns rows in
        String byDestination = first.substring(first.indexOf("Workers abroad by destination"));
        assertThat(byDestination.indexOf(">china<")).isPositive().isLessThan(byDestination.indexOf(">russia<"));
    }

    @Test
    void theSeriesSummaryExportIsIdenticalToTheLastBit() throws Exception {
        Path a = tmp.resolve("ea");
        Path b = tmp.resolve("eb");
        assertThat(CommandLineTest.run("export", "--format", "csv", "--db", db.toString(), "--out", a.toString())
                .status()).isZero();
        assertThat(CommandLineTest.run("export", "--format", "csv", "--db", db.toString(), "--out", b.toString())
                .status()).isZero();
        assertThat(Files.readAllBytes(b.resolve("series_summary.csv"))).isEqualTo(
                Files.readAllBytes(a.resolve("series_summary.csv")));
        try (var files = Files.list(a)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".part-"))).isEmpty();
        }
    }

    @Test
    void theReportHasEverySectionEveryTargetAndNoExternalResource() throws Exception {
        Path html = tmp.resolve("report.html");
        CommandLineTest.Result r = CommandLineTest.run("report", "--db", db.toString(), "--out", html.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String text = Files.readString(html);
        for (String id : List.of("runs", "key-series", "capital-share", "money-flow", "postings", "validation",
                "scenario", "method")) {
            assertThat(text).contains("<section id=\"" + id + "\">");
        }
        assertThat(text).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("src=").doesNotContainIgnoringCase("url(").doesNotContain("@import");
        assertThat(text).contains("<svg", "Capital&#39;s share of workers abroad", "Money flow of workers",
                "state quota and levies", "Housing occupancy", "Retention by months on site, by source",
                "Ideological sessions and resentment (DP7)");
        for (Target t : TargetFile.defaults()) {
            assertThat(text).contains("<td>" + t.id() + "</td>");
        }
        assertThat(text).contains("; not available: 0.</p>").doesNotContain("class=\"missing\"")
                .contains("ARD (averaged relative difference").doesNotContain("not simulated yet")
                .doesNotContain("Russia and China is modelled");
        // the latest batch is the 3 replicates: the validation table shows 90% bands
        assertThat(text).contains("3 replicates").contains("90%: ");
        // every chart has its data drawn (a path with at least a few points)
        Matcher m = Pattern.compile("<path d=\"M[^\"]*L[^\"]*L").matcher(text);
        assertThat(m.find()).isTrue();
    }

    @Test
    void compareShowsBothSidesInTheTerminalAndWritesAReport() throws Exception {
        Path html = tmp.resolve("cmp.html");
        CommandLineTest.Result r = CommandLineTest.run("compare", "1", "2", "--db", db.toString(), "--out",
                html.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("A = baseline (run 1)", "B = baseline [--set dispatch.contract_months=48] "
                + "(3 replicates", "Workers abroad, mean over the run",
                "B - A");
        assertThat(Files.readString(html)).contains("<section id=\"comparison\">").doesNotContain("https://");
    }

    @Test
    void exportWritesEveryTable() {
        CommandLineTest.Result r = CommandLineTest.run("export", "--db", db.toString(), "--run", "1", "--format", "csv",
                "--out", tmp.resolve("exp").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(tmp.resolve("exp/series.csv")).exists();
        assertThat(tmp.resolve("exp/runs.csv")).exists();
    }

    @Test
    void badInputToTheDatabaseCommandsIsOneClearLine() {
        for (CommandLineTest.Result r : List.of(
                CommandLineTest.run("runs", "--db", tmp.resolve("missing.duckdb").toString()),
                CommandLineTest.run("report", "99", "--db", db.toString()),
                CommandLineTest.run("report", "no-such-scenario", "--db", db.toString()),
                CommandLineTest.run("export", "--db", db.toString(), "--format", "xlsx", "--out", tmp.toString()),
                CommandLineTest.run("run", "--replicates", "0", "--out", tmp.resolve("z").toString()))) {
            assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err().lines().filter(l -> l.startsWith("corvee:")).count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
