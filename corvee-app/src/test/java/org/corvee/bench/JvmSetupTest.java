package org.corvee.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JvmSetupTest {
    @Test
    void hugePagesAreOnExactlyWhenAskedForAndTheKernelOffersThem() throws Exception {
        boolean asked = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+UseTransparentHugePages");
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(thp) && Files.readString(thp).matches("(?s).*\\[(madvise|always)\\].*");
        assertEquals(asked && offered ? "on" : "off", JvmSetup.hugePages());
    }

    @Test
    void theDescriptionNamesTheCollectorsAndTheHugePages() {
        String d = JvmSetup.describe();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            assertTrue(d.contains(gc.getName()), d);
        }
        assertTrue(d.endsWith("transparent huge pages " + JvmSetup.hugePages()), d);
    }
}
