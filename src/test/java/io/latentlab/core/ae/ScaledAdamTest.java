package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * float32 Adam holds its second moment scaled by 2^32 so that tiny gradients do not drive it into subnormals
 * ({@link OptimizerKernels#adam}). Against the rule written plainly in float: the same parameters and first moments to the
 * bit, the second moment exactly 2^32 times the plain one wherever the plain one never met a subnormal, for gradients
 * spread from 1e-22 to 1e2 (and zeros) over many steps.
 */
class ScaledAdamTest {

    private static final int N = 4000;
    private static final int STEPS = 300;

    @Test
    void equalsThePlainRuleToTheBit() {
        OptimizerKernels kernels = new OptimizerKernels(Precision.FLOAT32);
        HostVector m = kernels.vector(N);
        HostVector v = kernels.vector(N);
        HostVector p = kernels.vector(N);
        HostVector g = kernels.vector(N);
        float[] plainM = new float[N];
        float[] plainV = new float[N];
        float[] plainP = new float[N];
        SplittableRandom random = new SplittableRandom(13);
        double[] magnitude = new double[N];
        for (int i = 0; i < N; i++) {
            p.f[i] = (float) random.nextGaussian();
            plainP[i] = p.f[i];
            // Per parameter a gradient scale from 1e-22 to 1e2; every 50th gradient is exactly zero.
            magnitude[i] = i % 50 == 0 ? 0 : Math.pow(10, -22 + 24 * random.nextDouble());
        }
        double beta1 = 0.9;
        double beta2 = 0.999;
        double epsilon = 1e-8;
        int subnormalTerms = 0;
        boolean[] touchedSubnormals = new boolean[N];
        for (int step = 1; step <= STEPS; step++) {
            double rate = 1e-3 * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
            for (int i = 0; i < N; i++) {
                g.f[i] = (float) (magnitude[i] * random.nextGaussian());
                float term = (float) (1 - beta2) * (g.f[i] * g.f[i]);
                float decayed = (float) beta2 * plainV[i];
                if (g.f[i] != 0 && Math.abs(term) < Float.MIN_NORMAL || subnormal(decayed)) { // term underflowed
                    subnormalTerms++;
                    touchedSubnormals[i] = true;
                }
            }
            kernels.adam(beta1, beta2, epsilon, rate, m, v, p, g, 0, N);
            plainStep(beta1, beta2, epsilon, rate, plainM, plainV, plainP, g.f);
            for (int i = 0; i < N; i++) {
                int at = i;
                int s = step;
                assertEquals(
                        Float.floatToRawIntBits(plainP[i]),
                        Float.floatToRawIntBits(p.f[i]),
                        () -> "p at " + at + ", step " + s + ", gradient scale " + magnitude[at]);
                assertEquals(Float.floatToRawIntBits(plainM[i]), Float.floatToRawIntBits(m.f[i]), () -> "m at " + at);
                if (!touchedSubnormals[i]) {
                    assertEquals(plainV[i] * 0x1p32f, v.f[i], () -> "v at " + at);
                }
            }
        }
        assertTrue(subnormalTerms > 10_000, "the case reaches subnormals: " + subnormalTerms);
    }

    private static boolean subnormal(float x) {
        return x != 0 && Math.abs(x) < Float.MIN_NORMAL;
    }

    /**
     * Through the optimizer, which also sets state below 2^-96 to zero every {@link GradientOptimizer#FLUSH_STEPS}
     * steps: parameters still equal the plain rule's to the bit over 600 steps in which some gradients are zero
     * from step 50 on (their first moments decay into the subnormals and stick there in the plain rule), and the
     * optimizer's state holds not a hundredth as many subnormal numbers (those of gradients below 1e-22), none right after a flush.
     */
    @Test
    void theFlushedOptimizerEqualsThePlainRuleAndHoldsNoSubnormals() {
        Kernels kernels = Kernels.of(Precision.FLOAT32);
        Adam adam = (Adam) GradientOptimizer.create(OptimizerConfig.adam(1e-3), Precision.FLOAT32, N);
        NativeArray params = kernels.allocate(N);
        NativeArray grads = kernels.allocate(N);
        float[] plainM = new float[N];
        float[] plainV = new float[N];
        float[] plainP = new float[N];
        float[] g = new float[N];
        SplittableRandom random = new SplittableRandom(17);
        double[] magnitude = new double[N];
        for (int i = 0; i < N; i++) {
            plainP[i] = (float) random.nextGaussian();
            params.put(i, plainP[i]);
            magnitude[i] = Math.pow(10, -22 + 24 * random.nextDouble());
        }
        long subnormalState = 0;
        long plainSubnormalState = 0;
        for (int step = 1; step <= 600; step++) {
            for (int i = 0; i < N; i++) {
                g[i] = step > 50 && i % 3 == 0 ? 0f : (float) (magnitude[i] * random.nextGaussian());
                grads.put(i, g[i]);
            }
            adam.step(params, grads);
            double rate = adam.stepSize(1e-3, step);
            plainStep(0.9, 0.999, 1e-8, rate, plainM, plainV, plainP, g);
            for (int i = 0; i < N; i++) {
                int at = i;
                int s = step;
                assertEquals(
                        Float.floatToRawIntBits(plainP[i]),
                        Float.floatToRawIntBits((float) params.get(i)),
                        () -> "p at " + at + ", step " + s);
                boolean tiny = subnormal(adam.firstMoment().f[i]) || subnormal(adam.secondMoment().f[i]);
                subnormalState += tiny ? 1 : 0;
                plainSubnormalState += subnormal(plainM[i]) || subnormal(plainV[i]) ? 1 : 0;
                assertTrue(
                        !tiny || step % GradientOptimizer.FLUSH_STEPS != 0,
                        () -> "subnormal after a flush at " + at + ", step " + s);
            }
        }
        assertTrue(
                plainSubnormalState > 100_000 && subnormalState * 100L < plainSubnormalState,
                "subnormal state " + subnormalState + " against the plain rule's " + plainSubnormalState);
    }

    /** The rule as it reads, in float32 throughout, subnormals and all. */
    private static void plainStep(
            double beta1, double beta2, double epsilon, double rate, float[] m, float[] v, float[] p, float[] g) {
        float b1 = (float) beta1;
        float c1 = (float) (1 - beta1);
        float b2 = (float) beta2;
        float c2 = (float) (1 - beta2);
        float eps = (float) epsilon;
        float r = (float) rate;
        for (int i = 0; i < p.length; i++) {
            float gi = g[i];
            m[i] = b1 * m[i] + c1 * gi;
            v[i] = b2 * v[i] + c2 * (gi * gi);
            p[i] = p[i] - r * m[i] / ((float) Math.sqrt(v[i]) + eps);
        }
    }
}
