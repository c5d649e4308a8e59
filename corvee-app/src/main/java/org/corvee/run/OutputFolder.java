package org.corvee.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks before a run that its output folder can be created and written. */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Creates {@code dir} if needed and proves it writable, or throws a one-line {@link UserError}. */
    public static Path prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw UserError.badInput("output folder " + dir + " exists and is not a folder");
            }
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
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason().toLowerCase(java.util.Locale.ROOT)
                    : "the folder cannot be created or written";
        }
        return e.getMessage() == null ? "i/o error" : e.getMessage();
    }
}
