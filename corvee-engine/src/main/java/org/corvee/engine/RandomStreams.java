package org.corvee.engine;

/**
 * Counter-based random numbers keyed by (seed, purpose, agent, month, draw).
 *
 * <p>Contract: every draw is a pure function of its key, so a result never depends on the
 * order in which agents are visited or on how many threads visit them. There is no state to
 * share or advance; two phases that use different purposes get independent streams.
 *
 * <p>Design thoughts: the mixing function is the SplitMix64 finaliser (Steele, Lea, Flood 2014)
 * applied twice with distinct odd constants between the key parts; it costs a few nanoseconds.
 * It has not been through avalanche tests or a test battery (TestU01, PractRand) here; what is
 * checked, in {@code RandomStreamsTest}, is the moments of {@link #uniform}, purity of the key,
 * no correlation between neighbouring agents, unit variance of {@link #normal} and the range
 * of {@link #below}.
 */
public final class RandomStreams {
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The seed this family of streams was built from. */
    public long seed() {
        return seed;
    }

    /** A stream key for one purpose (e.g. "apply"); compute once per phase, not per agent. */
    public long stream(String purpose) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < purpose.length(); i++) {
            h ^= purpose.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(seed ^ mix(h));
    }

    /** A uniform double in [0, 1) for (stream, agent, month, draw). */
    public static double uniform(long stream, long agent, int month, int draw) {
        return (bits(stream, agent, month, draw) >>> 11) * 0x1.0p-53;
    }

    /** A uniform double in [0, 1) for (stream, agent, month). */
    public static double uniform(long stream, long agent, int month) {
        return uniform(stream, agent, month, 0);
    }

    /** 64 random bits for (stream, agent, month, draw). */
    public static long bits(long stream, long agent, int month, int draw) {
        long x = stream + agent * 0x9E3779B97F4A7C15L;
        x = mix(x);
        x += ((long) month << 20 | (draw & 0xFFFFF)) * 0xD1B54A32D192ED03L;
        return mix(x);
    }

    /** A uniform int in [0, bound) for (stream, agent, month, draw); bound must be positive. */
    public static int below(long stream, long agent, int month, int draw, int bound) {
        long r = bits(stream, agent, month, draw) >>> 1;
        return (int) ((r % bound));
    }

    /** A standard normal variate (Box–Muller from two draws). */
    public static double normal(long stream, long agent, int month, int draw) {
        double u1 = uniform(stream, agent, month, 2 * draw);
        double u2 = uniform(stream, agent, month, 2 * draw + 1);
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** SplitMix64 finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
