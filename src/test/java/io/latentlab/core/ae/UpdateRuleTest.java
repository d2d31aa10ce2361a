package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.math.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Optimizer steps against scikit-learn's formulas computed by hand. */
class UpdateRuleTest {

    private static final double[] P0 = {0.5, -1.25, 2.0};
    private static final double[] G1 = {0.1, -0.4, 0.0};
    private static final double[] G2 = {-0.3, 0.2, 0.05};

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    private static double[] run(UpdateRule rule, Kernels k, double lr, double[]... grads) {
        NativeArray p = k.allocate(3);
        NativeArray g = k.allocate(3);
        k.copyIn(P0, 0, p, 0, 3);
        for (double[] grad : grads) {
            k.copyIn(grad, 0, g, 0, 3);
            rule.apply(p, g, lr);
        }
        double[] out = new double[3];
        k.copyOut(p, 0, out, 0, 3);
        return out;
    }

    @Test
    void adamMatchesHandComputedSteps() {
        OptimizerConfig c = new OptimizerConfig(Optimizer.ADAM, 0.01, 0.8, 0.9, 1e-3, 0, false);
        Kernels k = Kernels.of(Precision.FLOAT64);
        double[] got = run(k.adam(c, 3), k, 0.01, G1, G2);

        double[] expected = P0.clone();
        double[] m = new double[3];
        double[] v = new double[3];
        double[][] gs = {G1, G2};
        for (int t = 1; t <= 2; t++) {
            double lrT = 0.01 * Math.sqrt(1 - Math.pow(0.9, t)) / (1 - Math.pow(0.8, t));
            for (int i = 0; i < 3; i++) {
                double g = gs[t - 1][i];
                m[i] = 0.8 * m[i] + 0.2 * g;
                v[i] = 0.9 * v[i] + 0.1 * g * g;
                expected[i] -= lrT * m[i] / (Math.sqrt(v[i]) + 1e-3);
            }
        }
        assertArrayEquals(expected, got, 1e-15);
        // First step of Adam moves each parameter with a non-zero gradient by about lr, against the gradient.
        double[] one = run(k.adam(c, 3), k, 0.01, G1);
        assertEquals(P0[0] - 0.01 * Math.sqrt(0.1) / 0.2 * 0.02 / (Math.sqrt(0.001) + 1e-3), one[0], 1e-15);
    }

    @Test
    void adamInFloat32AgreesToFloatPrecision() {
        OptimizerConfig c = OptimizerConfig.adam(0.01);
        Kernels k64 = Kernels.of(Precision.FLOAT64);
        Kernels k32 = Kernels.of(Precision.FLOAT32);
        assertArrayEquals(run(k64.adam(c, 3), k64, 0.01, G1, G2), run(k32.adam(c, 3), k32, 0.01, G1, G2), 1e-6);
    }

    @Test
    void sgdWithMomentum() {
        Kernels k = Kernels.of(Precision.FLOAT64);
        double[] got = run(k.sgd(OptimizerConfig.sgd(0.1, 0.9, false), 3), k, 0.1, G1, G2);
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            double v1 = -0.1 * G1[i];
            double v2 = 0.9 * v1 - 0.1 * G2[i];
            expected[i] = P0[i] + v1 + v2;
        }
        assertArrayEquals(expected, got, 1e-15);
    }

    @Test
    void sgdWithNesterov() {
        Kernels k = Kernels.of(Precision.FLOAT64);
        double[] got = run(k.sgd(OptimizerConfig.sgd(0.1, 0.9, true), 3), k, 0.1, G1, G2);
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            double v1 = -0.1 * G1[i];
            double u1 = 0.9 * v1 - 0.1 * G1[i];
            double v2 = 0.9 * v1 - 0.1 * G2[i];
            double u2 = 0.9 * v2 - 0.1 * G2[i];
            expected[i] = P0[i] + u1 + u2;
        }
        assertArrayEquals(expected, got, 1e-15);
    }
}
