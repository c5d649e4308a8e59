package org.corvee.model.postings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.corvee.engine.MonthClock;
import org.corvee.output.NumberText;

/**
 * Writes the per-cohort retention tables (DP1, DP8, X6) in long form:
 * {@code cohort,site,source,ceremony,assigned,arrived,months_on_site,on_site,retention}, one row
 * per cohort and completed month since arrival (0 = arrival) up to the end of the run. Counts
 * are in persons of the real population (agents divided by the scale), retention is a share.
 *
 * <p>Written to a temporary sibling and moved into place, like series.csv.
 */
public final class CohortCsvWriter {
    private CohortCsvWriter() {
    }

    /** Writes {@code cohorts} to {@code file}. */
    public static void write(List<Cohort> cohorts, MonthClock clock, double scale, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            write(cohorts, clock, scale, w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code cohorts} to {@code w}. */
    public static void write(List<Cohort> cohorts, MonthClock clock, double scale, Writer w) throws IOException {
        w.write("cohort,site,source,ceremony,assigned,arrived,months_on_site,on_site,retention\n");
        StringBuilder sb = new StringBuilder(128);
        for (Cohort c : cohorts) {
            String head = c.id + "," + c.site.id() + "," + c.source.id() + "," + clock.label(c.start) + ","
                    + NumberText.of(c.assigned / scale) + "," + NumberText.of(c.arrived() / scale) + ",";
            for (int t = 0; t < c.onSiteAfter.length; t++) {
                sb.setLength(0);
                sb.append(head).append(t).append(',').append(NumberText.of(c.onSiteAfter[t] / scale)).append(',')
                        .append(c.arrived() == 0 ? "" : NumberText.of(c.retention(t))).append('\n');
                w.append(sb);
            }
        }
    }
}
