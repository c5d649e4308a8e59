package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corvee serve}'s options (the server itself is tested in process by the API tests). */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void badOptionsAreBadInputWithOneLine() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "serve", "--port", "70000", "--db", dir.resolve("x.duckdb").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("corvee: --port must be between 0 and 65535, was 70000" + System.lineSeparator());
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "serve", "--queue", "0")).isEqualTo(2);
        assertThat(err2.toString()).contains("--queue must be between 1 and 100");
    }

    @Test
    void onlyLoopbackAddressesAreQuiet() {
        assertThat(ServeCommand.loopback("127.0.0.1")).isTrue();
        assertThat(ServeCommand.loopback("localhost")).isTrue();
        assertThat(ServeCommand.loopback("::1")).isTrue();
        assertThat(ServeCommand.loopback("0.0.0.0")).isFalse();
        assertThat(ServeCommand.exposureWarning("0.0.0.0", 8080, dir.resolve("a.duckdb")))
                .startsWith("corvee: warning: serving on 0.0.0.0:8080")
                .contains("can read every run in " + dir.resolve("a.duckdb")).contains("no login");
    }

    @Test
    void helpListsTheCommand() {
        StringWriter out = new StringWriter();
        Main.execute(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(out.toString()).contains("serve").contains("web dashboard");
    }
}
