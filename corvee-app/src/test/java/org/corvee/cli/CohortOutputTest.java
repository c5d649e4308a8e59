package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corvee run} writes the hardship-posting cohort tables and summarises them. */
class CohortOutputTest {
    @TempDir
    Path tmp;

    @Test
    void aRunWritesCohortsCsvThatTheResolvedScenarioReproduces() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CommandLineTest.Result r = CommandLineTest.run("run", "--scale", "0.002", "--seed", "5", "--set",
                "run.end_year=2013", "--out", a.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("postings", "retention after 12/24/36 months", "ex-soldier show-up");
        String cohorts = Files.readString(a.resolve("cohorts.csv"));
        assertThat(cohorts).startsWith("cohort,site,source,ceremony,assigned,arrived,months_on_site,on_site,retention\n")
                .contains(",kaechon,discharge,2010-04,").contains(",hyesan,volunteer,2010-03,");
        assertThat(Files.readString(a.resolve("series.csv"))).contains(",housing_occupancy,site=kaechon,")
                .contains(",posting_show_up_rate,site=hyesan;source=discharge,");
        CommandLineTest.Result again = CommandLineTest.run("run", a.resolve("scenario.yaml").toString(), "--out",
                b.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readString(b.resolve("cohorts.csv"))).isEqualTo(cohorts);
    }
}
