package io.latentlab.core.ae;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_ddot;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_daxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemv;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;

/** float64 kernels. {@link F32Kernels} is this code with the types replaced; keep the two in step. */
final class F64Kernels extends Kernels {

    private double[] bias = new double[0];

    @Override
    Precision precision() {
        return Precision.FLOAT64;
    }

    @Override
    void gemm(boolean transA, boolean transB, int m, int n, int k, Pointer a, int lda, Pointer b, int ldb,
              double beta, Pointer c, int ldc) {
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                m, n, k, 1.0, (DoublePointer) a, lda, (DoublePointer) b, ldb, beta, (DoublePointer) c, ldc);
    }

    @Override
    void biasActivate(NativeArray z, int rows, int cols, NativeArray params, int biasOffset, Activation act) {
        DoubleBuffer zb = z.d;
        if (bias.length < cols) {
            bias = new double[cols];
        }
        double[] bs = bias;
        for (int c = 0; c < cols; c++) {
            bs[c] = params.d.get(biasOffset + c);
        }
        int i = 0;
        switch (act) {
            case RELU -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++, i++) {
                        double v = zb.get(i) + bs[c];
                        zb.put(i, v > 0.0 ? v : 0.0);
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
                        zb.put(i, act.apply(zb.get(i) + bs[c]));
                    }
                }
            }
        }
    }

    @Override
    double outputDelta(NativeArray out, NativeArray target, int count, Activation act, double scale,
                       NativeArray delta) {
        DoubleBuffer ob = out.d;
        DoubleBuffer tb = target.d;
        DoubleBuffer db = delta.d;
        double sse = 0;
        if (act == Activation.LINEAR) {
            double s = scale;
            for (int i = 0; i < count; i++) {
                double diff = ob.get(i) - tb.get(i);
                double d = diff;
                sse += d * d;
                db.put(i, diff * s);
            }
        } else {
            for (int i = 0; i < count; i++) {
                double o = ob.get(i);
                double diff = o - tb.get(i);
                double d = diff;
                sse += d * d;
                db.put(i, (diff * act.derivativeFromOutput(o) * scale));
            }
        }
        return sse;
    }

    @Override
    void multiplyDerivative(NativeArray delta, NativeArray a, int count, Activation act) {
        DoubleBuffer db = delta.d;
        DoubleBuffer ab = a.d;
        switch (act) {
            case RELU -> {
                for (int i = 0; i < count; i++) {
                    if (!(ab.get(i) > 0.0)) {
                        db.put(i, 0.0);
                    }
                }
            }
            case LINEAR -> {
                // derivative 1
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    db.put(i, (db.get(i) * act.derivativeFromOutput(ab.get(i))));
                }
            }
        }
    }

    @Override
    void columnSums(Pointer m, int rows, int cols, Pointer ones, Pointer dst) {
        cblas_dgemv(CblasRowMajor, CblasTrans, rows, cols, 1.0, (DoublePointer) m, cols, (DoublePointer) ones, 1,
                0.0, (DoublePointer) dst, 1);
    }

    @Override
    void axpy(int n, double alpha, Pointer x, Pointer y) {
        cblas_daxpy(n, alpha, (DoublePointer) x, 1, (DoublePointer) y, 1);
    }

    @Override
    double dot(int n, Pointer x, Pointer y) {
        return cblas_ddot(n, (DoublePointer) x, 1, (DoublePointer) y, 1);
    }

    @Override
    void fill(NativeArray a, double value) {
        for (int i = 0; i < a.length; i++) {
            a.d.put(i, value);
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
        private final double[] p;
        private final double[] g;
        private final double[] m;
        private final double[] v;

        Adam(OptimizerConfig config, int count) {
            this.config = config;
            p = new double[count];
            g = new double[count];
            m = new double[count];
            v = new double[count];
        }

        @Override
        void step(NativeArray params, NativeArray grads, double learningRate, long t) {
            int n = p.length;
            params.d.get(0, p, 0, n);
            grads.d.get(0, g, 0, n);
            double lrT = adamRate(config, learningRate, t);
            double b1 = config.beta1();
            double b2 = config.beta2();
            double c1 = (1 - config.beta1());
            double c2 = (1 - config.beta2());
            double eps = config.epsilon();
            for (int i = 0; i < n; i++) {
                double gi = g[i];
                double mi = b1 * m[i] + c1 * gi;
                double vi = b2 * v[i] + c2 * (gi * gi);
                m[i] = mi;
                v[i] = vi;
                p[i] -= lrT * mi / (Math.sqrt(vi) + eps);
            }
            params.d.put(0, p, 0, n);
        }
    }

    private static final class Sgd extends UpdateRule {
        private final double momentum;
        private final boolean nesterov;
        private final double[] p;
        private final double[] g;
        private final double[] velocity;

        Sgd(OptimizerConfig config, int count) {
            momentum = config.momentum();
            nesterov = config.nesterov();
            p = new double[count];
            g = new double[count];
            velocity = new double[count];
        }

        @Override
        void step(NativeArray params, NativeArray grads, double learningRate, long t) {
            int n = p.length;
            params.d.get(0, p, 0, n);
            grads.d.get(0, g, 0, n);
            double lr = learningRate;
            double mu = momentum;
            if (nesterov) {
                for (int i = 0; i < n; i++) {
                    double vel = mu * velocity[i] - lr * g[i];
                    velocity[i] = vel;
                    p[i] += mu * vel - lr * g[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double vel = mu * velocity[i] - lr * g[i];
                    velocity[i] = vel;
                    p[i] += vel;
                }
            }
            params.d.put(0, p, 0, n);
        }
    }

    @Override
    void loadRows(HostRows src, int[] order, int from, int rows, NativeArray dst) {
        int cols = src.cols;
        for (int r = 0; r < rows; r++) {
            dst.d.put(r * cols, src.d, order[from + r] * cols, cols);
        }
    }

    @Override
    void loadRowsNoisy(HostRows src, int[] order, int from, int rows, NativeArray clean, NativeArray noisy,
                       NoiseConfig noise, SplittableRandom rng) {
        int cols = src.cols;
        double[] data = src.d;
        DoubleBuffer nb = noisy.d;
        double level = noise.level();
        boolean gaussian = noise.type() == NoiseType.GAUSSIAN;
        int o = 0;
        for (int r = 0; r < rows; r++) {
            int s = order[from + r] * cols;
            clean.d.put(r * cols, data, s, cols);
            for (int c = 0; c < cols; c++, o++) {
                double x = data[s + c];
                double corrupted = gaussian ? x + level * rng.nextGaussian() : (rng.nextDouble() < level ? 0.0 : x);
                nb.put(o, corrupted);
            }
        }
    }

    @Override
    void copyOut(NativeArray src, int from, double[] dst, int dstFrom, int count) {
        DoubleBuffer sb = src.d;
        for (int i = 0; i < count; i++) {
            dst[dstFrom + i] = sb.get(from + i);
        }
    }

    @Override
    void copyIn(double[] src, int srcFrom, NativeArray dst, int from, int count) {
        DoubleBuffer db = dst.d;
        for (int i = 0; i < count; i++) {
            db.put(from + i, src[srcFrom + i]);
        }
    }

    @Override
    double maxAbs(NativeArray a, int count) {
        DoubleBuffer ab = a.d;
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
