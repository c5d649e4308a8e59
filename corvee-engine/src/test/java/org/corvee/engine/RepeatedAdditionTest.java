package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link RepeatedAddition} gives, bit for bit, the float that the plain loop
 * {@code for (k < n) r += a} gives: over millions of random (r, a, n) drawn to hit what could go
 * wrong (ties at half a spacing from even and odd significands, binade tops, subnormals, values
 * next to the largest float, signs, zeros, infinities, NaN), and in cases worked out by hand.
 */
class RepeatedAdditionTest {
    private final SplittableRandom rng = new SplittableRandom(20261202L);

    @Test
    void casesWorkedOutByHand() {
        // Counting by one stops at 2^24: 2^24 + 1 is a tie that rounds to the even 2^24.
        assertThat(RepeatedAddition.sum(0f, 1f, Integer.MAX_VALUE)).isEqualTo(16_777_216f);
        // Half a spacing added to 1 (even significand) rounds back to 1, forever.
        assertThat(RepeatedAddition.sum(1f, 0x1p-24f, Integer.MAX_VALUE)).isEqualTo(1f);
        // From an odd significand the tie rounds up to the even neighbour, which then stays.
        assertThat(RepeatedAddition.sum(1f + 0x1p-23f, 0x1p-24f, 1000)).isEqualTo(1f + 0x1p-22f);
        // Three quarters of a spacing rounds to a whole spacing until the binade's top, where
        // the spacing doubles and 0.75 of the old one is 0.375 of the new: below half, so it stops.
        assertThat(RepeatedAddition.sum(1f, 0.75f * 0x1p-23f, Integer.MAX_VALUE)).isEqualTo(2f);
        // Exact steps: 0.5 + 1000 × 0.25 = 250.5.
        assertThat(RepeatedAddition.sum(0.5f, 0.25f, 1000)).isEqualTo(250.5f);
        assertThat(RepeatedAddition.sum(-0.5f, -0.25f, 1000)).isEqualTo(-250.5f);
        assertThat(RepeatedAddition.sum(3f, 1f, 0)).isEqualTo(3f);
        assertThat(RepeatedAddition.sum(3f, 1f, -5)).isEqualTo(3f);
        assertThat(RepeatedAddition.sum(Float.MAX_VALUE, Float.MAX_VALUE, 3)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(RepeatedAddition.sum(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3)).isNaN();
    }

    @Test
    void randomValuesOfEveryKindMatchTheLoop() {
        int naiveWrong = 0;
        for (int t = 0; t < 2_000_000; t++) {
            float r = value();
            float a = rng.nextInt(8) == 0 ? value() : fractionOf(r);
            int n = count(1 << 12);
            float expected = check(r, a, n);
            // The cases discriminate: a float sum is not r + n·a rounded once.
            naiveWrong += Float.floatToRawIntBits(expected) != Float.floatToRawIntBits((float) (r + (double) a * n)) ? 1 : 0;
        }
        assertThat(naiveWrong).isGreaterThan(200_000);
    }

    @Test
    void tiesAtHalfASpacingFromEvenAndOddSignificands() {
        int roundedUp = 0;
        int roundedDown = 0;
        for (int t = 0; t < 1_000_000; t++) {
            float r = positive();
            double u = Math.ulp(r);
            if (u == Float.MIN_VALUE) {
                continue; // half of the smallest spacing is no float: no tie can be written
            }
            long q = rng.nextInt(4) == 0 ? rng.nextInt(4) : rng.nextLong(1L << rng.nextInt(1, 23));
            float a = (float) ((q + 0.5) * u);
            if (a != (q + 0.5) * u) {
                continue;
            }
            if (rng.nextBoolean()) {
                r = -r;
                a = -a;
            }
            int n = count(1 << 12);
            check(r, a, n);
            float first = r + a;
            roundedUp += Math.abs(first) > Math.abs(r) + q * u ? 1 : 0;
            roundedDown += Math.abs(first) == Math.abs(r) + q * u ? 1 : 0;
        }
        // Both roundings of a tie occur, so a wrong choice of either would be seen.
        assertThat(roundedUp).isGreaterThan(200_000);
        assertThat(roundedDown).isGreaterThan(200_000);
    }

    @Test
    void sumsThatCrossBinadeTops() {
        for (int t = 0; t < 1_000_000; t++) {
            int e = rng.nextInt(-140, 128);
            float top = Math.scalb(1f, e);
            float r = top;
            for (int below = rng.nextInt(6); below > 0; below--) {
                r = Math.nextDown(r);
            }
            if (r <= 0) {
                continue;
            }
            double u = Math.ulp(r);
            float a = switch (rng.nextInt(5)) {
                case 0 -> (float) (u * rng.nextInt(1, 9) / 4);
                case 1 -> (float) (u * (1 + rng.nextDouble() * 6));
                case 2 -> Math.nextUp((float) (u / 2));
                case 3 -> Math.nextDown((float) (u / 2));
                default -> (float) (u * rng.nextInt(1, 1 << 12));
            };
            if (!(a > 0) || Float.isInfinite(a)) {
                continue;
            }
            check(r, a, count(1 << 14));
        }
    }

    @Test
    void longSumsMatchTheLoop() {
        for (int t = 0; t < 200; t++) {
            float r = rng.nextBoolean() ? rng.nextFloat() : positive();
            float a = fractionOf(r);
            check(r, a, rng.nextInt(1 << 22));
        }
        // Model-like: risks near one, additions of a few thousandths, decades of months.
        for (int t = 0; t < 200_000; t++) {
            check(rng.nextFloat() * 2, (float) (rng.nextDouble() * 0.01), count(1 << 12));
        }
    }

    /** Asserts that both entry points give the loop's float, bit for bit; returns it. */
    private static float check(float r, float a, int n) {
        float expected = RepeatedAddition.loop(r, a, n);
        int bits = Float.floatToRawIntBits(expected);
        int fast = Float.floatToRawIntBits(RepeatedAddition.binades(r, a, n));
        int sum = Float.floatToRawIntBits(RepeatedAddition.sum(r, a, n));
        if (fast != bits || sum != bits) { // AssertJ only on a mismatch: millions of cases
            assertThat(fast).as("binades(%s, %s, %d) = loop's %s", hex(r), hex(a), n, hex(expected)).isEqualTo(bits);
            assertThat(sum).as("sum(%s, %s, %d) = loop's %s", hex(r), hex(a), n, hex(expected)).isEqualTo(bits);
        }
        return expected;
    }

    private static String hex(float x) {
        return Float.toHexString(x);
    }

    /** A count of additions, log-uniform below {@code max} so that short and long sums both occur. */
    private int count(int max) {
        return rng.nextInt(1 << rng.nextInt(1, Integer.numberOfTrailingZeros(max) + 1));
    }

    /** Any float: random bits (NaN, infinities, subnormals), special values, or a positive. */
    private float value() {
        return switch (rng.nextInt(6)) {
            case 0 -> Float.intBitsToFloat(rng.nextInt());
            case 1 -> new float[] {0f, -0f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 1f,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, -Float.MAX_VALUE}[rng.nextInt(10)];
            case 2 -> -positive();
            default -> positive();
        };
    }

    /** A positive float of any binade, subnormals included, often with a short significand. */
    private float positive() {
        int exponent = rng.nextInt(0, 255); // 0: subnormal
        int significand = rng.nextInt(1 << 23);
        if (rng.nextBoolean()) {
            significand &= -1 << rng.nextInt(24); // few significant bits: exact steps and ties
        }
        float x = Float.intBitsToFloat(exponent << 23 | significand);
        return x > 0 ? x : Float.MIN_VALUE;
    }

    /** An addend of r's sign at some scale below, near or above r's spacing. */
    private float fractionOf(float r) {
        float scale = Float.isFinite(r) && r != 0 ? Math.abs(r) : 1f;
        float a = (float) (scale * Math.scalb(rng.nextDouble(), -rng.nextInt(0, 30)));
        if (rng.nextInt(4) == 0) {
            a = (float) (Math.ulp(scale) * rng.nextInt(1, 64) / 8.0);
        }
        return r < 0 ? -a : a;
    }
}
