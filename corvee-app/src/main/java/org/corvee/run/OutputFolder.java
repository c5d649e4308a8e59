package org.corvee.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corvee.scenario.ScenarioName;

/** Checks before a run that its output folder can be created and written. */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Where results go when no --out is given. */
    public static final Path ROOT = Path.of("runs");

    /**
     * The default folder of a scenario's results: {@code root/<name>}. The name was checked by
     * {@link ScenarioName} when the scenario was read; this check repeats it so that no name,
     * however it was made, can resolve outside {@code root}.
     */
    public static Path forScenario(Path root, String name) {
        return forScenario(root, name, "");
    }

    /** {@code root/<name><suffix>}, e.g. the folder of a posterior run ("-posterior"). */
    public static Path forScenario(Path root, String name, String suffix) {
        String bad = ScenarioName.problem(name);
        if (bad != null) {
            throw UserError.badInput("scenario name: " + bad);
        }
        Path dir = root.resolve(name + suffix).normalize();
        if (!root.normalize().equals(dir.getParent())) {
            throw UserError.badInput("scenario name: it would write outside " + root + ", found \"" + name + '"');
        }
        return dir;
    }

    /** Creates {@code dir} if needed and proves it writable, or throws a one-line {@link UserError}. */
    public static Path prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw UserError.badInput("output folder " + dir + " exists and is not a folder");
            }
            StagedFolder.recover(dir);
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw UserError.badInput("cannot write to output folder " + dir + " (" + reason(e) + ")");
        }
    }

    /** A short human reason for an I/O failure, without exception class names. */
    public static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "a folder is in the way";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way where a folder is expected";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason().toLowerCase(java.util.Locale.ROOT)
                    : "cannot be created or written";
        }
        return e.getMessage() == null ? "i/o error" : e.getMessage();
    }
}
