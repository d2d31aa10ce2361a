package io.latentlab.core.ae;

import java.util.List;

/**
 * Everything that defines a training run. Immutable and validated; reads and writes as JSON with these field names.
 *
 * @param encoder       hidden layer widths from the input towards the bottleneck
 * @param bottleneck    latent width (any size >= 1; the UI plots 1-3)
 * @param decoder       hidden layer widths from the bottleneck towards the output; empty (or absent) mirrors {@code encoder}
 * @param outputActivation {@link Activation#LINEAR} or {@link Activation#SIGMOID}
 * @param alpha         L2 penalty as in scikit-learn: adds alpha/(2n)·Σ||W||² per batch of n rows (biases are not penalised)
 * @param batchSize     rows per mini-batch (capped at the number of training rows)
 * @param noise         input corruption; absent means none
 * @param seed          drives initialisation, shuffling, the validation split and noise
 * @param snapshotEvery stream the latent coordinates every this many epochs (0 = only at the end)
 */
public record AutoencoderConfig(List<Integer> encoder, int bottleneck, List<Integer> decoder,
                                Activation hiddenActivation, Activation bottleneckActivation, Activation outputActivation,
                                Init init, double alpha, OptimizerConfig optimizer, int batchSize, int maxEpochs,
                                StoppingConfig stopping, NoiseConfig noise, long seed, int snapshotEvery,
                                Precision precision) {

    public AutoencoderConfig {
        encoder = widths(encoder, "autoencoder.encoder", false);
        Check.atLeast(bottleneck, 1, "autoencoder.bottleneck");
        decoder = widths(decoder, "autoencoder.decoder", true);
        Check.notNull(hiddenActivation, "autoencoder.hiddenActivation");
        Check.notNull(bottleneckActivation, "autoencoder.bottleneckActivation");
        Check.notNull(outputActivation, "autoencoder.outputActivation");
        if (outputActivation != Activation.LINEAR && outputActivation != Activation.SIGMOID) {
            throw new IllegalArgumentException("autoencoder.outputActivation must be linear or sigmoid, got "
                    + outputActivation.id());
        }
        Check.notNull(init, "autoencoder.init");
        Check.nonNegative(alpha, "autoencoder.alpha");
        Check.notNull(optimizer, "autoencoder.optimizer");
        Check.atLeast(batchSize, 1, "autoencoder.batchSize");
        if (init == Init.SKLEARN && (seed < 0 || seed > 0xFFFFFFFFL)) {
            throw new IllegalArgumentException("autoencoder.seed must be between 0 and 4294967295 with the sklearn"
                    + " init (NumPy's seed range), got " + seed);
        }
        Check.atLeast(maxEpochs, 1, "autoencoder.maxEpochs");
        Check.notNull(stopping, "autoencoder.stopping");
        noise = noise == null ? NoiseConfig.none() : noise;
        Check.atLeast(snapshotEvery, 0, "autoencoder.snapshotEvery");
        Check.notNull(precision, "autoencoder.precision");
    }

    private static List<Integer> widths(List<Integer> widths, String field, boolean nullMeansEmpty) {
        if (widths == null) {
            if (nullMeansEmpty) {
                return List.of();
            }
            throw new IllegalArgumentException(field + " must be set (use [] for no hidden layers)");
        }
        for (int i = 0; i < widths.size(); i++) {
            Integer w = widths.get(i);
            if (w == null || w < 1) {
                throw new IllegalArgumentException(field + "[" + i + "] must be >= 1, got " + w);
            }
        }
        return List.copyOf(widths);
    }

    /**
     * Our defaults: the notebook's 50-100-50 encoder and its initialisation, but a linear bottleneck (a ReLU
     * bottleneck of width 2 can lose a unit, collapsing the plot onto a line), Adam at 2e-3, a finer stopping
     * tolerance and float32. On notebook-like blobs (16000 × 50, three seeds) this reached the notebook's
     * reconstruction loss in 27-56 epochs with no dead latent unit; He or Glorot initialisation took 100-130.
     */
    public static AutoencoderConfig recommended() {
        return new AutoencoderConfig(List.of(50, 100, 50), 2, List.of(),
                Activation.RELU, Activation.LINEAR, Activation.LINEAR, Init.SKLEARN, 1e-5,
                OptimizerConfig.adam(2e-3), 200, 1000, StoppingConfig.trainingLoss(1e-5, 10),
                NoiseConfig.none(), 17, 1, Precision.FLOAT32);
    }

    /**
     * The notebook exactly: {@code MLPRegressor(hidden_layer_sizes=(50,100,50,2,50,100,50), alpha=1e-15,
     * random_state=17, max_iter=10000)} with scikit-learn's defaults (ReLU everywhere including the bottleneck,
     * identity output, Adam 1e-3, batch 200, tol 1e-4, 10 epochs without improvement), in float64.
     */
    public static AutoencoderConfig notebook() {
        return new AutoencoderConfig(List.of(50, 100, 50), 2, List.of(50, 100, 50),
                Activation.RELU, Activation.RELU, Activation.LINEAR, Init.SKLEARN, 1e-15,
                OptimizerConfig.adam(1e-3), 200, 10000, StoppingConfig.trainingLoss(1e-4, 10),
                NoiseConfig.none(), 17, 1, Precision.FLOAT64);
    }

    /** The decoder widths actually used: {@link #decoder()} or, when empty, the encoder reversed. */
    public List<Integer> effectiveDecoder() {
        if (!decoder.isEmpty()) {
            return decoder;
        }
        List<Integer> mirrored = new java.util.ArrayList<>(encoder);
        java.util.Collections.reverse(mirrored);
        return List.copyOf(mirrored);
    }

    public Architecture architecture(int inputWidth) {
        return Architecture.of(this, inputWidth);
    }

    public AutoencoderConfig withBottleneck(int width) {
        return new AutoencoderConfig(encoder, width, decoder, hiddenActivation, bottleneckActivation, outputActivation,
                init, alpha, optimizer, batchSize, maxEpochs, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withOptimizer(OptimizerConfig value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, value, batchSize, maxEpochs, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withMaxEpochs(int value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, batchSize, value, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withStopping(StoppingConfig value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, batchSize, maxEpochs, value, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withNoise(NoiseConfig value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, batchSize, maxEpochs, stopping, value, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withSeed(long value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, batchSize, maxEpochs, stopping, noise, value, snapshotEvery, precision);
    }

    public AutoencoderConfig withPrecision(Precision value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, batchSize, maxEpochs, stopping, noise, seed, snapshotEvery, value);
    }

    public AutoencoderConfig withBatchSize(int value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, value, maxEpochs, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withSnapshotEvery(int value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, alpha, optimizer, batchSize, maxEpochs, stopping, noise, seed, value, precision);
    }

    public AutoencoderConfig withActivations(Activation hidden, Activation bottleneckAct, Activation output) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hidden, bottleneckAct, output, init, alpha,
                optimizer, batchSize, maxEpochs, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withInit(Init value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, value, alpha, optimizer, batchSize, maxEpochs, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withAlpha(double value) {
        return new AutoencoderConfig(encoder, bottleneck, decoder, hiddenActivation, bottleneckActivation,
                outputActivation, init, value, optimizer, batchSize, maxEpochs, stopping, noise, seed, snapshotEvery, precision);
    }

    public AutoencoderConfig withLayers(List<Integer> encoderWidths, int bottleneckWidth, List<Integer> decoderWidths) {
        return new AutoencoderConfig(encoderWidths, bottleneckWidth, decoderWidths, hiddenActivation,
                bottleneckActivation, outputActivation, init, alpha, optimizer, batchSize, maxEpochs, stopping, noise,
                seed, snapshotEvery, precision);
    }
}
