package org.corvee.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Writes a run's output folder as a unit, so that a run killed at any point leaves the folder
 * with either the previous run's complete files or the new run's, never a mix (a killed run
 * used to leave its new series.csv beside the previous run's manifest.json).
 *
 * <p>How: the new files are written into a private sibling, {@code .<name>.new-<pid>}. To
 * commit, everything else in the folder (the results database, the lock file, a report, the
 * user's own files) except the previous run's own files ({@link #RUN_FILES}: never carried
 * over, even when the new run does not write one of them) is hard-linked into the sibling (same files, no copy), then the folder is
 * renamed to {@code .<name>.old-<pid>}, the sibling renamed to the folder's name, and the old
 * one deleted. Each rename is atomic. Between the two renames the folder's name is briefly
 * absent; {@link #recover} (run before every write into the folder) finishes such a swap from
 * the complete sibling — or any swap whose sibling is complete (holds the manifest, written
 * after the database commit) — and deletes the leftovers of a killed run that never got there.
 *
 * <p>Staging siblings carry the writer's process id: a sibling is only ever touched by its
 * own process, or by {@link #recover} once that process is gone.
 */
public final class StagedFolder {
    /** Written last into the staging folder, after the database commit: its presence marks a complete set. */
    static final String MANIFEST = "manifest.json";

    /** The files that belong to one run: the new run's replace the previous run's as a set. */
    public static final java.util.Set<String> RUN_FILES = java.util.Set.of("series.csv", "cohorts.csv", "scenario.yaml",
            "manifest.json");

    private final Path dir;
    private final Path staging;
    private final Path old;
    private final StopPoints stops;

    private StagedFolder(Path dir, StopPoints stops) {
        this.dir = dir.toAbsolutePath().normalize();
        long pid = ProcessHandle.current().pid();
        this.staging = sibling(this.dir, "new", pid);
        this.old = sibling(this.dir, "old", pid);
        this.stops = stops;
    }

    /** Starts staging the next contents of {@code dir} (an existing folder this process has locked). */
    public static StagedFolder begin(Path dir, StopPoints stops) {
        StagedFolder f = new StagedFolder(dir, stops);
        try {
            deleteTree(f.staging);
            Files.createDirectories(f.staging);
        } catch (IOException e) {
            throw new UserError(UserError.FAILED, java.util.List.of("cannot write results beside " + dir + " ("
                    + OutputFolder.reason(e) + ")"));
        }
        return f;
    }

    /** Where the new files go until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /** The folder that will hold the files. */
    public Path folder() {
        return dir;
    }

    /** Makes the staged files the folder's contents, keeping every other file the folder held. */
    public void commit() throws IOException {
        if (Files.isDirectory(dir)) {
            carryOver(dir, staging);
            stops.reached("linked");
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            stops.reached("swapping");
        }
        Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        stops.reached("swapped");
        deleteTree(old);
    }

    /** Deletes the staged files (the run failed); the folder keeps its previous contents. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // best effort: recover() removes it on the next run
        }
    }

    /**
     * Repairs {@code dir} after a writer was killed: if the folder's name is absent but a dead
     * writer's complete staging sibling exists (it was killed between the two renames), that
     * sibling becomes the folder; then any dead writer's leftover siblings are deleted.
     */
    public static void recover(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + abs.getFileName() + ".";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix + "*-*")) {
            for (Path p : ds) {
                Optional<Leftover> l = Leftover.of(p, prefix);
                if (l.isEmpty() || ProcessHandle.of(l.get().pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (l.get().kind.equals("old") && !Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                    Path fresh = sibling(abs, "new", l.get().pid);
                    Files.move(Files.isDirectory(fresh) ? fresh : p, abs, StandardCopyOption.ATOMIC_MOVE);
                } else if (l.get().kind.equals("new") && Files.isRegularFile(p.resolve(MANIFEST))
                        && Files.isDirectory(abs) && !Files.exists(sibling(abs, "old", l.get().pid))) {
                    // the writer stored its run and wrote the manifest, the last file, then died
                    // before the swap: finish it, so the folder shows the run the database has
                    carryOver(abs, p);
                    Path old = sibling(abs, "old", l.get().pid);
                    Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(p, abs, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw UserError.badInput("cannot repair output folder " + dir + " after an interrupted run ("
                    + OutputFolder.reason(e) + ")");
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix + "*-*")) {
            for (Path p : ds) {
                Optional<Leftover> l = Leftover.of(p, prefix);
                if (l.isPresent() && !ProcessHandle.of(l.get().pid).map(ProcessHandle::isAlive).orElse(false)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // leftovers are hidden and harmless; the next run tries again
        }
    }

    private record Leftover(String kind, long pid) {
        static Optional<Leftover> of(Path p, String prefix) {
            String rest = p.getFileName().toString().substring(prefix.length());
            int dash = rest.indexOf('-');
            if (dash < 0 || !(rest.startsWith("new-") || rest.startsWith("old-"))) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Leftover(rest.substring(0, dash), Long.parseLong(rest.substring(dash + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private static Path sibling(Path dir, String kind, long pid) {
        return dir.resolveSibling("." + dir.getFileName() + "." + kind + "-" + pid);
    }

    /** Hard-links (copies where links are impossible) every file of {@code from} that {@code to} lacks. */
    private static void carryOver(Path from, Path to) throws IOException {

        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                Path target = to.resolve(from.relativize(d).toString());
                if (!d.equals(from) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return FileVisitResult.SKIP_SUBTREE; // replaced by the new contents
                }
                Files.createDirectories(target);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Path rel = from.relativize(f);
                Path target = to.resolve(rel.toString());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        || rel.getNameCount() == 1 && RUN_FILES.contains(rel.toString())) {
                    return FileVisitResult.CONTINUE; // replaced by the new run's file, or by its absence
                }
                if (a.isRegularFile()) {
                    try {
                        Files.createLink(target, f);
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } else {
                    Files.copy(f, target, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.deleteIfExists(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
