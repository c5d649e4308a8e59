package org.corvee.analysis.abc;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ParameterPrior;

/**
 * Stores a calibration in a folder as CSV: {@code particles.csv} (every proposal of every
 * generation: generation, proposal, accepted, weight, distance, parameters, statistics) and
 * {@code posterior.csv} (the accepted ensemble of the latest generation: particle, weight,
 * distance, parameters, statistics), which {@code corvee run --posterior} reads.
 */
public final class CsvParticleSink implements ParticleSink {
    /** File of every proposal. */
    public static final String PARTICLES = "particles.csv";
    /** File of the accepted ensemble. */
    public static final String POSTERIOR = "posterior.csv";
    private final Path dir;

    public CsvParticleSink(Path dir) {
        this.dir = dir;
    }

    @Override
    public void resumeAfter(int generation, List<String> parameters, List<String> stats) {
        Path f = dir.resolve(PARTICLES);
        try {
            if (generation < 0 || !Files.exists(f)) {
                Files.deleteIfExists(f);
                return;
            }
            // Keep the header and the rows of generations up to the one resumed after, read and
            // written back by a CSV parser and printer (same fields, '\n' line ends).
            CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
            StringBuilder keep = new StringBuilder();
            try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                 CSVParser csv = format.parse(in);
                 CSVPrinter out = new CSVPrinter(keep, format)) {
                boolean header = true;
                for (CSVRecord r : csv) {
                    if (header || Integer.parseInt(r.get(0)) <= generation) {
                        out.printRecord(r.values());
                    }
                    header = false;
                }
            }
            replace(f, keep.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException | UncheckedIOException | IllegalStateException e) {
            throw new ExperimentException(f + ": damaged particle file (" + e.getMessage() + ")");
        }
    }

    @Override
    public void generation(Generation g, List<Proposal> proposals, List<ParameterPrior> priors) {
        Path f = dir.resolve(PARTICLES);
        StringBuilder sb = new StringBuilder();
        try {
            if (!Files.exists(f) || Files.size(f) == 0) {
                sb.append("generation,proposal,accepted,weight,distance").append(header(priors, g.statNames())).append('\n');
            }
            for (Proposal p : proposals) {
                sb.append(p.generation()).append(',').append(p.number()).append(',').append(p.accepted() ? 1 : 0)
                        .append(',').append(p.weight()).append(',').append(p.distance());
                row(sb, p.values(), p.stats());
            }
            Files.writeString(f, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            StringBuilder post = new StringBuilder("particle,weight,distance").append(header(priors, g.statNames()))
                    .append('\n');
            for (int i = 0; i < g.particles().size(); i++) {
                Particle p = g.particles().get(i);
                double[] v = new double[priors.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = priors.get(k).prior().value(p.theta()[k]);
                }
                post.append(i).append(',').append(p.weight()).append(',').append(p.distance());
                row(post, v, p.stats());
            }
            replace(dir.resolve(POSTERIOR), post.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(List<ParameterPrior> priors, List<String> stats) {
        StringBuilder sb = new StringBuilder();
        priors.forEach(p -> sb.append(',').append(p.key()));
        stats.forEach(s -> sb.append(",stat:").append(s));
        return sb.toString();
    }

    private static void row(StringBuilder sb, double[] values, double[] stats) {
        for (double v : values) {
            sb.append(',').append(v);
        }
        for (double s : stats) {
            sb.append(',').append(Double.isNaN(s) ? "" : Double.toString(s));
        }
        sb.append('\n');
    }

    private static void replace(Path f, String text) throws IOException {
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        // files are complete after every generation; nothing is held open
    }
}
