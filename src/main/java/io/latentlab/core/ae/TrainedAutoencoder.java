package io.latentlab.core.ae;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Trained weights, immutable and in double precision, whatever the training precision was. A model read back from
 * JSON holds exactly the weights that were written, so it gives exactly the same numbers on the same machine.
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

    /** Rows that go through all layers before the next ones start: bounds the intermediate layers' memory. */
    private static final int ROW_CHUNK = 1024;

    /** From this many rows the forward pass runs in two parts side by side (below, the threads cost more). */
    private static final int PARALLEL_ROWS = 2 * ROW_CHUNK;

    /** Each layer's weights in native memory for BLAS, made on first use (read-only, shared by all threads). */
    private volatile DoublePointer[] nativeWeights;

    /**
     * Each layer is one float64 matrix product in OpenBLAS (the library training uses) for up to
     * {@link #ROW_CHUNK} rows at a time, then the bias and the activation in Java. Same input, same bits: the row
     * chunks and parts are fixed by the row count and the thread count of the moment. Against a plain row-by-row
     * loop, results agree to rounding (about 1e-15 relative), not to the bit. Memory beyond the result is a few
     * chunks' layers, whatever the row count.
     */
    private double[] forward(double[] input, int rows, int fromLayer, int toLayer) {
        if (fromLayer == toLayer) {
            return input.clone();
        }
        double[] result = new double[rows * architecture.fanOut(toLayer - 1)];
        if (rows == 0) {
            return result;
        }
        DoublePointer[] w = nativeWeights();
        // With BLAS already on two threads, two parts side by side would only fight over the same cores.
        if (rows < PARALLEL_ROWS || Nd4jRuntime.threads() > 1) {
            forwardRows(w, input, 0, rows, fromLayer, toLayer, result);
            return result;
        }
        // The parts take whole chunks, so every chunk holds the same rows however many parts there are.
        int chunks = (rows + ROW_CHUNK - 1) / ROW_CHUNK;
        io.latentlab.core.concurrent.Parts.split(chunks, part -> {
            forwardRows(
                    w,
                    input,
                    part.from() * ROW_CHUNK,
                    Math.min(rows, part.to() * ROW_CHUNK),
                    fromLayer,
                    toLayer,
                    result);
            return Boolean.TRUE;
        });
        return result;
    }

    private DoublePointer[] nativeWeights() {
        DoublePointer[] w = nativeWeights;
        if (w == null) {
            Nd4jRuntime.ensureConfigured();
            w = new DoublePointer[weights.length];
            for (int l = 0; l < weights.length; l++) {
                w[l] = new DoublePointer(weights[l]);
            }
            nativeWeights = w;
        }
        return w;
    }

    /** Rows {@code [from, to)} of {@code input} through the layers, into the same rows of {@code result}. */
    private void forwardRows(
            DoublePointer[] w, double[] input, int from, int to, int fromLayer, int toLayer, double[] result) {
        int widest = architecture.fanIn(fromLayer);
        for (int l = fromLayer; l < toLayer; l++) {
            widest = Math.max(widest, architecture.fanOut(l));
        }
        int chunkRows = padded(Math.min(ROW_CHUNK, to - from));
        try (DoublePointer in = new DoublePointer((long) chunkRows * widest);
                DoublePointer out = new DoublePointer((long) chunkRows * widest)) {
            double[] host = new double[chunkRows * widest];
            for (int c0 = from; c0 < to; c0 += ROW_CHUNK) {
                io.latentlab.core.concurrent.Cancellation.check();
                int real = Math.min(ROW_CHUNK, to - c0);
                int rows = padded(real);
                int fanIn0 = architecture.fanIn(fromLayer);
                in.position(0).put(input, c0 * fanIn0, real * fanIn0);
                java.util.Arrays.fill(host, 0, (rows - real) * fanIn0, 0.0);
                in.position((long) real * fanIn0).put(host, 0, (rows - real) * fanIn0);
                DoublePointer cur = in;
                DoublePointer next = out;
                for (int l = fromLayer; l < toLayer; l++) {
                    int fanIn = architecture.fanIn(l);
                    int fanOut = architecture.fanOut(l);
                    cblas_dgemm(
                            CblasRowMajor,
                            CblasNoTrans,
                            CblasNoTrans,
                            rows,
                            fanOut,
                            fanIn,
                            1.0,
                            cur.position(0),
                            fanIn,
                            w[l],
                            fanOut,
                            0.0,
                            next.position(0),
                            fanOut);
                    if (l == toLayer - 1) {
                        next.position(0).get(result, c0 * fanOut, real * fanOut);
                        biasAndActivation(l, result, c0 * fanOut, real);
                        break;
                    }
                    next.position(0).get(host, 0, rows * fanOut);
                    biasAndActivation(l, host, 0, rows);
                    next.position(0).put(host, 0, rows * fanOut);
                    DoublePointer t = cur;
                    cur = next;
                    next = t;
                }
            }
        }
    }

    /**
     * Row counts handed to BLAS are rounded up with zero rows to a multiple of {@link #ROW_GROUP}: OpenBLAS sums a
     * leftover odd row in another order than the rows of a full group, and with whole groups a row gives the same
     * bits whether it is encoded alone, in a few or among many.
     */
    private static int padded(int rows) {
        return (rows + ROW_GROUP - 1) / ROW_GROUP * ROW_GROUP;
    }

    /** A multiple of every x86 and ARM OpenBLAS double kernel's row unrolling (4 to 16). */
    private static final int ROW_GROUP = 16;

    /** {@code values[offset..]} (rows × fan_out of layer l) = act(values + b), in place. */
    private void biasAndActivation(int l, double[] values, int offset, int rows) {
        int fanOut = architecture.fanOut(l);
        double[] b = biases[l];
        Activation act = activation(l);
        for (int r = 0; r < rows; r++) {
            int ro = offset + r * fanOut;
            for (int j = 0; j < fanOut; j++) {
                values[ro + j] = act.apply(values[ro + j] + b[j]);
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
