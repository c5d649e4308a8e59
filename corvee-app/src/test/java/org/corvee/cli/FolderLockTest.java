package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corvee.run.FolderLock;
import org.corvee.run.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two commands writing into one output folder at once: the second refuses in one line and writes nothing. */
class FolderLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondWriterIntoTheSameFolderRefuses() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cal"));
        try (FolderLock held = FolderLock.acquire(dir, "calibrate")) {
            for (String[] args : new String[][] {
                {"calibrate", "--param", "dispatch.capital_weight=uniform(1,20)", "--particles", "4", "--generations",
                    "1", "--scale", "0.001", "--out", dir.toString(), "--db", tmp.resolve("other.duckdb").toString()},
                {"run", "--scale", "0.001", "--out", dir.toString()}}) {
                CommandLineTest.Result r = CommandLineTest.run(args);
                assertThat(r.status()).as(r.err()).isEqualTo(UserError.BAD_INPUT);
                assertThat(r.err()).contains("output folder " + dir + " is in use by another corvee command (corvee "
                        + "calibrate, PID " + ProcessHandle.current().pid() + ", since ")
                        .contains("wait for it to finish or choose another --out");
                assertThat(r.err().lines().count()).isEqualTo(1);
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(FolderLock.FILE);
            }
        }
        CommandLineTest.Result after = CommandLineTest.run("run", "--scale", "0.001", "--out", dir.toString());
        assertThat(after.status()).as(after.err()).isZero();
    }
}
