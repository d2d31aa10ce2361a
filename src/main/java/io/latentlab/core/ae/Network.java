package io.latentlab.core.ae;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.Pointer;

/**
 * The trainable MLP: one flat parameter buffer and one flat gradient buffer (layout in {@link ParameterLayout}),
 * forward and backward passes over preallocated {@link Workspace}s. Not thread-safe; one training thread owns it.
 *
 * <p>Objective, as scikit-learn's MLPRegressor: per batch of n rows the gradient is that of
 * (1/(2n))·Σ_rows ||p − y||² + (alpha/(2n))·Σ||W||², and the reported loss is
 * 0.5·mean over all elements of (p − y)² + 0.5·alpha·Σ||W||²/n.
 */
final class Network {

    final Architecture architecture;
    final ParameterLayout layout;
    final Kernels kernels;
    private final ElementwiseOps ops;
    final NativeArray params;
    final NativeArray grads;
    private final Pointer[] weightPtr;
    private final Pointer[] biasPtr;
    private final Pointer[] weightGradPtr;
    private final Pointer[] biasGradPtr;
    private final int layers;

    /**
     * Every product is taken into an output zeroed just before, with beta 1 (C = A·B + C): OpenBLAS's own zeroing
     * for beta 0 walks the output in short strides and took about a tenth of the notebook network's epoch, a bulk
     * copy of zeros a fraction of that. The sums are the same to the bit: both add the products to zeros.
     */
    private static final double ACCUMULATE = 1.0;

    Network(Architecture architecture, Precision precision) {
        this(architecture, precision, true);
    }

    /** With {@code trainable} false, a network for forward passes only: no gradient buffer. */
    Network(Architecture architecture, Precision precision, boolean trainable) {
        this.architecture = architecture;
        this.layout = new ParameterLayout(architecture);
        this.kernels = Kernels.of(precision);
        this.ops = new ElementwiseOps(kernels);
        this.layers = architecture.layerCount();
        this.params = kernels.allocate(layout.total);
        this.grads = trainable ? kernels.allocate(layout.total) : null;
        weightPtr = new Pointer[layers];
        biasPtr = new Pointer[layers];
        weightGradPtr = new Pointer[layers];
        biasGradPtr = new Pointer[layers];
        for (int l = 0; l < layers; l++) {
            weightPtr[l] = params.at(layout.weightOffset[l]);
            biasPtr[l] = params.at(layout.biasOffset[l]);
            if (trainable) {
                weightGradPtr[l] = grads.at(layout.weightOffset[l]);
                biasGradPtr[l] = grads.at(layout.biasOffset[l]);
            }
        }
    }

    /** Activations and deltas for up to {@code capacity} rows; batches may use fewer rows (e.g. the last one). */
    final class Workspace {
        final int capacity;
        /** act[0] is the input, act[l] the output of layer l-1. */
        final NativeArray[] act;

        final NativeArray[] delta;
        /** Reconstruction target: the clean rows; the same array as act[0] unless inputs are corrupted. */
        final NativeArray target;
        /** A column of ones: bias gradients are ones^T · delta, and biases are added as ones · b^T. */
        private final NativeArray ones;

        private final Pointer[] actPtr;
        private final Pointer[] deltaPtr;

        private Workspace(int capacity, boolean separateTarget, boolean backward) {
            this.capacity = capacity;
            act = new NativeArray[layers + 1];
            delta = new NativeArray[layers + 1];
            actPtr = new Pointer[layers + 1];
            deltaPtr = new Pointer[layers + 1];
            for (int i = 0; i <= layers; i++) {
                int width = architecture.sizes().get(i);
                act[i] = kernels.allocate(capacity * width);
                actPtr[i] = act[i].pointer;
                if (i == layers || (i > 0 && backward)) { // forward passes use the output's delta alone
                    delta[i] = kernels.allocate(capacity * width);
                    deltaPtr[i] = delta[i].pointer;
                }
            }
            target = separateTarget ? kernels.allocate(capacity * architecture.outputWidth()) : act[0];
            ones = kernels.allocate(capacity);
            ones.fill(1.0);
        }

        /** Loads rows {@code order[from..from+rows)} of {@code src} as input (and target). */
        void load(HostRows src, int[] order, int from, int rows) {
            checkRows(rows);
            checkWidth(src);
            ops.loadRows(src, order, from, rows, act[0]);
            if (target != act[0]) {
                ops.loadRows(src, order, from, rows, target);
            }
        }

        /** Loads clean rows as target and a corrupted copy as input. Needs a workspace with a separate target. */
        void loadNoisy(HostRows src, int[] order, int from, int rows, NoiseConfig noise, SplittableRandom rng) {
            checkRows(rows);
            checkWidth(src);
            if (target == act[0]) {
                throw new IllegalStateException("workspace has no separate target for noisy inputs");
            }
            ops.loadRowsNoisy(src, order, from, rows, target, act[0], noise, rng);
        }

        private void checkWidth(HostRows src) {
            if (src.cols != architecture.inputWidth()) {
                throw new IllegalArgumentException(
                        "data has " + src.cols + " columns, the network expects " + architecture.inputWidth());
            }
        }

        private void checkRows(int rows) {
            if (rows < 1 || rows > capacity) {
                throw new IllegalArgumentException(
                        "batch of " + rows + " rows does not fit a workspace of " + capacity);
            }
        }

        /** Copies the first {@code rows} rows of layer output {@code level} (0 = input) into {@code dst}. */
        void read(int level, int rows, double[] dst, int dstFrom) {
            act[level].read(0, dst, dstFrom, rows * architecture.sizes().get(level));
        }
    }

    Workspace workspace(int capacity, boolean separateTarget) {
        return new Workspace(capacity, separateTarget, true);
    }

    /** A workspace for forward passes only ({@link #encode}, {@link #sumSquaredError}): no hidden deltas. */
    Workspace forwardWorkspace(int capacity) {
        return new Workspace(capacity, false, false);
    }

    /** Runs layers 0..upTo-1 on the loaded rows; the result is in {@code ws.act[upTo]}. */
    void forward(Workspace ws, int rows, int upTo) {
        for (int l = 0; l < upTo; l++) {
            int fanIn = architecture.fanIn(l);
            int fanOut = architecture.fanOut(l);
            ws.act[l + 1].zero(0, rows * fanOut);
            kernels.gemm(
                    false,
                    false,
                    rows,
                    fanOut,
                    fanIn,
                    ws.actPtr[l],
                    fanIn,
                    weightPtr[l],
                    fanOut,
                    ACCUMULATE,
                    ws.actPtr[l + 1],
                    fanOut);
            ops.biasActivate(
                    ws.act[l + 1],
                    rows,
                    fanOut,
                    biasPtr[l],
                    ws.ones,
                    architecture.activations().get(l));
        }
    }

    /**
     * Forward and backward pass on the loaded batch: fills {@link #grads} with the full gradient (L2 included) and
     * returns scikit-learn's batch loss.
     */
    double lossAndGradient(Workspace ws, int rows, double alpha) {
        forward(ws, rows, layers);
        int outWidth = architecture.outputWidth();
        double sse = ops.outputDelta(
                ws.act[layers],
                ws.target,
                rows * outWidth,
                architecture.activations().get(layers - 1),
                1.0 / rows,
                ws.delta[layers]);
        grads.zero(0, layout.weightCount); // the weight products below accumulate into it
        for (int l = layers - 1; l >= 0; l--) {
            int fanIn = architecture.fanIn(l);
            int fanOut = architecture.fanOut(l);
            kernels.gemm(
                    true,
                    false,
                    fanIn,
                    fanOut,
                    rows,
                    ws.actPtr[l],
                    fanIn,
                    ws.deltaPtr[l + 1],
                    fanOut,
                    ACCUMULATE,
                    weightGradPtr[l],
                    fanOut);
            kernels.columnSums(ws.deltaPtr[l + 1], rows, fanOut, ws.ones.pointer, biasGradPtr[l]);
            if (l > 0) {
                ws.delta[l].zero(0, rows * fanIn);
                kernels.gemm(
                        false,
                        true,
                        rows,
                        fanIn,
                        fanOut,
                        ws.deltaPtr[l + 1],
                        fanOut,
                        weightPtr[l],
                        fanOut,
                        ACCUMULATE,
                        ws.deltaPtr[l],
                        fanIn);
                ops.multiplyDerivative(
                        ws.delta[l],
                        ws.act[l],
                        rows * fanIn,
                        architecture.activations().get(l - 1));
            }
        }
        if (alpha == 0) {
            return 0.5 * sse / ((double) rows * outWidth);
        }
        // Weights come first in the flat buffers, so the L2 term is one BLAS call over that prefix.
        double sumW2 = weightSquaredSum();
        kernels.axpy(layout.weightCount, alpha / rows, params.pointer, grads.pointer);
        return 0.5 * sse / ((double) rows * outWidth) + 0.5 * alpha * sumW2 / rows;
    }

    /** Σ (p − y)² over the loaded rows (forward pass only). */
    double sumSquaredError(Workspace ws, int rows) {
        forward(ws, rows, layers);
        return ops.outputDelta(
                ws.act[layers],
                ws.target,
                rows * architecture.outputWidth(),
                architecture.activations().get(layers - 1),
                0.0,
                ws.delta[layers]);
    }

    /** The function whose gradient {@link #lossAndGradient} computes: (1/(2n))Σ||p−y||² + (alpha/(2n))Σ||W||². */
    double objective(Workspace ws, int rows, double alpha) {
        double sse = sumSquaredError(ws, rows);
        return 0.5 * sse / rows + 0.5 * alpha * weightSquaredSum() / rows;
    }

    double weightSquaredSum() {
        return kernels.dot(layout.weightCount, params.pointer, params.pointer);
    }

    /** Largest |parameter|, NaN if any is NaN. */
    double maxAbsParameter() {
        return ElementwiseOps.maxAbs(params, layout.total);
    }

    double[] copyParams() {
        double[] out = new double[layout.total];
        params.read(0, out, 0, layout.total);
        return out;
    }

    void setParams(double[] values) {
        if (values.length != layout.total) {
            throw new IllegalArgumentException("expected " + layout.total + " parameters, got " + values.length);
        }
        params.write(values, 0, 0, layout.total);
    }

    double[] copyGrads() {
        double[] out = new double[layout.total];
        grads.read(0, out, 0, layout.total);
        return out;
    }

    /** An immutable double-precision copy of the current weights. */
    TrainedAutoencoder snapshotModel() {
        return modelFrom(copyParams());
    }

    TrainedAutoencoder modelFrom(double[] flat) {
        List<double[]> ws = new ArrayList<>(layers);
        List<double[]> bs = new ArrayList<>(layers);
        for (int l = 0; l < layers; l++) {
            int w = architecture.fanIn(l) * architecture.fanOut(l);
            ws.add(java.util.Arrays.copyOfRange(flat, layout.weightOffset[l], layout.weightOffset[l] + w));
            bs.add(java.util.Arrays.copyOfRange(
                    flat, layout.biasOffset[l], layout.biasOffset[l] + architecture.fanOut(l)));
        }
        return new TrainedAutoencoder(architecture, ws, bs);
    }

    /** Σ (p − y)² over the first {@code n} of {@code rows} of {@code src}, in chunks (forward passes only). */
    double sumSquaredError(Workspace evalSpace, HostRows src, int[] rows, int n) {
        double sse = 0;
        int cap = evalSpace.capacity;
        for (int from = 0; from < n; from += cap) {
            int chunk = Math.min(cap, n - from);
            evalSpace.load(src, rows, from, chunk);
            sse += sumSquaredError(evalSpace, chunk);
        }
        return sse;
    }

    /** The latent coordinates of {@code rowsToEncode} of {@code src}, in chunks of the workspace's capacity. */
    double[] encode(Workspace evalSpace, HostRows src, int[] rowsToEncode) {
        int k = architecture.bottleneckWidth();
        int layers = architecture.encoderLayerCount();
        double[] out = new double[rowsToEncode.length * k];
        int cap = evalSpace.capacity;
        for (int from = 0; from < rowsToEncode.length; from += cap) {
            int rows = Math.min(cap, rowsToEncode.length - from);
            evalSpace.load(src, rowsToEncode, from, rows);
            forward(evalSpace, rows, layers);
            evalSpace.read(layers, rows, out, from * k);
        }
        return out;
    }
}
