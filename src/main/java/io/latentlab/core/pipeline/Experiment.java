package io.latentlab.core.pipeline;

import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Scaler;
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

    /** Data, split, scaling, PCA and the PCA scores (what the window shows before training). */
    public static Baseline runBaseline(ExperimentConfig config, ProgressListener progress) {
        return runBaseline(config, progress, new StepTimer(), new ArrayList<>());
    }

    static Baseline runBaseline(ExperimentConfig config, ProgressListener progress, StepTimer timer,
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
        progress.step("scoring the original data and the PCA projection (silhouette, trustworthiness, kNN accuracy)");
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

    /** Everything a run produced: the report and what the command line writes besides it. */
    public record Outcome(Report report, Baseline baseline, TrainedAutoencoder model, TrainingResult training,
                          LatentEvaluation latent) {
    }

    /** Runs the whole pipeline, training the autoencoder. */
    public static Outcome run(ExperimentConfig config, ProgressListener progress) {
        return run(config, progress, null);
    }

    /**
     * Runs the whole pipeline. With {@code saved} (a model read from weights.json) nothing is trained: the data is
     * scaled with the saved model's scaler and encoded, so the same data gives the same latent coordinates.
     */
    public static Outcome run(ExperimentConfig config, ProgressListener progress, SavedModel saved) {
        StepTimer timer = new StepTimer();
        List<String> warnings = new ArrayList<>();
        Baseline b = runBaseline(config, progress, timer, warnings);
        TrainingResult training = null;
        TrainedAutoencoder model;
        PreparedData data = b.data();
        if (saved != null) {
            model = saved.model();
            if (model.inputWidth() != data.features()) {
                throw new IllegalArgumentException("the saved model takes " + model.inputWidth()
                        + " features, but the data has " + data.features());
            }
            data = rescale(data, Scaler.fromPreprocessing(saved.preprocessing().kind(), saved.preprocessing().arrays(),
                    data.features()));
            progress.step("encoding with the saved model (no training)");
        } else {
            progress.step("training the autoencoder " + String.join("-", config.autoencoder().architecture(
                    data.features()).sizes().stream().map(String::valueOf).toList()) + " (at most "
                    + config.autoencoder().training().maxEpochs() + " epochs)");
            TrainingSession session = new TrainingSession(config.autoencoder(), data.train().x(), null);
            session.addListener(new EpochProgress(progress, config.autoencoder().training().maxEpochs()));
            training = timer.time("train", session::run);
            model = training.model();
            progress.step("training stopped after " + training.epochs() + " epochs: " + training.stopMessage());
            if (training.latent() != null && training.latent().anyDead()) {
                warnings.add("dead latent units " + java.util.Arrays.toString(deadUnits(training.latent()))
                        + ": they are constant for every training row, so the latent plot collapses;"
                        + " a linear bottleneck activation avoids this");
            }
        }
        PreparedData scored = data;
        TrainedAutoencoder m = model;
        LatentEvaluation latent = timer.time("scores_latent", () -> LatentEvaluation.evaluate(m, scored,
                config.metrics().neighbors()));
        progress.step("silhouette: latent " + format(latent.scores().silhouette()));
        Baseline shown = new Baseline(data, b.pca(), b.pcaTest(), b.originalSilhouette(), b.pcaScores());
        Report report = ReportBuilder.build(config, shown, training, model, latent, timer.seconds(), warnings);
        return new Outcome(report, shown, model, training, latent);
    }

    static int[] deadUnits(LatentDiagnostics d) {
        return java.util.stream.IntStream.range(0, d.width()).filter(i -> d.dead()[i]).toArray();
    }

    private static PreparedData rescale(PreparedData d, Scaler scaler) {
        return new PreparedData(d.name(), d.rawTrain(), d.rawTest(), d.rawTrain().withX(scaler.transform(d.rawTrain().x())),
                d.rawTest().withX(scaler.transform(d.rawTest().x())), scaler, d.preSplit());
    }

    /** Reports training progress about twenty times per run, and at least every ten seconds. */
    private static final class EpochProgress implements TrainingListener {
        private final ProgressListener progress;
        private final int every;
        private long last = System.nanoTime();

        EpochProgress(ProgressListener progress, int maxEpochs) {
            this.progress = progress;
            this.every = Math.max(1, maxEpochs / 20);
        }

        @Override
        public void onEpoch(EpochEvent e) {
            long now = System.nanoTime();
            if (e.epoch() % every == 0 || now - last > 10_000_000_000L) {
                last = now;
                progress.step(String.format(java.util.Locale.ROOT, "epoch %d  loss %.6g%s  (%.1fs)", e.epoch(),
                        e.trainLoss(), Double.isNaN(e.validationLoss()) ? ""
                                : String.format(java.util.Locale.ROOT, "  val %.6g", e.validationLoss()),
                        e.elapsedSeconds()));
            }
        }
    }

    /** The first {@code k} columns (what a 2-D plot of the projection shows). */
    static Matrix firstColumns(Matrix m, int k) {
        return m.topLeft(m.rows(), Math.min(k, m.cols()));
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
