package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.math.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Optimizer steps against scikit-learn's formulas computed by hand. */
class GradientOptimizerTest {

    private static final double[] P0 = {0.5, -1.25, 2.0};
    private static final double[] G1 = {0.1, -0.4, 0.0};
    private static final double[] G2 = {-0.3, 0.2, 0.05};

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    private static double[] run(GradientOptimizer optimizer, Precision precision, double[]... grads) {
        NativeArray p = new NativeArray(precision, 3);
        NativeArray g = new NativeArray(precision, 3);
        p.write(P0, 0, 0, 3);
        for (double[] grad : grads) {
            g.write(grad, 0, 0, 3);
            optimizer.step(p, g);
        }
        double[] out = new double[3];
        p.read(0, out, 0, 3);
        return out;
    }

    private static GradientOptimizer adam(OptimizerConfig c, Precision precision) {
        GradientOptimizer o = GradientOptimizer.create(c, precision, 3);
        assertTrue(o instanceof Adam);
        return o;
    }

    private static GradientOptimizer sgd(boolean nesterov, Precision precision) {
        GradientOptimizer o = GradientOptimizer.create(OptimizerConfig.sgd(0.1, 0.9, nesterov), precision, 3);
        assertTrue(o instanceof Sgd);
        return o;
    }

    @Test
    void adamMatchesHandComputedSteps() {
        OptimizerConfig c = new OptimizerConfig(Optimizer.ADAM, 0.01, 0.8, 0.9, 1e-3, 0, false, java.util.List.of());
        double[] got = run(adam(c, Precision.FLOAT64), Precision.FLOAT64, G1, G2);

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
        double[] one = run(adam(c, Precision.FLOAT64), Precision.FLOAT64, G1);
        assertEquals(P0[0] - 0.01 * Math.sqrt(0.1) / 0.2 * 0.02 / (Math.sqrt(0.001) + 1e-3), one[0], 1e-15);
    }

    @Test
    void adamInFloat32AgreesToFloatPrecision() {
        OptimizerConfig c = OptimizerConfig.adam(0.01);
        assertArrayEquals(
                run(adam(c, Precision.FLOAT64), Precision.FLOAT64, G1, G2),
                run(adam(c, Precision.FLOAT32), Precision.FLOAT32, G1, G2),
                1e-6);
    }

    /** scikit-learn: v ← μv − lr·g; p ← p + v, or with Nesterov p ← p + μv − lr·g (with the new v). */
    @ParameterizedTest(name = "nesterov {0}")
    @ValueSource(booleans = {false, true})
    void sgdWithMomentum(boolean nesterov) {
        double[] got = run(sgd(nesterov, Precision.FLOAT64), Precision.FLOAT64, G1, G2);
        double[] expected = P0.clone();
        double[] velocity = new double[3];
        for (double[] g : new double[][] {G1, G2}) {
            for (int i = 0; i < 3; i++) {
                velocity[i] = 0.9 * velocity[i] - 0.1 * g[i];
                expected[i] += nesterov ? 0.9 * velocity[i] - 0.1 * g[i] : velocity[i];
            }
        }
        assertArrayEquals(expected, got, 1e-15);
        if (!nesterov) {
            // Written out: two plain momentum steps.
            assertEquals(P0[1] + (-0.1 * G1[1]) + (0.9 * (-0.1 * G1[1]) - 0.1 * G2[1]), got[1], 1e-15);
        }
    }

    /** The float32 rules written in Java float arithmetic, as the engine's float32 code used to be. */
    @Test
    void float32StepsAreExactlyFloatArithmetic() {
        OptimizerConfig c = new OptimizerConfig(Optimizer.ADAM, 0.01, 0.8, 0.9, 1e-3, 0, false, java.util.List.of());
        float[] p = {0.5f, -1.25f, 2.0f};
        float[] m = new float[3];
        float[] v = new float[3];
        double[][] gs = {G1, G2};
        for (int t = 1; t <= 2; t++) {
            float lrT = (float) (0.01 * Math.sqrt(1 - Math.pow(0.9, t)) / (1 - Math.pow(0.8, t)));
            for (int i = 0; i < 3; i++) {
                float g = (float) gs[t - 1][i];
                m[i] = 0.8f * m[i] + (float) (1 - 0.8) * g;
                v[i] = 0.9f * v[i] + (float) (1 - 0.9) * (g * g);
                p[i] -= lrT * m[i] / ((float) Math.sqrt(v[i]) + 1e-3f);
            }
        }
        double[] got = run(adam(c, Precision.FLOAT32), Precision.FLOAT32, G1, G2);
        for (int i = 0; i < 3; i++) {
            assertEquals(p[i], got[i], 0.0, "Adam, parameter " + i);
        }

        float[] q = {0.5f, -1.25f, 2.0f};
        float[] vel = new float[3];
        for (double[] grad : gs) {
            for (int i = 0; i < 3; i++) {
                float g = (float) grad[i];
                vel[i] = 0.9f * vel[i] - 0.1f * g;
                q[i] += 0.9f * vel[i] - 0.1f * g;
            }
        }
        double[] gotSgd = run(sgd(true, Precision.FLOAT32), Precision.FLOAT32, G1, G2);
        for (int i = 0; i < 3; i++) {
            assertEquals(q[i], gotSgd[i], 0.0, "Nesterov SGD, parameter " + i);
        }
    }

    @Test
    void learningRateLivesInTheOptimizerAndAppliesFromTheNextStep() {
        GradientOptimizer o = sgd(false, Precision.FLOAT64);
        assertEquals(0.1, o.learningRate());
        NativeArray p = new NativeArray(Precision.FLOAT64, 3);
        NativeArray g = new NativeArray(Precision.FLOAT64, 3);
        p.write(P0, 0, 0, 3);
        g.write(G1, 0, 0, 3);
        o.step(p, g);
        o.setLearningRate(0.05);
        o.step(p, g);
        assertEquals(2, o.steps());
        double[] got = new double[3];
        p.read(0, got, 0, 3);
        for (int i = 0; i < 3; i++) {
            double v1 = -0.1 * G1[i];
            double v2 = 0.9 * v1 - 0.05 * G1[i];
            assertEquals(P0[i] + v1 + v2, got[i], 1e-15);
        }
        assertThrows(IllegalArgumentException.class, () -> o.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> o.setLearningRate(Double.NaN));
        assertEquals(0.05, o.learningRate());
    }

    /** A step split over two cores ({@link GradientOptimizer#SPLIT_FROM_PARAMETERS}) equals the whole step bitwise. */
    @ParameterizedTest
    @ValueSource(strings = {"ADAM", "SGD"})
    void aSplitStepEqualsTheWholeStep(String type) {
        int n = GradientOptimizer.SPLIT_FROM_PARAMETERS + 1001; // halves of unequal vector tails
        OptimizerConfig c = type.equals("ADAM") ? OptimizerConfig.adam(1e-3) : OptimizerConfig.sgd(0.1, 0.9, true);
        for (Precision precision : Precision.values()) {
            double[] split = bigRun(c, precision, n, 2);
            double[] whole = bigRun(c, precision, n, 1);
            assertArrayEquals(whole, split, precision + " " + type);
        }
    }

    private static double[] bigRun(OptimizerConfig c, Precision precision, int n, int threads) {
        int before = Nd4jRuntime.useThreads(threads);
        try {
            GradientOptimizer o = GradientOptimizer.create(c, precision, n);
            NativeArray p = new NativeArray(precision, n);
            NativeArray g = new NativeArray(precision, n);
            java.util.SplittableRandom random = new java.util.SplittableRandom(9);
            for (int i = 0; i < n; i++) {
                p.put(i, random.nextGaussian());
            }
            for (int step = 0; step < 2 * GradientOptimizer.FLUSH_STEPS + 1; step++) { // flushes included
                for (int i = 0; i < n; i++) {
                    g.put(i, random.nextGaussian() * Math.pow(10, -random.nextInt(40)));
                }
                o.step(p, g);
            }
            double[] out = new double[n];
            p.read(0, out, 0, n);
            return out;
        } finally {
            Nd4jRuntime.useThreads(before);
        }
    }

    /**
     * A weight whose only gradient is the L2 term shrinks geometrically under Adam; once below 2^-64 it is set to
     * zero at the next flush step (so the matrix products never meet subnormal products of it), and stays near zero.
     */
    @Test
    void weightsShrinkingTowardsZeroAreZeroedAtAFlushStep() {
        for (Precision precision : Precision.values()) {
            GradientOptimizer o = GradientOptimizer.create(OptimizerConfig.adam(1e-3), precision, 1);
            NativeArray p = new NativeArray(precision, 1);
            NativeArray g = new NativeArray(precision, 1);
            p.put(0, 1e-3);
            double floor = precision == Precision.FLOAT32
                    ? OptimizerKernels.PARAMETER_FLUSH_FLOAT
                    : OptimizerKernels.PARAMETER_FLUSH_DOUBLE;
            long zeroAt = -1;
            for (int step = 1; step <= 200_000 && zeroAt < 0; step++) {
                g.put(0, 5e-8 * p.get(0)); // alpha/n times the weight: the update is rate*m/eps, 0.5 % a step
                o.step(p, g);
                double w = p.get(0);
                if (w == 0) {
                    zeroAt = step;
                } else if (step % GradientOptimizer.FLUSH_STEPS == 0) {
                    assertTrue(Math.abs(w) >= floor, precision + ": " + w + " left after a flush");
                }
            }
            assertTrue(zeroAt > 0 && zeroAt % GradientOptimizer.FLUSH_STEPS == 0, precision + " zeroed at " + zeroAt);
            for (int step = 0; step < 100; step++) { // the first moment still moves it, less each step
                g.put(0, 5e-8 * p.get(0));
                o.step(p, g);
                assertTrue(Math.abs(p.get(0)) < floor, precision + " stays near zero: " + p.get(0));
            }
        }
    }
}
