package org.corvee.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.corvee.run.MemoryGuard;

/** Prints {@link ScaleResult}s as plain text for people and logs. */
public final class BenchReport {
    /** Ratio of phase time to floor time that the performance budget allows (issue 15: within 2x). */
    public static final double TARGET_RATIO = 2.0;

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
        for (Target t : Target.at(r)) {
            out.printf(Locale.ROOT, "  target        %s%n", t.line());
        }
        if (!r.floorNanos().isEmpty()) {
            double floors = r.atFloorsSeconds();
            Double target = Target.simulateLimit(r.scale());
            out.printf(Locale.ROOT, "  at floors     %.2f s: simulate with every phase at its floor (or at its own time where"
                    + " that is less or it has none)%s%n", floors, target == null ? ""
                    : floors >= target ? String.format(Locale.ROOT, "; the %.1f s target is below it", target)
                    : String.format(Locale.ROOT, "; the %.1f s target is above it", target));
        }
        out.printf(Locale.ROOT, "  %-18s %9s %9s %9s %7s %8s %9s%n", "phase", "time s", "ms/month", "floor s", "ratio",
                "touched", "poll s");
        for (Map.Entry<String, Long> e : r.phaseNanos().entrySet()) {
            String phase = e.getKey();
            double secs = e.getValue() / 1e9;
            Long floor = r.floorNanos().get(phase);
            double ratio = r.ratio(phase);
            Long poll = r.pollNanos().get(phase);
            out.printf(Locale.ROOT, "  %-18s %9.3f %9.3f %9s %7s %8s %9s%s%n", phase, secs, secs * 1000 / r.months(),
                    floor == null ? "-" : String.format(Locale.ROOT, "%.3f", floor / 1e9),
                    Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f", ratio),
                    touched(r.touchedShare(phase)),
                    poll == null ? "-" : String.format(Locale.ROOT, "%.3f", poll / 1e9),
                    !Double.isNaN(ratio) && ratio > TARGET_RATIO ? "  over " + TARGET_RATIO + "x" : "");
        }
        out.flush();
    }

    /** A share of persons as a percentage with enough digits for the small list phases. */
    static String touched(double share) {
        if (share == 0) {
            return "0%";
        }
        return share >= 0.1 ? String.format(Locale.ROOT, "%.0f%%", share * 100)
                : String.format(Locale.ROOT, "%.2g%%", share * 100);
    }

    /** Explains what the floors read (printed once after the table). */
    public static void printFloorNote(PrintWriter out) {
        out.println("floor = time to read the phase's columns once with a plain parallel sum on the same threads,");
        out.println("  measured each month in the same run. Scheduled phases (census, demography, belief-memory)");
        out.println("  read the rows whose turn came: their floor reads their columns at as many rows as they touched,");
        out.println("  drawn at random (a whole pass of the table as a stream). census: province,status,heard,birth,");
        out.println("  belief (after its first count the phases that change a row do its reads); demography: death,");
        out.println("  status,posting,birth,sex, and at as many other random rows as the month's births every column");
        out.println("  a newborn writes, rewritten with its own value (the household's links and the weddings'");
        out.println("  writes left out: its ratio errs high); belief-memory: status,birth,confidence,resentment.");
        out.println("  poll = reading those columns (demography: the five read) of every row each month, the scan");
        out.println("  their schedule replaced (not a floor).");
        out.println("  application: status,birth,songbun of every row (it visits every 12th row, but that loads every");
        out.println("  cache line; columns read only for eligible rows are left out, so its ratio errs high);");
        out.println("  family-watch: status,flags of every row in a month the watch's values change (the pass its");
        out.println("  ledger makes then); its poll is the walk of the workers' households the ledger replaced.");
        out.println("  selection/departure/abroad/work-conditions/defection/abroad-census: a gather at the rows on");
        out.println("  their list this month (few rows); military-service: birth,sex,status,posting at the rows turning");
        out.println("  the enlistment age this month (its bucket; the enlisted's other columns and the discharge waves");
        out.println("  are left out), in its first month birth,sex of every row;");
        out.println("  posting-site-life/posting-census: the member arrays of cohorts with someone on site;");
        out.println("  word-of-mouth: each speaker's status, household and first tie, and at as many random rows as");
        out.println("  accounts told a listener's status read and heard,belief,confidence rewritten with their own");
        out.println("  values; its poll reads all ties of every speaker. List phases but selection work their rows");
        out.println("  in parallel chunks (long lists) and what rows share on one thread in list order; selection is");
        out.println("  sequential; their floors are wholly parallel.");
        out.println("  No floor: timeline, host-policy, host-report, outside-source (idle without reach),");
        out.println("  posting-assignment, posting-housing: they read no column in bulk or only the workers abroad.");
        out.println("  Wall = build + simulate, without the floors.");
        out.println("touched = mean over months of the person rows the phase read, over the number of persons, as the");
        out.println("  phase reports it: a scheduled phase its first month's filings (a pass of the table each) and the");
        out.println("  rows whose turn came (belief-memory and military-service: those turning adult or enlistment");
        out.println("  age); the application phase the twelfth it visits; list phases their lists (workers abroad, the");
        out.println("  screening queue, applicants; family-watch none but in a month its values change); word-of-mouth");
        out.println("  its speakers and every listener it reached; posting phases the members of active cohorts");
        out.println("  (assignment: rows tried); outside-source the rows it draws in a month it reaches.");
        out.println("targets (issue 15): scale 1.0 wall < " + Target.FULL_WALL + " s, simulate < " + Target.FULL_SIMULATE
                + " s, peak heap < " + Target.FULL_HEAP_GIB + " GiB; scale 0.1 simulate < " + Target.TENTH_SIMULATE
                + " s; each phase within " + TARGET_RATIO + "x of its floor.");
        out.flush();
    }
}
