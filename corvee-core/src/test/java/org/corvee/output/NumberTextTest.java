package org.corvee.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NumberText#of}'s quick path writes what the defining {@link BigDecimal} form writes, for every value. */
class NumberTextTest {
    /** The form as it was defined before the quick path, written out again here as the reference. */
    private static String reference(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        double r = Math.rint(v);
        if (Math.abs(v - r) <= 1e-9 * Math.max(1, Math.abs(v)) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return new BigDecimal(v).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }

    private static void same(double v) {
        assertThat(NumberText.of(v)).as("%s (%s)", v, Double.doubleToRawLongBits(v)).isEqualTo(reference(v));
    }

    @Test
    void examples() {
        assertThat(NumberText.of(0.1)).isEqualTo("0.1");
        assertThat(NumberText.of(2.0 / 3)).isEqualTo("0.666666667");
        assertThat(NumberText.of(-1234.56789012)).isEqualTo("-1234.56789");
        assertThat(NumberText.of(1e-7 / 3)).isEqualTo("0.0000000333333333");
        assertThat(NumberText.of(1234567890123456.0)).isEqualTo("1234567890000000");
        assertThat(NumberText.of(12.0)).isEqualTo("12");
        assertThat(NumberText.of(Double.NaN)).isEmpty();
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        SplittableRandom rnd = new SplittableRandom(15);
        for (int i = 0; i < 2_000_000; i++) {
            double mant = rnd.nextDouble();
            int exp = rnd.nextInt(-40, 40);
            double v = mant * Math.pow(10, exp) * (rnd.nextBoolean() ? 1 : -1);
            same(v);
            same(Double.longBitsToDouble(rnd.nextLong())); // any bit pattern, subnormals included
        }
    }

    @Test
    void ratiosOfCounts() {
        // what the series holds: counts over counts, per-person means, shares
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            long num = rnd.nextLong(1, 50_000_000);
            long den = rnd.nextLong(1, 50_000_000);
            same((double) num / den);
            same(num * 0.1 / den);
            same(num / 0.3);
        }
    }

    @Test
    void valuesNearTiesAndPowersOfTen() {
        for (int e = -20; e <= 20; e++) {
            double p = Math.pow(10, e);
            for (double x : new double[] {p, Math.nextUp(p), Math.nextDown(p), 0.999999999 * p, 0.9999999995 * p,
                    1.0000000005 * p, 1.000000001 * p, 9.999999995 * p, 1.234567885 * p, 1.234567895 * p}) {
                same(x);
                same(-x);
            }
            for (long d = 100_000_000; d < 100_000_000 + 2_000; d++) {
                double tie = (d + 0.5) * p / 1e8; // a tie of the ninth digit, as near as a double gets
                same(tie);
                same(Math.nextUp(tie));
                same(Math.nextDown(tie));
            }
        }
    }
}
