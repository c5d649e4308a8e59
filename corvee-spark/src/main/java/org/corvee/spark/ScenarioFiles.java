package org.corvee.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.RunSpec;

/**
 * The scenario files named by a batch's specs, read on the driver and broadcast with it, so
 * that a spec naming a file that exists only on the driver's machine runs on any executor.
 *
 * <p>An executor that sees the file at the same path (local mode, a shared file system) reads
 * it there; otherwise it writes the shipped bytes under the same file name into a folder of the
 * temporary directory named by the bytes' SHA-256 (so concurrent tasks agree on it, and a changed
 * file gets a new folder) and runs from there. Bundled scenarios (by name) need no shipping.
 */
final class ScenarioFiles implements Serializable {
    private final Map<String, byte[]> files;

    private ScenarioFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Reads every scenario file the specs name. */
    static ScenarioFiles of(List<RunSpec> specs) {
        Map<String, byte[]> files = new HashMap<>();
        for (RunSpec s : specs) {
            Path p = Path.of(s.scenario());
            if (!files.containsKey(s.scenario()) && Files.isRegularFile(p)) {
                try {
                    files.put(s.scenario(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new ExperimentException("cannot read scenario " + p + ": " + e.getMessage(), e);
                }
            }
        }
        return new ScenarioFiles(files);
    }

    /** {@code spec} as this executor can run it: naming a local copy of its scenario file if needed. */
    RunSpec localise(RunSpec spec) {
        byte[] bytes = files.get(spec.scenario());
        Path p = Path.of(spec.scenario());
        if (bytes == null || Files.isRegularFile(p)) {
            return spec;
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "corvee-scenario-" + sha256(bytes));
        Path copy = dir.resolve(p.getFileName());
        try {
            if (!Files.isRegularFile(copy)) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "part", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shipped scenario " + copy, e);
        }
        return new RunSpec(spec.index(), copy.toString(), spec.overrides(), spec.replicate(), spec.seed());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
