package org.corvee.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.IdentityHashMap;
import java.util.Map;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;

/**
 * Writes the monthly series in long form: {@code month,metric,key,value}, one row per month,
 * metric and cell ({@code key} is "dimension=value;…", empty for a total). Values are in
 * persons or USD of the real population (divided by the run's scale) unless the metric says
 * otherwise; derived ratios (means) follow their metrics. The file is UTF-8.
 *
 * <p>The file is written to a temporary sibling and moved into place, so a reader never sees a
 * half-written file and an earlier file survives a failed write.
 *
 * <p>A run's file is some 300 k rows written once, at the end of the run, by code the JVM has
 * not run before: it is written as bytes, each metric's and key's text encoded once rather than
 * every row passing through a character buffer and an encoder, so there is less to interpret and
 * to compile while the run's store works beside it.
 */
public final class SeriesCsvWriter {
    private static final byte[] HEADER = "month,metric,key,value\n".getBytes(StandardCharsets.US_ASCII);

    private SeriesCsvWriter() {
    }

    /** Writes {@code series} to {@code file}. */
    public static void write(MonthlySeries series, MonthClock clock, double scale, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(series, clock, scale, out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code series} to {@code w} (the same text as the file). */
    public static void write(MonthlySeries series, MonthClock clock, double scale, Writer w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(series, clock, scale, bytes);
        w.write(bytes.toString(StandardCharsets.UTF_8));
    }

    /** Writes {@code series} to {@code out} as UTF-8 (not closed). */
    public static void write(MonthlySeries series, MonthClock clock, double scale, OutputStream out) throws IOException {
        Rows rows = new Rows(out);
        rows.put(HEADER);
        try {
            SeriesRows.forEach(series, clock, scale, rows);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        rows.flush();
    }

    /**
     * The rows as bytes in a buffer of 64 KiB. The month, metric and key of a row come as the same
     * string objects every month ({@link SeriesRows} makes them once), so each one's UTF-8 text,
     * comma included, is encoded the first time it is seen and looked up by identity after.
     */
    private static final class Rows implements SeriesRowSink {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private final Map<String, byte[]> texts = new IdentityHashMap<>();
        private int month = -1;
        private byte[] monthText;

        Rows(OutputStream out) {
            this.out = out;
        }

        @Override
        public void row(int m, String label, String metric, String key, double value) throws IOException {
            if (m != month) {
                month = m;
                monthText = field(label);
            }
            put(monthText);
            put(texts.computeIfAbsent(metric, Rows::field));
            put(texts.computeIfAbsent(key, Rows::field));
            String number = NumberText.of(value);
            int n = number.length();
            if (pos + n + 1 > buf.length) {
                flush();
            }
            for (int i = 0; i < n; i++) {
                buf[pos++] = (byte) number.charAt(i); // digits, '-' and '.' only
            }
            buf[pos++] = '\n';
        }

        /** {@code text} and a comma, in UTF-8. */
        private static byte[] field(String text) {
            return (text + ",").getBytes(StandardCharsets.UTF_8);
        }

        void put(byte[] b) throws IOException {
            if (pos + b.length > buf.length) {
                flush();
                if (b.length > buf.length) {
                    out.write(b);
                    return;
                }
            }
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        void flush() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}
