package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Golden regression: a small fixed-seed baseline (scale 0.002, 2010–2024, seed 11: sanctions,
 * repatriation, border closure and Russia's resumption all happen) against its yearly aggregates
 * checked in at {@code src/test/resources/org/corvee/golden/baseline.csv}.
 *
 * <p>One row per metric and year: the raw total over the year's months and cells, and a
 * checksum that weighs each cell and month differently, so a change that only moves counts
 * between provinces or months is caught too. Raw counters are integers, so the comparison is
 * exact. A failure means the model's results changed: if that was meant (a new mechanism, a
 * fixed bug), regenerate the file on purpose with
 * {@code mvn -pl corvee-core test -Dtest=GoldenSeriesTest -Dgolden.update=true} and commit it
 * with the change that explains it.
 */
class GoldenSeriesTest {
    private static final String RESOURCE = "/org/corvee/golden/baseline.csv";
    private static final Path SOURCE = Path.of("src/test/resources/org/corvee/golden/baseline.csv");

    static String aggregates(int threads) {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.002).with("run.end_year", 2024)
                .with("run.seed", 11);
        Simulation sim = Simulation.build(p, threads);
        MonthlySeries s = sim.run(threads, m -> { });
        StringBuilder out = new StringBuilder("# metric,year,raw_total,cell_checksum (see GoldenSeriesTest)\n");
        for (Metric metric : s.registry().all()) {
            for (int y0 = 0; y0 < s.months(); y0 += 12) {
                long total = 0;
                long check = 0;
                for (int m = y0; m < Math.min(y0 + 12, s.months()); m++) {
                    for (int c = 0; c < metric.size(); c++) {
                        long v = s.raw(m, metric, c);
                        total += v;
                        check = check * 31 + v * (c + 1) * (m - y0 + 1);
                    }
                }
                out.append(String.format(Locale.ROOT, "%s,%d,%d,%d%n", metric.name(),
                        sim.clock().year(y0), total, check));
            }
        }
        return out.toString();
    }

    @Test
    void baselineAggregatesAreUnchanged() throws IOException {
        String now = aggregates(2);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SOURCE, now, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = GoldenSeriesTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("golden file %s (create it with -Dgolden.update=true)", RESOURCE).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(now).as("the baseline's results changed; if on purpose, see the class comment").isEqualTo(expected);
    }

    @Test
    void oneThreadGivesTheGoldenAggregatesToo() {
        assertThat(aggregates(1)).isEqualTo(aggregates(2));
    }
}
