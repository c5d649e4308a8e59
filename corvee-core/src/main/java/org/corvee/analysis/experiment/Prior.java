package org.corvee.analysis.experiment;

import java.io.Serializable;

/**
 * The prior distribution of one calibrated parameter, described in a <em>working space</em>
 * where perturbation kernels act: the identity for uniform and normal priors, the natural log
 * for log-uniform priors (so that a kernel moves a rate by factors, not by amounts).
 *
 * <p>Contract: {@code density} is the prior density in working space up to a constant (0
 * outside the support); {@code sample} maps independent uniforms in [0, 1) to a draw in working
 * space (several uniforms may be needed for a normal); {@code value} maps back.
 */
public sealed interface Prior extends Serializable permits Prior.Uniform, Prior.LogUniform, Prior.Normal {

    /** Density in working space, up to a constant. */
    double density(double w);

    /** A draw in working space from uniforms u0, u1 in [0, 1). */
    double sample(double u0, double u1);

    /** Parameter value of a working-space point. */
    double value(double w);

    /** Working-space point of a parameter value. */
    double work(double value);

    /** Text as written on the command line, e.g. "uniform(1, 10)". */
    String text();

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Prior {
        @Override
        public double density(double w) {
            return w >= low && w <= high ? 1.0 : 0.0;
        }

        @Override
        public double sample(double u0, double u1) {
            return low + (high - low) * u0;
        }

        @Override
        public double value(double w) {
            return w;
        }

        @Override
        public double work(double value) {
            return value;
        }

        @Override
        public String text() {
            return "uniform(" + low + ", " + high + ")";
        }
    }

    /** Log-uniform on [low, high], low > 0: uniform in log space. */
    record LogUniform(double low, double high) implements Prior {
        @Override
        public double density(double w) {
            return w >= Math.log(low) && w <= Math.log(high) ? 1.0 : 0.0;
        }

        @Override
        public double sample(double u0, double u1) {
            return Math.log(low) + (Math.log(high) - Math.log(low)) * u0;
        }

        @Override
        public double value(double w) {
            return Math.exp(w);
        }

        @Override
        public double work(double value) {
            return Math.log(value);
        }

        @Override
        public String text() {
            return "loguniform(" + low + ", " + high + ")";
        }
    }

    /**
     * Normal(mean, sd) truncated to [low, high] (the parameter's allowed range). Sampling is a
     * Box–Muller draw; a draw outside the range has density 0 and the caller draws again.
     */
    record Normal(double mean, double sd, double low, double high) implements Prior {
        @Override
        public double density(double w) {
            if (w < low || w > high) {
                return 0.0;
            }
            double z = (w - mean) / sd;
            return Math.exp(-0.5 * z * z);
        }

        @Override
        public double sample(double u0, double u1) {
            return mean + sd * Math.sqrt(-2.0 * Math.log(1.0 - u0)) * Math.cos(2.0 * Math.PI * u1);
        }

        @Override
        public double value(double w) {
            return w;
        }

        @Override
        public double work(double value) {
            return value;
        }

        @Override
        public String text() {
            return "normal(" + mean + ", " + sd + ")";
        }
    }
}
