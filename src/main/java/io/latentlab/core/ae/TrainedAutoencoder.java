package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Trained weights, immutable and in double precision. Computes in plain Java, so a model read back from JSON gives
 * exactly the same numbers as the one that was written.
 */
public final class TrainedAutoencoder {

    private final Architecture architecture;
    /** Per layer, fan_in × fan_out row-major (a layer computes x·W + b). */
    private final double[][] weights;

    private final double[][] biases;

    public TrainedAutoencoder(Architecture architecture, List<double[]> weights, List<double[]> biases) {
        this.architecture = Check.notNull(architecture, "architecture");
        int layers = architecture.layerCount();
        if (weights == null || weights.size() != layers || biases == null || biases.size() != layers) {
            throw new IllegalArgumentException("expected weights and biases for " + layers + " layers");
        }
        this.weights = new double[layers][];
        this.biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int expectedW = architecture.fanIn(l) * architecture.fanOut(l);
            double[] w = weights.get(l);
            double[] b = biases.get(l);
            if (w == null || w.length != expectedW) {
                throw new IllegalArgumentException(
                        "layer " + l + " weights: expected " + expectedW + " values (" + architecture.fanIn(l) + "x"
                                + architecture.fanOut(l) + "), got " + (w == null ? "none" : w.length));
            }
            if (b == null || b.length != architecture.fanOut(l)) {
                throw new IllegalArgumentException("layer " + l + " biases: expected " + architecture.fanOut(l)
                        + " values, got " + (b == null ? "none" : b.length));
            }
            this.weights[l] = w.clone();
            this.biases[l] = b.clone();
        }
    }

    public Architecture architecture() {
        return architecture;
    }

    public int layerCount() {
        return architecture.layerCount();
    }

    public int inputWidth() {
        return architecture.inputWidth();
    }

    public int bottleneckWidth() {
        return architecture.bottleneckWidth();
    }

    public Activation activation(int layer) {
        return architecture.activations().get(layer);
    }

    /** A copy of layer {@code layer}'s weights, fan_in × fan_out row-major. */
    public double[] weights(int layer) {
        return weights[layer].clone();
    }

    public double[] biases(int layer) {
        return biases[layer].clone();
    }

    /** Layer {@code layer}'s weights as fan_in rows of fan_out values. */
    public double[][] weightMatrix(int layer) {
        int fanOut = architecture.fanOut(layer);
        double[][] out = new double[architecture.fanIn(layer)][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(weights[layer], i * fanOut, (i + 1) * fanOut);
        }
        return out;
    }

    /** Latent coordinates: rows × bottleneck width. */
    public Matrix encode(Matrix x) {
        checkInput(x);
        return new Matrix(
                x.rows(), bottleneckWidth(), forward(x.data(), x.rows(), 0, architecture.encoderLayerCount()));
    }

    /** Maps latent coordinates back to input space through the decoder. */
    public Matrix decode(Matrix latent) {
        if (latent.cols() != bottleneckWidth()) {
            throw new IllegalArgumentException(
                    "latent data has " + latent.cols() + " columns, the model's bottleneck has " + bottleneckWidth());
        }
        return new Matrix(
                latent.rows(),
                architecture.outputWidth(),
                forward(latent.data(), latent.rows(), architecture.encoderLayerCount(), layerCount()));
    }

    public Matrix reconstruct(Matrix x) {
        checkInput(x);
        return new Matrix(x.rows(), architecture.outputWidth(), forward(x.data(), x.rows(), 0, layerCount()));
    }

    /** Mean over all elements of (x̂ − x)². */
    public double reconstructionMse(Matrix x) {
        return meanSquaredError(reconstruct(x), x);
    }

    /**
     * The same for rows whose latent coordinates are known ({@code latent = encode(x)}): decoding them gives
     * exactly {@code reconstruct(x)}, without running the encoder again.
     */
    public double reconstructionMse(Matrix x, Matrix latent) {
        checkInput(x);
        return meanSquaredError(decode(latent), x);
    }

    private static double meanSquaredError(Matrix r, Matrix x) {
        double sum = 0;
        double[] a = r.data();
        double[] b = x.data();
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return a.length == 0 ? 0 : sum / a.length;
    }

    private void checkInput(Matrix x) {
        if (x.cols() != inputWidth()) {
            throw new IllegalArgumentException("data has " + x.cols() + " columns, the model expects " + inputWidth());
        }
    }

    /** Rows that go through a layer together, so each weight row is read once per tile rather than once per row. */
    private static final int ROW_TILE = 16;

    /** Rows that go through all layers before the next ones start: bounds the intermediate layers' memory. */
    private static final int ROW_CHUNK = 2048;

    /** From this many rows the forward pass runs in two parts side by side (below, the threads cost more). */
    private static final int PARALLEL_ROWS = 512;

    /**
     * Rows are independent and each output is summed in the same order (inputs ascending, zeros skipped) however
     * the rows are tiled, chunked or split, so the result is bit for bit that of a plain row-by-row loop. Memory
     * beyond the result is a few chunks' layers, whatever the row count.
     */
    private double[] forward(double[] input, int rows, int fromLayer, int toLayer) {
        if (fromLayer == toLayer) {
            return input.clone();
        }
        double[] result = new double[rows * architecture.fanOut(toLayer - 1)];
        if (rows < PARALLEL_ROWS) {
            forwardRows(input, 0, rows, fromLayer, toLayer, result);
            return result;
        }
        io.latentlab.core.concurrent.Parts.split(rows, part -> {
            forwardRows(input, part.from(), part.to(), fromLayer, toLayer, result);
            return Boolean.TRUE;
        });
        return result;
    }

    /** Rows {@code [from, to)} of {@code input} through the layers, into the same rows of {@code result}. */
    private void forwardRows(double[] input, int from, int to, int fromLayer, int toLayer, double[] result) {
        int widest = 0;
        for (int l = fromLayer; l < toLayer; l++) {
            widest = Math.max(widest, architecture.fanOut(l));
        }
        double[] a = new double[Math.min(ROW_CHUNK, to - from) * widest];
        double[] b = new double[a.length];
        for (int c0 = from; c0 < to; c0 += ROW_CHUNK) {
            io.latentlab.core.concurrent.Cancellation.check();
            int rows = Math.min(ROW_CHUNK, to - c0);
            double[] cur = input;
            int curOffset = c0 * architecture.fanIn(fromLayer);
            for (int l = fromLayer; l < toLayer; l++) {
                int fanOut = architecture.fanOut(l);
                boolean last = l == toLayer - 1;
                double[] out = last ? result : (cur == a ? b : a);
                int outOffset = last ? c0 * fanOut : 0;
                java.util.Arrays.fill(out, outOffset, outOffset + rows * fanOut, 0.0);
                layer(l, cur, curOffset, rows, out, outOffset);
                cur = out;
                curOffset = outOffset;
            }
        }
    }

    /** One layer for {@code rows} rows: {@code out[outOffset..]} (zeroed) = act(in · W + b). */
    private void layer(int l, double[] in, int inOffset, int rows, double[] out, int outOffset) {
        int fanIn = architecture.fanIn(l);
        int fanOut = architecture.fanOut(l);
        double[] w = weights[l];
        double[] b = biases[l];
        Activation act = activation(l);
        for (int r0 = 0; r0 < rows; r0 += ROW_TILE) {
            int r1 = Math.min(rows, r0 + ROW_TILE);
            for (int i = 0; i < fanIn; i++) {
                int wo = i * fanOut;
                for (int r = r0; r < r1; r++) {
                    double x = in[inOffset + r * fanIn + i];
                    if (x == 0) {
                        continue; // ReLU outputs are often zero; skipping them does not change the sum
                    }
                    int ro = outOffset + r * fanOut;
                    for (int j = 0; j < fanOut; j++) {
                        out[ro + j] += x * w[wo + j];
                    }
                }
            }
            for (int r = r0; r < r1; r++) {
                int ro = outOffset + r * fanOut;
                for (int j = 0; j < fanOut; j++) {
                    out[ro + j] = act.apply(out[ro + j] + b[j]);
                }
            }
        }
    }

    /** Per-layer weights as lists, for writers. */
    List<double[]> weightList() {
        List<double[]> out = new ArrayList<>();
        for (double[] w : weights) {
            out.add(w.clone());
        }
        return out;
    }

    List<double[]> biasList() {
        List<double[]> out = new ArrayList<>();
        for (double[] b : biases) {
            out.add(b.clone());
        }
        return out;
    }
}
