package org.corvee.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One writer per output folder: a command that writes into a folder ({@code run},
 * {@code calibrate}, {@code sensitivity}, {@code ablate}) holds an operating-system lock on
 * {@value #FILE} in it for as long as it writes, and a second command aimed at the same folder
 * refuses in one line instead of mixing its files with the first one's (two calibrations with
 * the same {@code --out} both used to exit 0 with their files mixed).
 *
 * <p>The lock is the OS's, not the file's existence: a killed process releases it, so a
 * leftover lock file never blocks anyone. The file holds who locked it, for the message, and is
 * left in place (deleting it would let two processes lock two different files of that name).
 */
public final class FolderLock implements AutoCloseable {
    /** The lock file's name in the folder. */
    public static final String FILE = ".corvee.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code dir} (which must exist) for {@code command}, or throws a one-line user error naming the holder. */
    public static FolderLock acquire(Path dir, String command) {
        Path file = dir.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another command in this same JVM (tests, the dashboard)
            }
            if (lock == null) {
                String holder = holder(file);
                ch.close();
                throw UserError.badInput("output folder " + dir + " is in use by another corvee command"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + "; wait for it to finish or choose another --out");
            }
            ch.truncate(0);
            String who = "corvee " + command + ", PID " + ProcessHandle.current().pid() + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS);
            ch.write(ByteBuffer.wrap((who + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new FolderLock(ch, lock);
        } catch (IOException e) {
            try {
                if (ch != null) {
                    ch.close();
                }
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw UserError.badInput("cannot lock output folder " + dir + " (" + OutputFolder.reason(e) + ")");
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
