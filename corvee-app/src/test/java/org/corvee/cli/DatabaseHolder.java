package org.corvee.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Another process holding a DuckDB file open for writing, as a second `corvee` would: DuckDB
 * locks a file per process, so a lock can only be tested from a second JVM. {@link #start}
 * returns once the child holds the lock; destroy the process to release it.
 */
final class DatabaseHolder {
    private DatabaseHolder() {
    }

    /** Child entry point: opens the file, says "ready", waits for stdin to close. */
    public static void main(String[] args) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + args[0]);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS held (x INTEGER)");
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our stdin or kills us
            }
        }
    }

    /** Starts a JVM holding {@code db}; returns when it holds the lock. */
    static Process start(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(), db.toAbsolutePath().toString())).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            p.destroy();
            throw new IOException("database holder did not start: " + line);
        }
        return p;
    }
}
