package org.corvee.bench;

import java.util.Map;

/**
 * One benchmarked run of a scenario at one scale: sizes, wall times, memory and, per phase,
 * its time and its memory-speed floor (absent for phases without one) over the whole run.
 * {@code simulateSeconds} is the month loop without the floors' own time ({@code floorSeconds}).
 */
public record ScaleResult(double scale, int agents, int months, int threads, int repeats, double buildSeconds,
                          double simulateSeconds, double floorSeconds, Footprint footprint, long peakHeap, long estimatedHeap,
                          Map<String, Long> phaseNanos, Map<String, Long> floorNanos) {

    /** Agent-months simulated per second of simulation (build excluded). */
    public double agentMonthsPerSecond() {
        return (double) agents * months / simulateSeconds;
    }

    /** Phase time over floor time, or NaN when the phase has no floor. */
    public double ratio(String phase) {
        Long f = floorNanos.get(phase);
        Long t = phaseNanos.get(phase);
        return f == null || t == null || f == 0 ? Double.NaN : (double) t / f;
    }
}
