package org.corvee.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;

/**
 * Writes the monthly series in long form: {@code month,metric,key,value}, one row per month,
 * metric and cell ({@code key} is "dimension=value;…", empty for a total). Values are in
 * persons or USD of the real population (divided by the run's scale) unless the metric says
 * otherwise; derived ratios (means) follow their metrics.
 *
 * <p>The file is written to a temporary sibling and moved into place, so a reader never sees a
 * half-written file and an earlier file survives a failed write.
 */
public final class SeriesCsvWriter {
    private SeriesCsvWriter() {
    }

    /** Writes {@code series} to {@code file}. */
    public static void write(MonthlySeries series, MonthClock clock, double scale, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            write(series, clock, scale, w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code series} to {@code w}. */
    public static void write(MonthlySeries series, MonthClock clock, double scale, Writer w) throws IOException {
        w.write("month,metric,key,value\n");
        StringBuilder sb = new StringBuilder(128);
        try {
            SeriesRows.forEach(series, clock, scale, (m, month, metric, key, value) -> {
                row(sb, month, metric, key, value);
                w.append(sb);
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static void row(StringBuilder sb, String month, String metric, String key, double value) {
        sb.setLength(0);
        sb.append(month).append(',').append(metric).append(',').append(key).append(',');
        sb.append(NumberText.of(value)).append('\n');
    }
}
