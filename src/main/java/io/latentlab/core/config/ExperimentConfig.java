package io.latentlab.core.config;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.validation.InvalidValueException;

/**
 * The whole experiment, immutable. The window, the command line and JSON files all use this one tree, so an
 * experiment saved from the window runs the same from the command line.
 */
public record ExperimentConfig(
        DataConfig data,
        SplitConfig split,
        ScalingConfig scaling,
        PcaConfig pca,
        MetricsConfig metrics,
        AutoencoderConfig autoencoder) {

    public ExperimentConfig {
        if (data == null) {
            throw InvalidValueException.notSet("data");
        }
        split = split == null ? SplitConfig.notebook() : split;
        scaling = scaling == null ? ScalingConfig.minMax() : scaling;
        pca = pca == null ? PcaConfig.twoComponents() : pca;
        metrics = metrics == null ? MetricsConfig.defaults() : metrics;
        autoencoder = autoencoder == null ? AutoencoderConfig.recommended() : autoencoder;
        if (data.source() == DataSource.BLOBS) {
            checkSplitLeavesTwoRowsEach(data.blobs().samples(), split.testFraction());
        }
    }

    /**
     * The blobs' split, known before any row is made, must leave both parts at least two rows, as the split itself
     * demands (so Samples 2 is marked at its field rather than failing when the data is prepared).
     */
    private static void checkSplitLeavesTwoRowsEach(int samples, double testFraction) {
        int test = (int) Math.ceil(testFraction * samples); // TrainTestSplit's rule, as scikit-learn's
        if (test < 2 || samples - test < 2) {
            throw new io.latentlab.core.validation.InvalidValueException(
                    "data.blobs.samples",
                    "must leave at least 2 train and 2 test rows at test fraction " + testFraction + ", got " + samples
                            + " (" + (samples - test) + " train, " + test + " test)");
        }
    }

    /** The defaults that a partial JSON file is completed with (the {@code recommended} preset). */
    public static ExperimentConfig defaults() {
        return new ExperimentConfig(
                DataConfig.notebookBlobs(),
                SplitConfig.notebook(),
                ScalingConfig.minMax(),
                PcaConfig.twoComponents(),
                MetricsConfig.defaults(),
                AutoencoderConfig.recommended());
    }

    /**
     * The same experiment with its data files named by absolute paths (resolved against the current folder), as
     * written beside results and into experiment files, so that they reproduce from any folder.
     */
    public ExperimentConfig withAbsolutePaths() {
        if (data.source() != DataSource.FILE) {
            return this;
        }
        return withData(new DataConfig(data.source(), data.blobs(), data.file().absolute(), data.trainRows()));
    }

    public ExperimentConfig withData(DataConfig newData) {
        return new ExperimentConfig(newData, split, scaling, pca, metrics, autoencoder);
    }

    public ExperimentConfig withSplit(SplitConfig newSplit) {
        return new ExperimentConfig(data, newSplit, scaling, pca, metrics, autoencoder);
    }

    public ExperimentConfig withMetrics(MetricsConfig newMetrics) {
        return new ExperimentConfig(data, split, scaling, pca, newMetrics, autoencoder);
    }

    public ExperimentConfig withAutoencoder(AutoencoderConfig newAutoencoder) {
        return new ExperimentConfig(data, split, scaling, pca, metrics, newAutoencoder);
    }
}
