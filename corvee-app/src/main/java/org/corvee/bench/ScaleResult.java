package org.corvee.bench;

import java.util.Map;

/**
 * One benchmarked run of a scenario at one scale: sizes, wall times, memory and, per phase,
 * its time, its memory-speed floor (absent for phases without one), for the scheduled phases
 * what polling every row would have cost ({@code pollNanos}), and the person rows it reported
 * touching ({@code touchedRows}), over the whole run.
 * {@code simulateSeconds} is the month loop without the floors' own time ({@code floorSeconds}).
 */
public record ScaleResult(double scale, int agents, int months, int threads, int repeats, double buildSeconds,
                          double simulateSeconds, double floorSeconds, Footprint footprint, long peakHeap, long estimatedHeap,
                          Map<String, Long> phaseNanos, Map<String, Long> floorNanos, Map<String, Long> pollNanos,
                          Map<String, Long> touchedRows) {

    /**
     * Mean over months of the rows the phase touched divided by the number of persons (rows of
     * the population, a constant: the dead are replaced by newborns in place); 0 when it
     * reported none.
     */
    public double touchedShare(String phase) {
        Long rows = touchedRows.get(phase);
        return rows == null ? 0 : (double) rows / months / agents;
    }

    /** Agent-months simulated per second of simulation (build excluded). */
    public double agentMonthsPerSecond() {
        return (double) agents * months / simulateSeconds;
    }

    /**
     * Seconds the month loop would take with every phase at its floor: each phase's floor, or its
     * own time where that is less (a floor that reads more than the phase does, as word of
     * mouth's) or where it has no floor. What no amount of tuning within the person table's
     * layout brings the simulation under on this machine, since a floor is only the reads (and
     * for demography the births' writes) the phase's work needs, once, with no computation.
     */
    public double atFloorsSeconds() {
        long sum = 0;
        for (Map.Entry<String, Long> e : phaseNanos.entrySet()) {
            Long f = floorNanos.get(e.getKey());
            sum += f == null ? e.getValue() : Math.min(f, e.getValue());
        }
        return sum / 1e9;
    }

    /** Phase time over floor time, or NaN when the phase has no floor. */
    public double ratio(String phase) {
        Long f = floorNanos.get(phase);
        Long t = phaseNanos.get(phase);
        return f == null || t == null || f == 0 ? Double.NaN : (double) t / f;
    }
}
