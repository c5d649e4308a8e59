package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --executor} and {@code --master} without the Spark module on the class path (as in
 * the default jar): one clear line and exit 2, before any run starts or any file is written.
 */
class ExecutorOptionTest {
    @TempDir
    Path tmp;

    @Test
    void sparkWithoutItsModuleIsOneClearLine() {
        Path out = tmp.resolve("out");
        CommandLineTest.Result r = CommandLineTest.run("run", "--replicates", "2", "--scale", "0.001",
                "--executor", "spark", "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.startsWith("corvee: "))).containsExactly(
                "corvee: --executor spark: the Spark module is not on the class path; build it with "
                        + "`mvn -B -DskipTests package` and run through ./corvee, or use spark-submit corvee-spark.jar");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void anUnknownExecutorIsBadInput() {
        CommandLineTest.Result r = CommandLineTest.run("calibrate", "--param", "dispatch.capital_weight=uniform(1,20)",
                "--executor", "ray", "--out", tmp.resolve("cal").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("corvee: --executor ray: unknown executor; known: local");
    }

    @Test
    void aMasterNeedsTheSparkExecutor() {
        CommandLineTest.Result r = CommandLineTest.run("ablate", "--master", "local[2]");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("corvee: --master local[2] needs --executor spark");
    }
}
