package org.corvee.bench.peer;

import java.util.Arrays;
import java.util.Locale;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.SocialNetwork;

/**
 * The peer benchmark: the word-of-mouth kernel on MASON and on our engine, in one JVM, on the
 * same graph, each warmed up, then timed over repeated runs of {@code steps} steps; prints the
 * median agent-steps per second of each and their ratio.
 *
 * <p>Usage: {@code java -cp corvee-bench/target/benchmarks.jar org.corvee.bench.peer.PeerComparison
 * [agents=1000000] [ties=10] [steps=20] [repeats=5] [threads=cores]}. Needs about 3 GB of heap
 * (MASON's network holds an object per edge): add {@code -Xmx6g}.
 */
public final class PeerComparison {
    private PeerComparison() {
    }

    public static void main(String[] args) {
        int n = arg(args, 0, 1_000_000);
        int ties = arg(args, 1, 10);
        int steps = arg(args, 2, 20);
        int repeats = arg(args, 3, 5);
        int threads = arg(args, 4, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "peer benchmark: %,d agents, %d ties each, %d steps per run, %d timed runs,"
                + " %d thread(s) for ours, java %s%n", n, ties, steps, repeats, threads,
                System.getProperty("java.version"));
        SocialNetwork graph = PeerGraph.build(n, ties, 1);
        System.out.printf(Locale.ROOT, "graph: %,d ties (mean degree %.2f)%n", graph.entries() / 2,
                graph.entries() / (double) n);
        MasonWordOfMouth mason = new MasonWordOfMouth(1, graph);
        CorveeKernel ours = new CorveeKernel(graph, 1);
        double[] masonRates = new double[repeats];
        double[] ourRates = new double[repeats];
        long masonAdopters = 0;
        long ourAdopters = 0;
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            for (int w = 0; w < 2; w++) {
                runMason(mason, steps);
                runOurs(ours, steps, ranges);
            }
            for (int r = 0; r < repeats; r++) {
                // Resetting (MASON's start(), our fill) is set-up, not timed.
                mason.start();
                long t0 = System.nanoTime();
                stepMason(mason, steps);
                long t1 = System.nanoTime();
                mason.finish();
                masonAdopters = mason.adopters();
                ours.reset();
                long t2 = System.nanoTime();
                ourAdopters = stepOurs(ours, steps, ranges);
                long t3 = System.nanoTime();
                masonRates[r] = (double) n * steps / ((t1 - t0) / 1e9);
                ourRates[r] = (double) n * steps / ((t3 - t2) / 1e9);
            }
        }
        double m = median(masonRates);
        double o = median(ourRates);
        System.out.printf(Locale.ROOT, "adopted after %d steps: MASON %,d, ours %,d (same rule, different random"
                + " numbers: should be close)%n", steps, masonAdopters, ourAdopters);
        System.out.printf(Locale.ROOT, "MASON 18   %,15.0f agent-steps/s (median; runs %s)%n", m, text(masonRates));
        System.out.printf(Locale.ROOT, "corvee     %,15.0f agent-steps/s (median; runs %s)%n", o, text(ourRates));
        System.out.printf(Locale.ROOT, "ratio      %.1fx (target >= 50x)%n", o / m);
    }

    private static long runMason(MasonWordOfMouth mason, int steps) {
        mason.start();
        stepMason(mason, steps);
        mason.finish();
        return mason.adopters();
    }

    private static void stepMason(MasonWordOfMouth mason, int steps) {
        for (int s = 0; s < steps; s++) {
            mason.schedule.step(mason);
        }
    }

    private static long runOurs(CorveeKernel ours, int steps, ParallelRanges ranges) {
        ours.reset();
        return stepOurs(ours, steps, ranges);
    }

    private static long stepOurs(CorveeKernel ours, int steps, ParallelRanges ranges) {
        long adopters = 0;
        for (int s = 0; s < steps; s++) {
            adopters = ours.step(s, ranges);
        }
        return adopters;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String text(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3gM", x / 1e6));
        }
        return b.toString();
    }

    private static int arg(String[] args, int i, int dflt) {
        return args.length > i ? Integer.parseInt(args[i]) : dflt;
    }
}
