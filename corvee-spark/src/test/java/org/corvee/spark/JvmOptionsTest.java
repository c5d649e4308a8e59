package org.corvee.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * jvm.options (the launcher's list) holds every --add-opens and netty option of Spark's own
 * list, and this JVM (started by surefire with the pom's copy) was given all of them.
 */
class JvmOptionsTest {
    @Test
    void theLaunchersAndTheTestsOptionsCoverSparksModuleOptions() throws Exception {
        List<String> file = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("jvm.options"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                file.add(line.trim());
            }
        }
        List<String> needed = new ArrayList<>();
        for (String o : JavaModuleOptions.defaultModuleOptionArray()) {
            if (o.startsWith("--add-opens") || o.startsWith("-Dio.netty")) {
                needed.add(o);
            }
        }
        assertThat(needed).isNotEmpty();
        assertThat(file).containsAll(needed);
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).containsAll(file);
    }
}
