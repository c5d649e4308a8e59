package org.corvee.analysis.abc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ParameterPrior;

/**
 * The state of a calibration after its last complete generation, in one text file, so that a
 * killed calibration can be resumed and give exactly the result of an uninterrupted one.
 *
 * <p>Every number is written with {@link Double#toString}, which reads back to the identical
 * double. The file is written to a temporary name and moved into place, so a kill leaves
 * either the old or the new checkpoint, never half of one. The first lines hold the
 * calibration's fingerprint; resuming a different calibration is refused.
 */
public final class Checkpoint {
    private static final String MAGIC = "corvee-abc-checkpoint 1";
    private final Path file;

    public Checkpoint(Path file) {
        this.file = file;
    }

    /** The checkpoint file. */
    public Path file() {
        return file;
    }

    /** Writes the generations {@code before} followed by {@code g}. */
    public void write(String fingerprint, List<ParameterPrior> priors, Generation g, List<Generation> before) {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        sb.append("fingerprint\t").append(fingerprint.replace('\n', ' ')).append('\n');
        List<Generation> all = new ArrayList<>(before);
        all.add(g);
        for (Generation x : all) {
            sb.append("generation\t").append(x.index()).append('\t').append(x.epsilon()).append('\t').append(x.runs())
                    .append('\t').append(x.runsTotal()).append('\t').append(x.particles().size()).append('\t')
                    .append(String.join(",", x.statNames())).append('\n');
            for (Particle p : x.particles()) {
                sb.append(p.weight()).append('\t').append(p.distance()).append('\t').append(join(p.theta()))
                        .append('\t').append(join(p.stats())).append('\n');
            }
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ExperimentException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the generations of a checkpoint written by the calibration {@code fingerprint}. */
    public List<Generation> read(String fingerprint) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ExperimentException("no checkpoint to resume: " + file + " does not exist");
        } catch (IOException e) {
            throw new ExperimentException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
        if (lines.size() < 2 || !lines.get(0).equals(MAGIC)) {
            throw new ExperimentException(file + ":1: not a corvee calibration checkpoint");
        }
        String fp = lines.get(1).substring(lines.get(1).indexOf('\t') + 1);
        if (!fp.equals(fingerprint.replace('\n', ' '))) {
            throw new ExperimentException(file + ":2: the checkpoint belongs to a different calibration "
                    + "(parameters, priors, particles, quantile, seed or scenario differ); was: " + fp);
        }
        List<Generation> out = new ArrayList<>();
        int i = 2;
        try {
            while (i < lines.size()) {
                String[] h = lines.get(i++).split("\t", -1);
                int n = Integer.parseInt(h[5]);
                List<String> names = h[6].isEmpty() ? List.of() : Arrays.asList(h[6].split(","));
                List<Particle> ps = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    String[] f = lines.get(i++).split("\t", -1);
                    ps.add(new Particle(parse(f[2]), Double.parseDouble(f[0]), Double.parseDouble(f[1]), parse(f[3])));
                }
                out.add(new Generation(Integer.parseInt(h[1]), Double.parseDouble(h[2]), ps, Integer.parseInt(h[3]),
                        Integer.parseInt(h[4]), names));
            }
        } catch (RuntimeException e) {
            throw new ExperimentException(file + ":" + i + ": damaged checkpoint (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : " ").append(v[i]);
        }
        return sb.toString();
    }

    private static double[] parse(String s) {
        if (s.isEmpty()) {
            return new double[0];
        }
        String[] parts = s.split(" ");
        double[] v = new double[parts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }
}
