package org.corvee.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bench's figures depend on beyond the code: the collector and whether the heap is on
 * transparent huge pages. On the project machine the huge pages alone moved full scale by a fifth
 * (README, performance), so a figure quoted without them cannot be compared.
 */
public final class JvmSetup {
    private JvmSetup() {
    }

    /** E.g. "PS Scavenge + PS MarkSweep, transparent huge pages on". */
    public static String describe() {
        List<String> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(gc.getName());
        }
        return String.join(" + ", collectors) + ", transparent huge pages " + hugePages();
    }

    /**
     * "on", "off" or "unknown". The JVM turns the flag off itself when the kernel offers no huge
     * pages on request, so "on" means the heap was advised to use them.
     */
    static String hugePages() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return "unknown";
            }
            return Boolean.parseBoolean(hotspot.getVMOption("UseTransparentHugePages").getValue()) ? "on" : "off";
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return "unknown"; // a JVM without the flag
        }
    }
}
