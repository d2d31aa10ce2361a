package io.latentlab.core.pipeline;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pca.Pca;
import io.latentlab.core.pca.PcaModel;
import java.util.ArrayList;
import java.util.List;

/** Runs the notebook's pipeline headless: data, split, scaling, PCA baseline, scores. */
public final class Experiment {

    private Experiment() {
    }

    /** The data side of an experiment: everything but the autoencoder. */
    public record Baseline(PreparedData data, PcaModel pca, Matrix pcaTest, Double originalSilhouette,
                           EmbeddingScores pcaScores) {
    }

    public static Baseline runBaseline(ExperimentConfig config, ProgressListener progress, StepTimer timer,
                                       List<String> warnings) {
        progress.step(describeLoad(config));
        PreparedData data = timer.time("load_split_scale", () -> DataPreparation.prepare(config));
        progress.step("data: " + data.train().rows() + "x" + data.features() + " train, " + data.test().rows() + "x"
                + data.features() + " test" + (data.train().hasLabels() ? ", " + data.train().classCount() + " classes"
                : ", no labels"));
        int components = Math.min(config.pca().components(), Math.min(data.train().rows(), data.features()));
        if (components < config.pca().components()) {
            warnings.add("PCA components reduced from " + config.pca().components() + " to " + components
                    + " (the data has only " + data.features() + " features)");
        }
        PcaModel pca = timer.time("pca", () -> Pca.fit(data.train().x(), components));
        Matrix pcaTest = pca.transform(data.test().x());
        progress.step("PCA explained variance ratio " + java.util.Arrays.toString(pca.explainedVarianceRatio()));
        Dataset test = data.test();
        if (!test.hasLabels()) {
            warnings.add("the data has no labels: silhouette and kNN accuracy are not computed");
        }
        Double original = timer.time("silhouette_original", () -> Scores.silhouetteOrNull(test.x(), test.labels()));
        Matrix plotted = firstColumns(pcaTest, 2);
        EmbeddingScores pcaScores = timer.time("scores_pca", () -> EmbeddingScores.evaluate(test.x(), plotted,
                test.labels(), config.metrics().neighbors()));
        if (pcaScores.note() != null) {
            warnings.add(pcaScores.note());
        }
        progress.step("silhouette: original " + format(original) + ", PCA " + format(pcaScores.silhouette()));
        return new Baseline(data, pca, pcaTest, original, pcaScores);
    }

    /** Runs the pipeline and returns its report. */
    public static Report run(ExperimentConfig config, ProgressListener progress) {
        StepTimer timer = new StepTimer();
        List<String> warnings = new ArrayList<>();
        Baseline b = runBaseline(config, progress, timer, warnings);
        return ReportBuilder.build(config, b, null, timer.seconds(), warnings);
    }

    /** The first {@code k} columns (what a 2-D plot of the projection shows). */
    static Matrix firstColumns(Matrix m, int k) {
        if (m.cols() <= k) {
            return m;
        }
        double[] out = new double[m.rows() * k];
        for (int i = 0; i < m.rows(); i++) {
            System.arraycopy(m.data(), i * m.cols(), out, i * k, k);
        }
        return new Matrix(m.rows(), k, out);
    }

    private static String describeLoad(ExperimentConfig config) {
        return switch (config.data().source()) {
            case BLOBS -> "generating blobs: " + config.data().blobs().samples() + " samples, "
                    + config.data().blobs().features() + " features, " + config.data().blobs().clusters() + " clusters";
            case DIGITS -> "loading the bundled digits data set";
            case FILE -> "loading " + config.data().file().path();
        };
    }

    static String format(Double v) {
        return v == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
