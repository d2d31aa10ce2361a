package io.latentlab.core.pipeline;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.OriginalDistances;
import io.latentlab.core.pca.PcaModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data side of an experiment, stage 1 of the {@link Pipeline}: the prepared rows, the PCA baseline and its
 * scores. It is what the window shows before any training, and what every later stage starts from.
 *
 * @param config    the experiment it was prepared for (its data, split, scaling, PCA and metrics parts apply)
 * @param pcaTest   the test rows projected on all fitted components
 * @param pcaReconstructionMse the train and test rows' mean squared error against PCA's reconstruction (all
 *                  fitted components), the autoencoder's reconstruction MSE's baseline
 * @param timing    wall seconds of the steps so far (unrounded), carried into the report
 * @param warnings  sentences for the report about the data and the baseline
 * @param distances the test rows' original-space distances, kept for the latent trustworthiness after training;
 *                  null while preparing or when the rows were rescaled for a saved model
 */
public record Baseline(
        ExperimentConfig config,
        PreparedData data,
        PcaModel pca,
        Matrix pcaTest,
        Report.Reconstruction pcaReconstructionMse,
        Double originalSilhouette,
        EmbeddingScores pcaScores,
        Map<String, Double> timing,
        List<String> warnings,
        OriginalDistances distances) {

    public Baseline {
        timing = Collections.unmodifiableMap(new LinkedHashMap<>(timing));
        warnings = List.copyOf(warnings);
    }

    /** The two PCA coordinates a plot shows. */
    public Matrix pcaPlane() {
        return Pipeline.firstColumns(pcaTest, 2);
    }

    /** Share of the variance the first {@code k} principal components explain. */
    public double explainedVarianceShare(int k) {
        return java.util.Arrays.stream(pca.explainedVarianceRatio()).limit(k).sum();
    }

    /** What identifies these rows: equal keys, equal rows (the config's data, split, scaling, PCA and metrics). */
    public Object dataKey() {
        return Pipeline.dataPart(config);
    }

    /** True when {@code other} describes the same rows, so a model trained on this baseline still fits it. */
    public boolean sameDataAs(ExperimentConfig other) {
        return other != null && Pipeline.dataPart(config).equals(Pipeline.dataPart(other));
    }
}
