package io.latentlab.ui.form;

import java.util.Map;

/**
 * What each parameter does, in a sentence, with the name it has in scikit-learn or PyTorch, for the tooltips. Keys
 * are the form's field names ({@link FormField#name()}) and, for choices, the names below.
 */
public final class FieldHelp {

    public static final String SOURCE = "source";
    public static final String HIDDEN_ACTIVATION = "hiddenActivation";
    public static final String BOTTLENECK_ACTIVATION = "bottleneckActivation";
    public static final String OUTPUT_ACTIVATION = "outputActivation";
    public static final String OPTIMIZER = "optimizer";
    public static final String STOP_RULE = "stopRule";
    public static final String NOISE_TYPE = "noiseType";

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry(
                    SOURCE,
                    "Where the rows come from: Gaussian blobs, the bundled 8x8 digits,"
                            + " the bundled Fashion-MNIST (28x28 clothes, official split) or a CSV/.npy/IDX file."),
            Map.entry("samples", "Rows to generate, train and test together. scikit-learn: make_blobs(n_samples)."),
            Map.entry("features", "Dimensions of each row. scikit-learn: make_blobs(n_features)."),
            Map.entry("clusters", "Number of blob centres, one class each. scikit-learn: make_blobs(centers)."),
            Map.entry(
                    "clusterStd",
                    "Standard deviation of each blob: one value, or one per cluster."
                            + " scikit-learn: make_blobs(cluster_std)."),
            Map.entry(
                    "centerBox",
                    "Low and high bound of the randomly drawn centres, e.g. -1, 1."
                            + " scikit-learn: make_blobs(center_box)."),
            Map.entry(
                    "seed",
                    "Seed of the generated data; the same seed gives the same rows."
                            + " scikit-learn: make_blobs(random_state)."),
            Map.entry(
                    "testFraction",
                    "Share of rows held out for testing and plotting." + " scikit-learn: train_test_split(test_size)."),
            Map.entry(
                    "splitSeed",
                    "Seed of the train/test split (scikit-learn: train_test_split(random_state)), and of the"
                            + " Train rows subset."),
            Map.entry("path", "The data file chosen with Open file…: CSV/TSV (optionally .gz), NumPy .npy or IDX."),
            Map.entry(
                    "trainRows",
                    "Train on this many of the training rows (a fixed subset drawn with the split"
                            + " seed) for speed; empty for all. The test rows stay whole."),
            Map.entry(
                    "imageShape",
                    "HEIGHTxWIDTH, e.g. 28x28, when each row of the file is an image; empty for"
                            + " tabular data. IDX and 3-D .npy files carry their own shape."),
            Map.entry(
                    "encoder",
                    "Hidden layer widths from the input to the bottleneck, e.g. 50, 100, 50; the decoder"
                            + " mirrors them. scikit-learn: MLPRegressor(hidden_layer_sizes); PyTorch: nn.Linear sizes."),
            Map.entry(
                    "bottleneck",
                    "Width of the latent code; 2 gives a plot of the whole latent space, 3 a choice of pairwise"
                            + " views (the scores use every unit)."),
            Map.entry(
                    HIDDEN_ACTIVATION,
                    "Non-linearity of the hidden layers. scikit-learn: MLPRegressor(activation);"
                            + " PyTorch: nn.ReLU, nn.Tanh, …"),
            Map.entry(
                    BOTTLENECK_ACTIVATION,
                    "Activation of the latent units. Linear keeps every unit alive; ReLU"
                            + " (the notebook's) can leave a unit constant."),
            Map.entry(
                    OUTPUT_ACTIVATION,
                    "Activation of the reconstruction: linear (scikit-learn's identity) or"
                            + " sigmoid for data scaled to [0, 1]."),
            Map.entry(
                    OPTIMIZER,
                    "Gradient-descent flavour. scikit-learn: MLPRegressor(solver='adam'|'sgd');"
                            + " PyTorch: torch.optim.Adam / SGD."),
            Map.entry(
                    "learningRate",
                    "Step size; may be changed while training (from the next epoch)."
                            + " scikit-learn: learning_rate_init; PyTorch: lr."),
            Map.entry(
                    "batchSize", "Rows per gradient step. scikit-learn: batch_size; PyTorch: DataLoader(batch_size)."),
            Map.entry("maxEpochs", "Passes over the training rows at most. scikit-learn: max_iter."),
            Map.entry(
                    "alpha",
                    "L2 penalty on the weights. scikit-learn: alpha; PyTorch: weight_decay (= 2·alpha/n"
                            + " per batch of n)."),
            Map.entry(
                    STOP_RULE,
                    "When to stop before the maximum: training loss stalls (scikit-learn's tol and"
                            + " n_iter_no_change), validation loss stalls (early_stopping), or never."),
            Map.entry(
                    NOISE_TYPE,
                    "Corrupt the inputs while training so the network learns to denoise: Gaussian noise"
                            + " or masking (zeroing) a share of the inputs."),
            Map.entry("level", "Noise strength: the Gaussian's standard deviation, or the share of inputs zeroed."),
            Map.entry(
                    "modelSeed",
                    "Seed of the network only: initial weights, shuffling, noise."
                            + " scikit-learn: MLPRegressor(random_state); PyTorch: torch.manual_seed."));

    private FieldHelp() {}

    /** The tooltip text for a field or choice name, or "" when there is none. */
    public static String of(String name) {
        return TEXT.getOrDefault(name, "");
    }
}
