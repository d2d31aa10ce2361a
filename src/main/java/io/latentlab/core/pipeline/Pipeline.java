package io.latentlab.core.pipeline;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.OriginalDistances;
import io.latentlab.core.pca.Pca;
import io.latentlab.core.pca.PcaModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The notebook's pipeline, in stages that the command line runs one after another and the window drives one at a
 * time, so both give the same numbers by construction:
 *
 * <ol>
 *   <li>{@link #prepare}: data, split, scaling, PCA baseline and its scores ({@link Baseline});</li>
 *   <li>{@link #newSession}: a {@link TrainingSession} on the prepared rows, which the caller runs and may pause,
 *       step or cancel (or {@link #encodeWith} a saved model instead);</li>
 *   <li>{@link #evaluate}: the latent scores and the report ({@link Outcome});</li>
 *   <li>{@link RunArtifacts#write}: report.json, config.json, weights and latent.csv.</li>
 * </ol>
 */
public final class Pipeline {

    private Pipeline() {}

    // ---- stage 1 ----------------------------------------------------------------------------------------

    /** Data, split, scaling, PCA and the PCA scores (what the window shows before training). */
    public static Baseline prepare(ExperimentConfig config, ProgressListener progress) {
        StepTimer timer = new StepTimer();
        List<String> warnings = new ArrayList<>();
        progress.step(describeLoad(config));
        PreparedData data = timer.time("load_split_scale", () -> DataPreparation.prepare(config));
        progress.step("data: " + data.train().rows() + "x" + data.features() + " train, "
                + data.test().rows() + "x"
                + data.features() + " test"
                + (data.train().hasLabels() ? ", " + data.train().classCount() + " classes" : ", no labels"));
        String constant = DataChecks.constantFeatures(data.train());
        if (constant != null) {
            warnings.add(constant);
        }
        String subset = DataPreparation.trainRowsWarning(config, data);
        if (subset != null) {
            warnings.add(subset);
        }
        int components =
                Math.min(config.pca().components(), Math.min(data.train().rows(), data.features()));
        if (components < config.pca().components()) {
            warnings.add("PCA components reduced from " + config.pca().components() + " to " + components
                    + " (the data has only " + data.features() + " features)");
        }
        PcaModel pca = timer.time("pca", () -> Pca.fit(data.train().x(), components));
        Matrix pcaTest = pca.transform(data.test().x());
        progress.step("PCA explained variance ratio " + Arrays.toString(pca.explainedVarianceRatio()));
        progress.step("scoring the original data and the PCA projection (silhouette, trustworthiness, kNN accuracy)");
        Dataset test = data.test();
        if (!test.hasLabels()) {
            warnings.add("the data has no labels: silhouette and kNN accuracy are not computed");
        }
        ScoreScope scope = ScoreScope.of(test, config.metrics());
        if (!scope.exact()) {
            progress.step("silhouette and trustworthiness are estimated on " + scope.sampleRows() + " of the "
                    + test.rows() + " test rows (--exact-scores for all)");
        }
        progress.partial(new Baseline(
                config, data, pca, pcaTest, null, null, EmbeddingScores.NONE, timer.raw(), warnings, null));
        // After the PCA plot is shown: with many components it is a pass of rows x features x components.
        Report.Reconstruction pcaMse = timer.time(
                "pca_reconstruction_mse",
                () -> new Report.Reconstruction(
                        pca.reconstructionMse(data.train().x()),
                        pca.reconstructionMse(data.test().x())));
        // One pass over the original distances: the silhouette now, the distances kept for every trustworthiness.
        OriginalDistances distances =
                timer.time("silhouette_original", () -> OriginalDistances.of(test.x(), test.labels(), scope.queries()));
        Double original = distances.silhouette();
        progress.partial(new Baseline(
                config, data, pca, pcaTest, pcaMse, original, EmbeddingScores.NONE, timer.raw(), warnings, null));
        if (test.hasLabels() && original == null) {
            warnings.add("silhouette is not computed: the " + test.rows() + " test rows have "
                    + io.latentlab.core.data.ClassRule.distinct(test.labels())
                    + " classes, and it needs at least two and fewer classes than rows");
        }
        Matrix plotted = firstColumns(pcaTest, 2);
        EmbeddingScores pcaScores = timer.time(
                "scores_pca",
                () -> EmbeddingScores.evaluate(
                        distances,
                        plotted,
                        test.labels(),
                        config.metrics().neighbors(),
                        scope,
                        partial -> progress.partial(new Baseline(
                                config, data, pca, pcaTest, pcaMse, original, partial, timer.raw(), warnings, null))));
        if (pcaScores.note() != null) {
            warnings.add(pcaScores.note());
        }
        progress.step("silhouette: original " + format(original) + ", PCA " + format(pcaScores.silhouette()));
        return new Baseline(config, data, pca, pcaTest, pcaMse, original, pcaScores, timer.raw(), warnings, distances);
    }

    // ---- stage 2 ----------------------------------------------------------------------------------------

    /**
     * A training session on the baseline's scaled training rows. With {@code streamTestLatent} every epoch's event
     * carries the test rows' latent coordinates (for live plots); that costs time but never changes the numbers.
     */
    public static TrainingSession newSession(Baseline b, AutoencoderConfig autoencoder, boolean streamTestLatent) {
        return newSession(
                b, autoencoder, streamTestLatent ? allRows(b.data().test().rows()) : null);
    }

    /**
     * A training session whose epochs carry the latent coordinates of the test rows {@code liveRows} (from
     * {@link #liveRows}), or of none when null: a live plot of a bounded sample costs the training thread little.
     */
    public static TrainingSession newSession(Baseline b, AutoencoderConfig autoencoder, int[] liveRows) {
        Matrix test = b.data().test().x();
        Matrix snapshot = liveRows == null ? null : liveRows.length == test.rows() ? test : test.selectRows(liveRows);
        return new TrainingSession(autoencoder, b.data().train().x(), snapshot);
    }

    /** At most this many test rows are encoded every epoch for a live plot while training. */
    public static final int LIVE_ROWS = 5_000;

    /**
     * The test rows a live plot shows while training: all of them up to {@link #LIVE_ROWS}, else a deterministic
     * stratified sample of that many (sorted row indices).
     */
    public static int[] liveRows(Baseline b) {
        return io.latentlab.core.metrics.ScoreSample.of(
                b.data().test().labels(), b.data().test().rows(), LIVE_ROWS, ScoreScope.SAMPLE_SEED);
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /** The baseline's rows scaled with a saved model's scaler ({@link SavedModelRows#rescaleFor}). */
    public static Baseline rescaleFor(Baseline b, SavedModel saved) {
        return SavedModelRows.rescaleFor(b, saved);
    }

    /** Prepared rows scaled with a saved model's scaler instead of their own ({@link SavedModelRows#rescale}). */
    public static PreparedData rescale(PreparedData d, SavedModel saved) {
        return SavedModelRows.rescale(d, saved);
    }

    // ---- stage 3 ----------------------------------------------------------------------------------------

    /** Scores a trained model's latent space like the baseline's PCA and builds the report. */
    public static Outcome evaluate(Baseline b, TrainingResult training, ProgressListener progress) {
        List<String> warnings = new ArrayList<>(b.warnings());
        String dead = LatentWarnings.describe(training.latent());
        if (!dead.isEmpty()) {
            warnings.add(dead);
        }
        return score(
                b,
                b.config().withAutoencoder(training.config()),
                training.model(),
                training,
                training.latent(),
                null,
                warnings,
                progress);
    }

    /**
     * Scores a saved model (read from weights.json) on a baseline made by {@link #rescaleFor}. The rows are encoded
     * once: the same latents are checked, diagnosed and scored.
     */
    public static Outcome evaluate(Baseline rescaled, SavedModel saved, ProgressListener progress) {
        TrainedAutoencoder model = saved.model();
        PreparedData data = rescaled.data();
        SavedModelCheck.requireScaledInRange(data);
        Matrix trainLatent = model.encode(data.train().x());
        Matrix testLatent = model.encode(data.test().x());
        SavedModelCheck.requireLatentInRange(model, trainLatent, testLatent);
        LatentDiagnostics diagnostics = LatentDiagnostics.of(
                trainLatent.data(),
                trainLatent.rows(),
                model.bottleneckWidth(),
                model.activation(model.architecture().encoderLayerCount() - 1));
        return score(rescaled, rescaled.config(), model, null, diagnostics, testLatent, rescaled.warnings(), progress);
    }

    private static Outcome score(
            Baseline b,
            ExperimentConfig effective,
            TrainedAutoencoder model,
            TrainingResult training,
            LatentDiagnostics diagnostics,
            Matrix testLatent,
            List<String> warnings,
            ProgressListener progress) {
        StepTimer timer = new StepTimer(b.timing());
        if (training != null) {
            timer.add("train", training.secondsTotal());
        }
        LatentEvaluation latent =
                LatentEvaluation.evaluate(model, b.data(), b.config().metrics(), testLatent, b.distances(), timer);
        progress.step("silhouette: latent " + format(latent.scores().silhouette()));
        Report report = ReportBuilder.build(effective, b, training, latent, diagnostics, timer.seconds(), warnings);
        return new Outcome(effective, report, b, model, training, latent);
    }

    /**
     * The silhouette of the test rows {@code rows} in a latent snapshot of them (every unit; null without labels),
     * for a live figure while training: the report's definition, on those rows only.
     */
    public static Double latentSilhouette(Baseline b, int[] rows, Matrix latentOfRows) {
        int[] labels = b.data().test().labels();
        if (labels == null) {
            return null;
        }
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = labels[rows[i]];
        }
        return Scores.silhouetteOrNull(latentOfRows, picked);
    }

    // ---- all stages -------------------------------------------------------------------------------------

    /** Runs the whole pipeline headless, training the autoencoder. */
    public static Outcome run(ExperimentConfig config, ProgressListener progress) {
        return run(config, progress, null);
    }

    /**
     * Runs the whole pipeline headless. With {@code saved} (a model read from weights.json) nothing is trained:
     * the data is scaled with the saved model's scaler and encoded.
     */
    public static Outcome run(ExperimentConfig config, ProgressListener progress, SavedModel saved) {
        Baseline b = prepare(config, progress);
        if (saved != null) {
            progress.step("encoding with the saved model (no training)");
            return evaluate(rescaleFor(b, saved), saved, progress);
        }
        AutoencoderConfig ae = config.autoencoder();
        progress.step("training the autoencoder "
                + String.join(
                        "-",
                        ae.architecture(b.data().features()).sizes().stream()
                                .map(String::valueOf)
                                .toList()) + " (at most " + ae.training().maxEpochs() + " epochs)");
        TrainingSession session = newSession(b, ae, false);
        session.addListener(new EpochProgress(progress, ae.training().maxEpochs()));
        progress.trainingStarted(session);
        TrainingResult training;
        try {
            training = session.run();
        } finally {
            progress.trainingEnded();
        }
        progress.step("training stopped after " + training.epochs() + " epochs: " + training.stopMessage());
        return evaluate(b, training, progress);
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
                progress.step(String.format(
                        Locale.ROOT,
                        "epoch %d  loss %.6g%s  (%.1fs)",
                        e.epoch(),
                        e.trainLoss(),
                        Double.isNaN(e.validationLoss())
                                ? ""
                                : String.format(Locale.ROOT, "  val %.6g", e.validationLoss()),
                        e.elapsedSeconds()));
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** The first {@code k} columns (what a 2-D plot of the projection shows). */
    static Matrix firstColumns(Matrix m, int k) {
        return m.topLeft(m.rows(), Math.min(k, m.cols()));
    }

    /** The parts of a config that decide the rows and the baseline (everything but the autoencoder). */
    static List<Object> dataPart(ExperimentConfig c) {
        return List.of(c.data(), c.split(), c.scaling(), c.pca(), c.metrics());
    }

    private static String describeLoad(ExperimentConfig config) {
        return switch (config.data().source()) {
            case BLOBS ->
                "generating blobs: " + config.data().blobs().samples() + " samples, "
                        + config.data().blobs().features() + " features, "
                        + config.data().blobs().clusters() + " clusters";
            case DIGITS -> "loading the bundled digits data set";
            case FASHION_MNIST -> "loading the bundled Fashion-MNIST (60,000 train and 10,000 test images)";
            case FILE -> "loading " + config.data().file().path();
        };
    }

    static String format(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
