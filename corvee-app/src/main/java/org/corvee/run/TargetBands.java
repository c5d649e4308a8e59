package org.corvee.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.validation.Quantiles;
import org.corvee.output.NumberText;

/**
 * The target table of an ensemble: for each target the observation, the weighted 5/50/95%
 * quantiles ({@link Quantiles#weighted}, the report's rule) of the simulated statistic over the ensemble, the relative difference of the
 * median (ARD when averaged), and whether the median is within tolerance. Targets the model
 * cannot compute are listed as not available.
 */
public final class TargetBands {
    private TargetBands() {
    }

    /**
     * Prints and writes the table; {@code values[i][p]} is target i's statistic in particle p
     * (NaN if undefined); {@code available[i]} false if the model cannot compute target i.
     * Returns the mean relative difference over the available targets (ARD).
     */
    public static double write(List<Target> targets, boolean[] available, double[][] values, double[] weights, Path csv,
                        PrintWriter out) {
        StringBuilder sb = new StringBuilder(
                "target,quantity,observed,tolerance,reliability,q05,q50,q95,relative_difference,met,note\n");
        out.printf("%-13s %-15s %12s %12s %12s %7s %4s  %s%n", "target", "observed", "sim q05", "sim q50", "sim q95",
                "rel.d", "met", "reliability / note");
        double sum = 0;
        int n = 0;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (!available[i]) {
                out.printf("%-13s %-15s %12s %12s %12s %7s %4s  %s%n", t.id(), t.observedText(), "-", "-", "-", "-", "-",
                        "not available in this model");
                sb.append(t.id()).append(',').append(csv(t.quantity())).append(',').append(csv(t.observedText()))
                        .append(',').append(t.tolerance()).append(',').append(t.reliability()).append(",,,,,,")
                        .append("not available in this model\n");
                continue;
            }
            double q05 = Quantiles.weighted(values[i], weights, 0.05);
            double q50 = Quantiles.weighted(values[i], weights, 0.50);
            double q95 = Quantiles.weighted(values[i], weights, 0.95);
            double r = t.relativeError(q50);
            boolean met = t.met(q50);
            if (!Double.isNaN(r)) {
                sum += r;
                n++;
            }
            out.printf("%-13s %-15s %12s %12s %12s %7s %4s  %s%n", t.id(), t.observedText(), fmt(q05), fmt(q50),
                    fmt(q95), Double.isNaN(r) ? "undef" : String.format("%.3f", r), met ? "yes" : "no", t.reliability());
            sb.append(t.id()).append(',').append(csv(t.quantity())).append(',').append(csv(t.observedText())).append(',')
                    .append(t.tolerance()).append(',').append(t.reliability()).append(',').append(q05).append(',')
                    .append(q50).append(',').append(q95).append(',').append(r).append(',').append(met).append(",\n");
        }
        double ard = n == 0 ? Double.NaN : sum / n;
        out.printf("ARD (mean relative difference of the median over %d computable targets): %s%n", n,
                n == 0 ? "n/a" : String.format("%.3f", ard));
        out.flush();
        try {
            Files.writeString(csv, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.badInput("cannot write " + csv + " (" + OutputFolder.reason(e) + ")");
        }
        return ard;
    }

    public static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "undef";
        }
        return Math.abs(v) >= 1000 ? String.format("%,.0f", v) : NumberText.of(Math.round(v * 10000) / 10000.0);
    }

    public static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
