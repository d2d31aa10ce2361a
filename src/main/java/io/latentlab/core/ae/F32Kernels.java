package io.latentlab.core.ae;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsdot;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_saxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemv;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/** float32 kernels. {@link F64Kernels} is this code with the types replaced; keep the two in step. */
final class F32Kernels extends Kernels {

    private float[] bias = new float[0];

    @Override
    Precision precision() {
        return Precision.FLOAT32;
    }

    @Override
    void gemm(boolean transA, boolean transB, int m, int n, int k, Pointer a, int lda, Pointer b, int ldb,
              double beta, Pointer c, int ldc) {
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                m, n, k, 1f, (FloatPointer) a, lda, (FloatPointer) b, ldb, (float) beta, (FloatPointer) c, ldc);
    }

    @Override
    void biasActivate(NativeArray z, int rows, int cols, NativeArray params, int biasOffset, Activation act) {
        FloatBuffer zb = z.f;
        if (bias.length < cols) {
            bias = new float[cols];
        }
        float[] bs = bias;
        for (int c = 0; c < cols; c++) {
            bs[c] = params.f.get(biasOffset + c);
        }
        int i = 0;
        switch (act) {
            case RELU -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        float v = zb.get(i) + bs[c];
                        zb.put(i, v > 0f ? v : 0f);
                    }
                }
            }
            case LINEAR -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        zb.put(i, zb.get(i) + bs[c]);
                    }
                }
            }
            default -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        zb.put(i, (float) act.apply(zb.get(i) + bs[c]));
                    }
                }
            }
        }
    }

    @Override
    double outputDelta(NativeArray out, NativeArray target, int count, Activation act, double scale,
                       NativeArray delta) {
        FloatBuffer ob = out.f;
        FloatBuffer tb = target.f;
        FloatBuffer db = delta.f;
        double sse = 0;
        if (act == Activation.LINEAR) {
            float s = (float) scale;
            for (int i = 0; i < count; i++) {
                float diff = ob.get(i) - tb.get(i);
                double d = diff;
                sse += d * d;
                db.put(i, diff * s);
            }
        } else {
            for (int i = 0; i < count; i++) {
                float o = ob.get(i);
                float diff = o - tb.get(i);
                double d = diff;
                sse += d * d;
                db.put(i, (float) (diff * act.derivativeFromOutput(o) * scale));
            }
        }
        return sse;
    }

    @Override
    void multiplyDerivative(NativeArray delta, NativeArray a, int count, Activation act) {
        FloatBuffer db = delta.f;
        FloatBuffer ab = a.f;
        switch (act) {
            case RELU -> {
                for (int i = 0; i < count; i++) {
                    if (!(ab.get(i) > 0f)) {
                        db.put(i, 0f);
                    }
                }
            }
            case LINEAR -> {
                // derivative 1
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    db.put(i, (float) (db.get(i) * act.derivativeFromOutput(ab.get(i))));
                }
            }
        }
    }

    @Override
    void columnSums(Pointer m, int rows, int cols, Pointer ones, Pointer dst) {
        cblas_sgemv(CblasRowMajor, CblasTrans, rows, cols, 1f, (FloatPointer) m, cols, (FloatPointer) ones, 1,
                0f, (FloatPointer) dst, 1);
    }

    @Override
    void axpy(int n, double alpha, Pointer x, Pointer y) {
        cblas_saxpy(n, (float) alpha, (FloatPointer) x, 1, (FloatPointer) y, 1);
    }

    @Override
    double dot(int n, Pointer x, Pointer y) {
        return cblas_dsdot(n, (FloatPointer) x, 1, (FloatPointer) y, 1);
    }

    @Override
    void fill(NativeArray a, double value) {
        for (int i = 0; i < a.length; i++) {
            a.f.put(i, (float) value);
        }
    }

    @Override
    UpdateRule adam(OptimizerConfig config, int count) {
        return new Adam(config, count);
    }

    @Override
    UpdateRule sgd(OptimizerConfig config, int count) {
        return new Sgd(config, count);
    }

    /** Works on heap copies (two bulk copies per step) because the JIT vectorises array loops, not buffer loops. */
    private static final class Adam extends UpdateRule {
        private final OptimizerConfig config;
        private final float[] p;
        private final float[] g;
        private final float[] m;
        private final float[] v;

        Adam(OptimizerConfig config, int count) {
            this.config = config;
            p = new float[count];
            g = new float[count];
            m = new float[count];
            v = new float[count];
        }

        @Override
        void step(NativeArray params, NativeArray grads, double learningRate, long t) {
            int n = p.length;
            params.f.get(0, p, 0, n);
            grads.f.get(0, g, 0, n);
            float lrT = (float) adamRate(config, learningRate, t);
            float b1 = (float) config.beta1();
            float b2 = (float) config.beta2();
            float c1 = (float) (1 - config.beta1());
            float c2 = (float) (1 - config.beta2());
            float eps = (float) config.epsilon();
            for (int i = 0; i < n; i++) {
                float gi = g[i];
                float mi = b1 * m[i] + c1 * gi;
                float vi = b2 * v[i] + c2 * (gi * gi);
                m[i] = mi;
                v[i] = vi;
                p[i] -= lrT * mi / ((float) Math.sqrt(vi) + eps);
            }
            params.f.put(0, p, 0, n);
        }
    }

    private static final class Sgd extends UpdateRule {
        private final float momentum;
        private final boolean nesterov;
        private final float[] p;
        private final float[] g;
        private final float[] velocity;

        Sgd(OptimizerConfig config, int count) {
            momentum = (float) config.momentum();
            nesterov = config.nesterov();
            p = new float[count];
            g = new float[count];
            velocity = new float[count];
        }

        @Override
        void step(NativeArray params, NativeArray grads, double learningRate, long t) {
            int n = p.length;
            params.f.get(0, p, 0, n);
            grads.f.get(0, g, 0, n);
            float lr = (float) learningRate;
            float mu = momentum;
            if (nesterov) {
                for (int i = 0; i < n; i++) {
                    float vel = mu * velocity[i] - lr * g[i];
                    velocity[i] = vel;
                    p[i] += mu * vel - lr * g[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    float vel = mu * velocity[i] - lr * g[i];
                    velocity[i] = vel;
                    p[i] += vel;
                }
            }
            params.f.put(0, p, 0, n);
        }
    }

    @Override
    void loadRows(HostRows src, int[] order, int from, int rows, NativeArray dst) {
        int cols = src.cols;
        for (int r = 0; r < rows; r++) {
            dst.f.put(r * cols, src.f, order[from + r] * cols, cols);
        }
    }

    @Override
    void loadRowsNoisy(HostRows src, int[] order, int from, int rows, NativeArray clean, NativeArray noisy,
                       NoiseConfig noise, SplittableRandom rng) {
        int cols = src.cols;
        float[] data = src.f;
        FloatBuffer nb = noisy.f;
        double level = noise.level();
        boolean gaussian = noise.type() == NoiseType.GAUSSIAN;
        int o = 0;
        for (int r = 0; r < rows; r++) {
            int s = order[from + r] * cols;
            clean.f.put(r * cols, data, s, cols);
            for (int c = 0; c < cols; c++, o++) {
                double x = data[s + c];
                double corrupted = gaussian ? x + level * rng.nextGaussian() : (rng.nextDouble() < level ? 0.0 : x);
                nb.put(o, (float) corrupted);
            }
        }
    }

    @Override
    void copyOut(NativeArray src, int from, double[] dst, int dstFrom, int count) {
        FloatBuffer sb = src.f;
        for (int i = 0; i < count; i++) {
            dst[dstFrom + i] = sb.get(from + i);
        }
    }

    @Override
    void copyIn(double[] src, int srcFrom, NativeArray dst, int from, int count) {
        FloatBuffer db = dst.f;
        for (int i = 0; i < count; i++) {
            db.put(from + i, (float) src[srcFrom + i]);
        }
    }

    @Override
    double maxAbs(NativeArray a, int count) {
        FloatBuffer ab = a.f;
        double max = 0;
        for (int i = 0; i < count; i++) {
            double v = Math.abs(ab.get(i));
            if (!(v <= max)) {
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                max = v;
            }
        }
        return max;
    }
}
