package org.corvee.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Sobol indices of the Ishigami function against the analytic values; Morris ranking. */
class SensitivityDesignTest {
    static final double A = 7;
    static final double B = 0.1;

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        // analytic variances (Ishigami & Homma 1990; Sobol' & Levitan 1999)
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        // the published figures, as a check on the formulas above
        assertThat(s1[0]).isCloseTo(0.3139, offset(1e-4));
        assertThat(s1[1]).isCloseTo(0.4424, offset(1e-4));
        assertThat(st[0]).isCloseTo(0.5576, offset(1e-4));
        assertThat(st[2]).isCloseTo(0.2437, offset(1e-4));

        SaltelliDesign d = new SaltelliDesign(3, 1 << 14);
        double[][] pts = d.points();
        double[] y = new double[pts.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = ishigami(pts[i]);
        }
        double[][] idx = d.indices(y);
        for (int i = 0; i < 3; i++) {
            assertThat(idx[0][i]).as("S1 of x%d", i + 1).isCloseTo(s1[i], offset(0.02));
            assertThat(idx[1][i]).as("ST of x%d", i + 1).isCloseTo(st[i], offset(0.02));
        }
    }

    @Test
    void morrisRanksInputsByInfluence() {
        // x1 strong and linear, x2 non-linear, x3 weak, x4 inert
        MorrisDesign d = new MorrisDesign(4, 30, 4, 42);
        double[][] pts = d.points();
        double[] y = new double[pts.length];
        for (int i = 0; i < y.length; i++) {
            double[] x = pts[i];
            y[i] = 10 * x[0] + 6 * x[1] * x[1] + 0.5 * x[2];
        }
        double[][] e = d.effects(y);
        double[] muStar = e[0];
        double[] sigma = e[1];
        assertThat(muStar[0]).isGreaterThan(muStar[1]);
        assertThat(muStar[1]).isGreaterThan(muStar[2]);
        assertThat(muStar[2]).isGreaterThan(muStar[3]);
        assertThat(muStar[3]).isEqualTo(0.0);
        assertThat(muStar[0]).isCloseTo(10.0, offset(1e-9));
        assertThat(sigma[0]).isCloseTo(0.0, offset(1e-9));
        assertThat(sigma[1]).isGreaterThan(0.1);
    }
}
