package org.corvee.analysis.experiment;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named calibrated parameter (a dotted scenario key) with its prior, parsed from text like
 * {@code dispatch.capital_weight=uniform(1,10)}, {@code beliefs.talk_probability=loguniform(0.01,0.5)}
 * or {@code dispatch.apply_max=normal(0.3,0.1)}.
 */
public record ParameterPrior(String key, Prior prior) implements Serializable {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([A-Za-z0-9_.]+)\\s*=\\s*([a-z_]+)\\s*\\(\\s*([^,()]+)\\s*,\\s*([^,()]+)\\s*\\)\\s*");

    /**
     * Parses {@code text}; normal priors are truncated to [min, max] (the parameter's allowed
     * range); throws IllegalArgumentException with a one-line message on bad input.
     */
    public static ParameterPrior parse(String text, double min, double max) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected KEY=uniform(LOW,HIGH), KEY=loguniform(LOW,HIGH) or "
                    + "KEY=normal(MEAN,SD), found \"" + text + "\"");
        }
        String key = m.group(1);
        String kind = m.group(2).toLowerCase(Locale.ROOT);
        double a;
        double b;
        try {
            a = Double.parseDouble(m.group(3).trim());
            b = Double.parseDouble(m.group(4).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected two numbers in " + kind + "(...), found \"" + text + "\"");
        }
        Prior prior = switch (kind) {
            case "uniform" -> {
                check(key, a < b, "uniform(LOW, HIGH) needs LOW < HIGH");
                check(key, a >= min && b <= max, "uniform bounds must lie in the allowed range [" + min + ", " + max + "]");
                yield new Prior.Uniform(a, b);
            }
            case "loguniform" -> {
                check(key, a > 0 && a < b, "loguniform(LOW, HIGH) needs 0 < LOW < HIGH");
                check(key, a >= min && b <= max, "loguniform bounds must lie in the allowed range [" + min + ", " + max + "]");
                yield new Prior.LogUniform(a, b);
            }
            case "normal" -> {
                check(key, b > 0, "normal(MEAN, SD) needs SD > 0");
                check(key, a >= min && a <= max, "normal mean must lie in the allowed range [" + min + ", " + max + "]");
                yield new Prior.Normal(a, b, min, max);
            }
            default -> throw new IllegalArgumentException(key + ": unknown prior " + kind
                    + "; expected uniform, loguniform or normal");
        };
        return new ParameterPrior(key, prior);
    }

    private static void check(String key, boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(key + ": " + message);
        }
    }

    /** "key=prior" as accepted by {@link #parse}. */
    public String text() {
        return key + "=" + prior.text();
    }
}
