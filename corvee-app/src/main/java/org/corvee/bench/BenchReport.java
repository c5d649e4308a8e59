package org.corvee.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.corvee.run.MemoryGuard;

/** Prints {@link ScaleResult}s as plain text for people and logs. */
public final class BenchReport {
    /** Ratio of phase time to floor time that the performance budget allows. */
    public static final double TARGET_RATIO = 3.0;

    private BenchReport() {
    }

    /** Writes one scale's result. */
    public static void print(ScaleResult r, PrintWriter out) {
        Footprint fp = r.footprint();
        int n = r.agents();
        out.printf(Locale.ROOT, "scale %s: %,d agents, %d months, %d thread(s), median of %d run(s)%n",
                org.corvee.output.NumberText.of(r.scale()), n, r.months(), r.threads(), r.repeats());
        out.printf(Locale.ROOT, "  wall          %.2f s (build %.2f s, simulate %.2f s; the floors' own %.2f s left out)%n",
                r.buildSeconds() + r.simulateSeconds(), r.buildSeconds(), r.simulateSeconds(), r.floorSeconds());
        out.printf(Locale.ROOT, "  throughput    %,.0f agent-months per second%n", r.agentMonthsPerSecond());
        out.printf(Locale.ROOT, "  bytes/agent   %.1f (columns %.1f, households %.1f, network %.1f); %s in all%n",
                fp.perAgent(n), (double) fp.columns() / n, (double) fp.households() / n, (double) fp.network() / n,
                MemoryGuard.size(fp.total()));
        out.printf(Locale.ROOT, "  peak heap     %s (guard's estimate %s)%n", MemoryGuard.size(r.peakHeap()),
                MemoryGuard.size(r.estimatedHeap()));
        out.printf(Locale.ROOT, "  %-18s %9s %9s %9s %7s%n", "phase", "time s", "ms/month", "floor s", "ratio");
        for (Map.Entry<String, Long> e : r.phaseNanos().entrySet()) {
            String phase = e.getKey();
            double secs = e.getValue() / 1e9;
            Long floor = r.floorNanos().get(phase);
            double ratio = r.ratio(phase);
            out.printf(Locale.ROOT, "  %-18s %9.3f %9.3f %9s %7s%s%n", phase, secs, secs * 1000 / r.months(),
                    floor == null ? "-" : String.format(Locale.ROOT, "%.3f", floor / 1e9),
                    Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f", ratio),
                    !Double.isNaN(ratio) && ratio > TARGET_RATIO ? "  over " + TARGET_RATIO + "x" : "");
        }
        out.flush();
    }

    /** Explains what the floors read (printed once after the table). */
    public static void printFloorNote(PrintWriter out) {
        out.println("floor = time to read the phase's columns once with a plain parallel sum on the same threads,");
        out.println("  measured each month in the same run. census: province,status,heard,birth,belief of every row;");
        out.println("  application: status,birth,songbun of every row (it visits every 12th row, but that loads every");
        out.println("  cache line; columns read only for eligible rows are left out, so its ratio errs high);");
        out.println("  selection/departure/abroad/work-conditions/defection/abroad-census: a gather at the rows on");
        out.println("  their list this month (few rows); family-watch: the households of workers abroad;");
        out.println("  posting-site-life/posting-census: the member arrays of cohorts with someone on site;");
        out.println("  word-of-mouth: speakers' household members and all their ties (the phase reaches only the");
        out.println("  ties it draws, so its ratio errs low). List phases are sequential; their floors are parallel.");
        out.println("  No floor: timeline, host-policy, outside-source (idle without reach), posting-assignment,");
        out.println("  posting-housing: they read no column in bulk. Wall = build + simulate, without the floors.");
        out.flush();
    }
}
