package org.corvee.model.equivalence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The committed reference of the distribution-equivalence test, two CSV files: {@code moments}
 * (series, key, period, mean, se, n: one row per statistic) and {@code headlines} (series, key,
 * period, replicate, seed, value: every replicate's value of the headline statistics, for the KS
 * test). Doubles are written with {@link Double#toString} so they read back exactly.
 */
final class ReferenceFile {
    // Printing writes the header; reading skips the file's header line and names columns by it.
    private static final CSVFormat MOMENTS = CSVFormat.DEFAULT.builder()
            .setHeader("series", "key", "period", "mean", "se", "n").get();
    private static final CSVFormat HEADLINES = CSVFormat.DEFAULT.builder()
            .setHeader("series", "key", "period", "replicate", "seed", "value").get();

    private ReferenceFile() {
    }

    static void write(SeedEnsemble e, Path moments, Path headlines) throws IOException {
        try (Writer w = Files.newBufferedWriter(moments, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, MOMENTS)) {
            for (Map.Entry<StatisticId, Moments> m : e.moments().entrySet()) {
                StatisticId id = m.getKey();
                out.printRecord(id.series(), id.key(), id.period(), Double.toString(m.getValue().mean()),
                        Double.toString(m.getValue().se()), m.getValue().n());
            }
        }
        long[] seeds = e.seeds();
        try (Writer w = Files.newBufferedWriter(headlines, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, HEADLINES)) {
            for (StatisticId id : EquivalenceCheck.HEADLINES) {
                double[] v = e.values().get(id);
                for (int k = 0; k < seeds.length; k++) {
                    out.printRecord(id.series(), id.key(), id.period(), k, seeds[k],
                            v == null ? "NaN" : Double.toString(v[k]));
                }
            }
        }
    }

    static Map<StatisticId, Moments> readMoments(String resource) throws IOException {
        Map<StatisticId, Moments> out = new LinkedHashMap<>();
        try (Reader r = open(resource)) {
            for (CSVRecord rec : MOMENTS.builder().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(id(rec), new Moments(Double.parseDouble(rec.get("mean")), Double.parseDouble(rec.get("se")),
                        Integer.parseInt(rec.get("n"))));
            }
        }
        return out;
    }

    static Map<StatisticId, double[]> readHeadlines(String resource) throws IOException {
        Map<StatisticId, double[]> out = new LinkedHashMap<>();
        try (Reader r = open(resource)) {
            for (CSVRecord rec : HEADLINES.builder().setSkipHeaderRecord(true).get().parse(r)) {
                int k = Integer.parseInt(rec.get("replicate"));
                double[] v = out.computeIfAbsent(id(rec), x -> new double[0]);
                if (v.length <= k) {
                    int from = v.length;
                    v = Arrays.copyOf(v, k + 1);
                    Arrays.fill(v, from, k + 1, Double.NaN);
                    out.put(id(rec), v);
                }
                v[k] = Double.parseDouble(rec.get("value"));
            }
        }
        return out;
    }

    private static StatisticId id(CSVRecord rec) {
        return new StatisticId(rec.get("series"), rec.get("key"), rec.get("period"));
    }

    private static Reader open(String resource) throws IOException {
        InputStream in = ReferenceFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("reference " + resource + " not found (create it with -Ddistribution.update=true)");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
