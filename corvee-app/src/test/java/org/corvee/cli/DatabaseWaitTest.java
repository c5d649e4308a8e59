package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.corvee.run.DatabaseWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose database another process holds waits for it, saying so in plain words (not
 * DuckDB's lock message), and stores normally once the file is free; a reader does the same.
 */
class DatabaseWaitTest {
    @TempDir
    Path tmp;

    /** Runs the command on another thread and returns once it says that it waits (or has finished). */
    private static CompletableFuture<CommandLineTest.Result> start(String... args) throws InterruptedException {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        CompletableFuture<CommandLineTest.Result> f = CompletableFuture.supplyAsync(() -> {
            int status = Main.execute(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            return new CommandLineTest.Result(status, out.toString(), err.toString());
        });
        for (int i = 0; i < 600 && !f.isDone() && !err.toString().contains("waiting up to"); i++) {
            Thread.sleep(50);
        }
        return f;
    }

    @Test
    void aWriterAndAReaderWaitForAnotherProcessInPlainWords() throws Exception {
        Path db = tmp.resolve("busy.duckdb");
        Process holder = DatabaseHolder.start(db);
        CompletableFuture<CommandLineTest.Result> run;
        CompletableFuture<CommandLineTest.Result> runs;
        try {
            run = start("run", "--scale", "0.001", "--out", tmp.resolve("out").toString(), "--db", db.toString());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        CommandLineTest.Result r = run.get();
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("busy.duckdb is in use by another process (PID " + holder.pid()
                + "); waiting up to " + DatabaseWriter.PATIENCE_SECONDS + " s for it to finish writing")
                .doesNotContain("Conflicting lock").doesNotContain("IO Error");

        holder = DatabaseHolder.start(db);
        try {
            runs = start("runs", "--db", db.toString());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        CommandLineTest.Result listed = runs.get();
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.err()).contains("is in use by another process (PID " + holder.pid() + "); waiting up to");
        assertThat(listed.out()).contains("completed");
    }
}
