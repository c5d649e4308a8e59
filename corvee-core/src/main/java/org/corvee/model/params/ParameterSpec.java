package org.corvee.model.params;


/**
 * The documentation of one scenario parameter: dotted key, default, unit, allowed range,
 * where the default comes from (a fact ID of MODEL.md, a named source, or "assumed") and
 * what it means.
 */
public record ParameterSpec(String key, ParameterType type, double defaultValue, String unit,
                            double min, double max, String source, String doc) {

    /** True if {@code v} is inside the allowed range (and whole, for integers). */
    public boolean allows(double v) {
        if (Double.isNaN(v) || v < min || v > max) {
            return false;
        }
        if (type == ParameterType.INTEGER) {
            return v == Math.rint(v);
        }
        if (type == ParameterType.BOOLEAN) {
            return v == 0.0 || v == 1.0;
        }
        return true;
    }

    /** The value as a scenario file would write it. */
    public String format(double v) {
        return switch (type) {
            case BOOLEAN -> v != 0.0 ? "true" : "false";
            case INTEGER -> Long.toString((long) v);
            case NUMBER -> {
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    yield Long.toString((long) v) + ".0";
                }
                yield Double.toString(v);
            }
        };
    }

    /** "[min, max]" as text. */
    public String rangeText() {
        return "[" + ParameterSpec.trim(min) + ", " + ParameterSpec.trim(max) + "]";
    }

    static String trim(double v) {
        if (v == Double.MAX_VALUE || v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        // up to 2^53 every integer is exact: print it whole (run.seed's maximum printed as
        // 9.007199254740991E15); other values in plain decimals (1.0E-6 reads badly)
        if (v == Math.rint(v) && Math.abs(v) <= 9007199254740992.0) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
