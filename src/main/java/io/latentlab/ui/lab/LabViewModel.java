package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.ae.Preprocessing;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.ae.NpzWriter;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.DataConfig;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.Silhouette;
import io.latentlab.core.pipeline.Experiment;
import io.latentlab.core.pipeline.LatentCsv;
import io.latentlab.core.pipeline.LatentEvaluation;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lab's state and commands. Views only bind to these properties and call these methods; nothing here touches
 * a scene graph, so tests drive it without a toolkit (with a synchronous {@link TaskExecutor}).
 *
 * <p>Training runs on a worker thread. Its listener only stores the newest event; {@link #pulse()}, called once per
 * frame by the view, publishes it. So the window redraws at most once per frame however fast epochs arrive.
 */
public final class LabViewModel {

    private final TaskExecutor executor;
    private final ParameterForm form;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PREPARING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch", 0);
    private final ReadOnlyDoubleWrapper trainLoss = new ReadOnlyDoubleWrapper(this, "trainLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper validationLoss = new ReadOnlyDoubleWrapper(this, "validationLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
    private final ReadOnlyStringWrapper stopReason = new ReadOnlyStringWrapper(this, "stopReason", "");
    private final ReadOnlyObjectWrapper<PlotData> pcaPlot = new ReadOnlyObjectWrapper<>(this, "pcaPlot");
    private final ReadOnlyObjectWrapper<PlotData> latentPlot = new ReadOnlyObjectWrapper<>(this, "latentPlot");
    private final ReadOnlyStringWrapper pcaTitle = new ReadOnlyStringWrapper(this, "pcaTitle", "PCA");
    private final ReadOnlyStringWrapper latentTitle = new ReadOnlyStringWrapper(this, "latentTitle", "Autoencoder latent");
    private final ReadOnlyObjectWrapper<LossHistory> lossHistory =
            new ReadOnlyObjectWrapper<>(this, "lossHistory", LossHistory.EMPTY);
    private final ReadOnlyStringWrapper deadUnitWarning = new ReadOnlyStringWrapper(this, "deadUnitWarning", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<DecodedPoint> decoded = new ReadOnlyObjectWrapper<>(this, "decoded");
    private final ObservableList<MetricRow> metrics = FXCollections.observableArrayList();
    private final ObservableList<MetricRow> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final BooleanBinding canTrain;
    private final BooleanBinding canStep;

    private Experiment.Baseline baseline;
    private ExperimentConfig preparedFor;
    private volatile TrainingSession session;
    private AutoencoderConfig sessionConfig;
    private ExperimentConfig trainedWith;
    private TrainingResult result;
    private LatentEvaluation evaluation;
    private final Object lock = new Object();
    private final PendingTraining pending = new PendingTraining();
    private volatile int prepareGeneration;
    private boolean loadingForm;

    public LabViewModel(TaskExecutor executor, ExperimentConfig initial) {
        this.executor = Objects.requireNonNull(executor);
        this.form = new ParameterForm(initial);
        // Pause/Resume and Step of a running model never depend on the form: a half-typed field must not trap it.
        canTrain = Bindings.createBooleanBinding(() -> phase.get() == Phase.TRAINING || phase.get() == Phase.PAUSED
                        || (form.validProperty().get() && phase.get() != Phase.PREPARING),
                form.validProperty(), phase);
        canStep = Bindings.createBooleanBinding(() -> phase.get() == Phase.PAUSED
                        || (form.validProperty().get() && (phase.get() == Phase.READY || phase.get() == Phase.FINISHED)),
                form.validProperty(), phase);
        form.configProperty().addListener((obs, old, now) -> updateNotice());
        // Picking another source is a deliberate choice: show that data at once (a file needs Open data… first).
        form.source.addListener((obs, old, now) -> {
            if (!loadingForm && form.validProperty().get()) {
                regenerate();
            }
        });
        phase.addListener((obs, old, now) -> updateNotice());
        fillMetrics();
    }

    // ---- state ------------------------------------------------------------------------------------------

    public ParameterForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty trainLossProperty() {
        return trainLoss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty validationLossProperty() {
        return validationLoss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stopReasonProperty() {
        return stopReason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> pcaPlotProperty() {
        return pcaPlot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> latentPlotProperty() {
        return latentPlot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pcaTitleProperty() {
        return pcaTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latentTitleProperty() {
        return latentTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LossHistory> lossHistoryProperty() {
        return lossHistory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadUnitWarningProperty() {
        return deadUnitWarning.getReadOnlyProperty();
    }

    /** Something the user should know about their last change, e.g. that the model was reset. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The decoder's output at the latent point the user last clicked (null before). */
    public ReadOnlyObjectProperty<DecodedPoint> decodedProperty() {
        return decoded.getReadOnlyProperty();
    }

    public ObservableList<MetricRow> metrics() {
        return metricsView;
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    public BooleanBinding canStepProperty() {
        return canStep;
    }

    /** Features of the prepared data (the network's input and output width), or 0 before data is ready. */
    public int inputWidth() {
        return baseline == null ? 0 : baseline.data().features();
    }

    public boolean hasModel() {
        return result != null;
    }

    // ---- commands ---------------------------------------------------------------------------------------

    /** Shows the data and PCA of the form's config at once (in the background). */
    public void initialize() {
        regenerate();
    }

    /** Generates or loads the data and fits PCA again; the model is reset. */
    public void regenerate() {
        ExperimentConfig config = form.build().orElse(null);
        if (config == null) {
            status.set("Cannot regenerate: " + form.problemProperty().get());
            return;
        }
        prepare(config, null);
    }

    public void applyPreset(String name) {
        ExperimentConfig preset = Presets.load(name);
        stopSession();
        loadForm(preset);
        status.set("Preset \"" + name + "\" loaded");
        prepare(preset, null);
    }

    /** Train when idle, pause when training, resume when paused. */
    public void trainOrPause() {
        switch (phase.get()) {
            case TRAINING -> {
                session.pause();
                phase.set(Phase.PAUSED);
                status.set("Paused at epoch " + epoch.get());
            }
            case PAUSED -> {
                session.resume();
                phase.set(Phase.TRAINING);
                status.set("Training…");
            }
            case READY, FINISHED, FAILED -> startTraining(false);
            case PREPARING -> status.set("Still preparing the data…");
        }
    }

    /** Runs exactly one epoch, then pauses (after a finished run: the first epoch of a new model). */
    public void step() {
        if (phase.get() == Phase.PAUSED && session != null) {
            session.step();
            status.set("Stepping one epoch");
        } else if (phase.get() == Phase.READY || phase.get() == Phase.FINISHED) {
            startTraining(true);
        }
    }

    /**
     * Hands the form's learning rate to the running model, from its next mini-batch. The view calls this when the
     * field is committed (Enter or leaving it), not on every keystroke: "1e-3" must not run at 1.0 for a moment.
     */
    public void applyLearningRate() {
        TrainingSession s = session;
        ExperimentConfig c = form.build().orElse(null);
        if (s == null || c == null || !(phase.get() == Phase.TRAINING || phase.get() == Phase.PAUSED)) {
            return;
        }
        double lr = c.autoencoder().training().optimizer().learningRate();
        if (lr != s.learningRate()) {
            s.setLearningRate(lr);
            status.set("Learning rate set to " + lr + " from the next mini-batch");
        }
    }

    /**
     * Decodes the latent point (z1, z2); bottleneck units beyond the second are held at their mean over the test
     * rows. Cheap (one row through the decoder), so it runs at once.
     */
    public void decodeAt(double z1, double z2) {
        TrainingResult r = result;
        LatentEvaluation ev = evaluation;
        TrainingSession s = session;
        // A finished model, or while training the weights of the latest epoch.
        TrainedAutoencoder model = r != null ? r.model() : s != null ? s.latestModel() : null;
        if (model == null) {
            status.set("Train a model first: the decoder turns a latent point back into features");
            return;
        }
        int width = model.bottleneckWidth();
        double[] z = ev == null || ev.latentTest().cols() != width ? new double[width] : ev.latentTest().columnMeans();
        z[0] = z1;
        if (width > 1) {
            z[1] = z2;
        }
        Matrix out = model.decode(new Matrix(1, width, z));
        decoded.set(new DecodedPoint(z, out.row(0)));
    }

    /** Throws the model away; data and PCA stay. */
    public void reset() {
        stopSession();
        clearModel();
        notice.set("");
        // While data is being prepared, the phase stays: the preparation decides what comes next.
        if (baseline != null && phase.get() != Phase.PREPARING) {
            phase.set(Phase.READY);
        }
        status.set("Model reset");
    }

    /** Stops training (closing the window). */
    public void shutdown() {
        stopSession();
        executor.shutdown();
    }

    /** Publishes the newest training progress; the view calls this once per frame. */
    public void pulse() {
        PendingTraining.Snapshot s;
        synchronized (lock) {
            s = pending.drain();
        }
        if (s == null) {
            return;
        }
        epoch.set(s.epoch());
        if (phase.get() == Phase.PAUSED && status.get().startsWith("Stepping")) {
            status.set("Paused after epoch " + s.epoch());
        }
        trainLoss.set(s.trainLoss());
        validationLoss.set(s.validationLoss());
        lossHistory.set(s.history());
        int max = sessionConfig == null ? 0 : sessionConfig.training().maxEpochs();
        progress.set(max == 0 ? 0 : Math.min(1.0, (double) s.epoch() / max));
        double left = (max - s.epoch()) * s.secondsPerEpoch();
        timeLeft.set(max == 0 ? "" : "≤ " + formatDuration(left) + " left");
        if (s.latent() != null) {
            latentPlot.set(new PlotData(PlotCoordinates.firstTwo(s.latent()), baseline.data().test().labels(),
                    baseline.data().test().classNames()));
        }
        if (s.liveSilhouette() != null) {
            latentTitle.set("Autoencoder latent — silhouette " + score(s.liveSilhouette()) + " (epoch " + s.epoch() + ")");
        }
        if (s.diagnostics() != null) {
            deadUnitWarning.set(describeDead(s.diagnostics()));
        }
    }

    public void loadExperiment(Path file) {
        try {
            ExperimentConfig c = ConfigJson.read(file);
            stopSession();
            loadForm(c);
            status.set("Loaded " + file.getFileName());
            prepare(c, null);
        } catch (IOException | RuntimeException e) {
            status.set("Could not load " + file.getFileName() + ": " + e.getMessage());
        }
    }

    public void saveExperiment(Path file) {
        ExperimentConfig c = form.build().orElse(null);
        if (c == null) {
            status.set("Cannot save: " + form.problemProperty().get());
            return;
        }
        try {
            ConfigJson.write(c, file);
            status.set("Saved experiment to " + file);
        } catch (IOException e) {
            status.set("Could not save " + file + ": " + e.getMessage());
        }
    }

    /** Uses a CSV or .npy file as the data (labels: last column for CSV) and prepares it. */
    public void openDataFile(Path file) {
        loadingForm = true;
        try {
            form.filePath.set(file.toString());
            form.source.set(DataSource.FILE);
        } finally {
            loadingForm = false;
        }
        regenerate();
    }

    private void loadForm(ExperimentConfig c) {
        loadingForm = true;
        try {
            form.load(c);
        } finally {
            loadingForm = false;
        }
    }

    public void exportWeightsJson(Path file) {
        export(file, () -> writeWeightsJson(file));
    }

    public void exportWeightsNpz(Path file) {
        export(file, () -> writeWeightsNpz(file));
    }

    public void exportLatentCsv(Path file) {
        export(file, () -> writeLatentCsv(file));
    }

    /** Writes the trained model as weights.json; throws when there is none or the write fails. */
    public void writeWeightsJson(Path file) throws IOException {
        TrainingResult r = requireModel();
        WeightsJson.write(file, r.model(), preprocessing(), r);
    }

    public void writeWeightsNpz(Path file) throws IOException {
        TrainingResult r = requireModel();
        NpzWriter.write(file, NpzWriter.modelArrays(r.model(), preprocessing()));
    }

    public void writeLatentCsv(Path file) throws IOException {
        requireModel();
        LatentCsv.write(file, evaluationOrEncode(), baseline.data().test().labels(),
                baseline.data().test().classNames());
    }

    /**
     * Writes the experiment behind what is shown: the config the model was trained with, or (before training) the
     * form's config. So the exported config reproduces the exported weights with {@code run --config}.
     */
    public void writeShownExperiment(Path file) throws IOException {
        ExperimentConfig c = result != null && trainedWith != null ? trainedWith : form.build().orElse(null);
        if (c == null) {
            throw new IOException("the experiment has an invalid value: " + form.problemProperty().get());
        }
        ConfigJson.write(c, file);
    }

    private TrainingResult requireModel() throws IOException {
        TrainingResult r = result;
        if (r == null) {
            throw new IOException("nothing to export yet: train a model first");
        }
        return r;
    }

    /** Reports the outcome of an export the view did itself (plots need the scene graph). */
    public void reportExport(Path file, Exception error) {
        status.set(error == null ? "Exported " + file : "Export failed: " + error.getMessage());
    }

    public void reportStatus(String message) {
        status.set(message);
    }

    // ---- internals --------------------------------------------------------------------------------------

    private interface IoAction {
        void run() throws IOException;
    }

    private void export(Path file, IoAction action) {
        if (result == null) {
            status.set("Nothing to export yet: train a model first");
            return;
        }
        try {
            action.run();
            status.set("Exported " + file);
        } catch (IOException | RuntimeException e) {
            status.set("Export failed: " + e.getMessage());
        }
    }

    private Matrix evaluationOrEncode() {
        return evaluation != null ? evaluation.latentTest() : result.model().encode(baseline.data().test().x());
    }

    private Preprocessing preprocessing() {
        return new Preprocessing(baseline.data().scaler().method().id(), baseline.data().scaler().parameters());
    }

    /** Tells the user when the fields no longer describe what is shown or running. */
    private void updateNotice() {
        ExperimentConfig now = form.build().orElse(null);
        if (now == null) {
            return;
        }
        boolean dataChanged = preparedFor != null && !dataPart(now).equals(dataPart(preparedFor));
        boolean modelChanged = sessionConfig != null
                && !withoutLearningRate(now.autoencoder()).equals(withoutLearningRate(sessionConfig));
        boolean running = phase.get() == Phase.TRAINING || phase.get() == Phase.PAUSED;
        if (running && (dataChanged || modelChanged)) {
            notice.set("Changed settings apply to a new model; this run keeps its own (Reset, then Train).");
        } else if (sessionConfig != null && (dataChanged || modelChanged)) {
            notice.set("Train starts a new model with the changed settings.");
        } else if (dataChanged) {
            notice.set("Data settings changed: Regenerate or Train to apply them.");
        } else {
            notice.set("");
        }
    }

    private static AutoencoderConfig withoutLearningRate(AutoencoderConfig a) {
        return a.toBuilder().learningRate(1.0).build();
    }

    private void startTraining(boolean stepOnly) {
        ExperimentConfig config = form.build().orElse(null);
        if (config == null) {
            status.set("Cannot train: " + form.problemProperty().get());
            return;
        }
        if (baseline == null || !dataPart(config).equals(dataPart(preparedFor))) {
            prepare(config, () -> startTraining(stepOnly));
            return;
        }
        stopSession();
        clearModel();
        AutoencoderConfig ae = config.autoencoder();
        TrainingSession s;
        try {
            s = new TrainingSession(ae, baseline.data().train().x(), baseline.data().test().x());
        } catch (IllegalArgumentException e) {
            status.set("Cannot train: " + e.getMessage());
            return;
        }
        session = s;
        sessionConfig = ae;
        trainedWith = config;
        int[] labels = baseline.data().test().labels();
        s.addListener(new TrainingListener() {
            private long lastSilhouette;

            @Override
            public void onEpoch(EpochEvent e) {
                Double live = null;
                long now = System.nanoTime();
                // A silhouette of the animated latent costs tens of ms: at most twice a second.
                if (e.hasSnapshot() && labels != null && now - lastSilhouette > 500_000_000L) {
                    live = liveSilhouette(e.latentSnapshot(), labels);
                    lastSilhouette = now;
                }
                synchronized (lock) {
                    if (session == s) { // a cancelled session may finish its epoch after a reset: drop it
                        pending.add(e, live);
                    }
                }
            }
        });
        if (stepOnly) {
            s.pause();
            s.step();
        }
        phase.set(stepOnly ? Phase.PAUSED : Phase.TRAINING);
        status.set(stepOnly ? "Stepping one epoch" : "Training…");
        executor.execute(s::run, r -> onTrainingFinished(s, r), e -> onTrainingFailed(s, e));
    }

    private static Double liveSilhouette(Matrix latent, int[] labels) {
        try {
            Matrix xy = PlotCoordinates.firstTwo(latent);
            return Silhouette.compute(xy, labels).score();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void onTrainingFinished(TrainingSession s, TrainingResult r) {
        if (s != session) {
            return; // a newer session replaced this one
        }
        pulse();
        result = r;
        phase.set(Phase.FINISHED);
        progress.set(1.0);
        timeLeft.set(String.format(Locale.ROOT, "%.1fs, %.3fs/epoch", r.secondsTotal(), r.secondsPerEpoch()));
        stopReason.set(r.stopMessage());
        status.set("Training stopped after " + r.epochs() + " epochs: " + r.stopMessage());
        deadUnitWarning.set(describeDead(r.latent()));
        int neighbors = preparedFor.metrics().neighbors();
        Experiment.Baseline b = baseline;
        executor.execute(() -> LatentEvaluation.evaluate(r.model(), b.data(), neighbors), ev -> {
            if (s != session) {
                return;
            }
            evaluation = ev;
            latentPlot.set(new PlotData(PlotCoordinates.firstTwo(ev.latentTest()), b.data().test().labels(),
                    b.data().test().classNames()));
            latentTitle.set("Autoencoder latent — silhouette " + score(ev.scores().silhouette()));
            fillMetrics();
        }, e -> {
            if (s == session) {
                status.set("Could not score the latent space: " + e.getMessage());
            }
        });
    }

    private void onTrainingFailed(TrainingSession s, Throwable e) {
        if (s != session) {
            return;
        }
        phase.set(baseline == null ? Phase.FAILED : Phase.FINISHED);
        status.set("Training failed: " + e.getMessage());
    }

    private void stopSession() {
        TrainingSession s = session;
        if (s != null) {
            synchronized (lock) {
                session = null;
            }
            s.cancel();
        }
    }

    private void clearModel() {
        result = null;
        evaluation = null;
        sessionConfig = null;
        trainedWith = null;
        synchronized (lock) {
            pending.clear();
        }
        epoch.set(0);
        trainLoss.set(Double.NaN);
        validationLoss.set(Double.NaN);
        progress.set(0);
        timeLeft.set("");
        stopReason.set("");
        lossHistory.set(LossHistory.EMPTY);
        latentPlot.set(null);
        latentTitle.set("Autoencoder latent");
        decoded.set(null);
        deadUnitWarning.set("");
        fillMetrics();
    }

    /** Prepares data and PCA in the background, then runs {@code then} (if any) on the UI thread. */
    private void prepare(ExperimentConfig config, Runnable then) {
        stopSession();
        clearModel();
        int generation = ++prepareGeneration;
        phase.set(Phase.PREPARING);
        status.set(describeSource(config.data()) + "…");
        // Each step of the preparation is shown; a preparation overtaken by a newer one stops at its next step.
        ProgressListener progressToStatus = message -> {
            if (generation != prepareGeneration) {
                throw new java.util.concurrent.CancellationException("superseded by a newer preparation");
            }
            executor.runOnUiThread(() -> {
                if (generation == prepareGeneration && phase.get() == Phase.PREPARING) {
                    status.set(capitalize(message) + "…");
                }
            });
        };
        executor.execute(() -> Experiment.runBaseline(config, progressToStatus), b -> {
            if (generation != prepareGeneration) {
                return;
            }
            // A model trained on the previous data must not be paired with the new rows.
            stopSession();
            clearModel();
            baseline = b;
            preparedFor = config;
            pcaPlot.set(new PlotData(PlotCoordinates.firstTwo(b.pcaTest()), b.data().test().labels(),
                    b.data().test().classNames()));
            pcaTitle.set("PCA — silhouette " + score(b.pcaScores().silhouette()));
            phase.set(Phase.READY);
            notice.set("");
            status.set("Data ready: " + b.data().train().rows() + " train and " + b.data().test().rows()
                    + " test rows, " + b.data().features() + " features");
            fillMetrics();
            if (then != null) {
                then.run();
            }
        }, e -> {
            if (generation != prepareGeneration) {
                return;
            }
            baseline = null;
            preparedFor = null;
            pcaPlot.set(null);
            phase.set(Phase.FAILED);
            status.set("Could not prepare the data: " + e.getMessage());
        });
    }

    private static Object dataPart(ExperimentConfig c) {
        return c == null ? null : List.of(c.data(), c.split(), c.scaling(), c.pca(), c.metrics());
    }

    private void fillMetrics() {
        Experiment.Baseline b = baseline;
        LatentEvaluation ev = evaluation;
        int k = preparedFor == null ? 5 : preparedFor.metrics().neighbors();
        List<MetricRow> rows = new ArrayList<>();
        rows.add(new MetricRow("Silhouette (original, " + (b == null ? "?" : b.data().features()) + "-D)",
                b == null ? "" : score(b.originalSilhouette()), ""));
        rows.add(new MetricRow("Silhouette (2-D)", b == null ? "" : score(b.pcaScores().silhouette()),
                ev == null ? "" : score(ev.scores().silhouette())));
        rows.add(new MetricRow("Trustworthiness (k=" + k + ")", b == null ? "" : score(b.pcaScores().trustworthiness()),
                ev == null ? "" : score(ev.scores().trustworthiness())));
        rows.add(new MetricRow("kNN accuracy (k=" + k + ")", b == null ? "" : score(b.pcaScores().knnAccuracy()),
                ev == null ? "" : score(ev.scores().knnAccuracy())));
        rows.add(new MetricRow("Reconstruction MSE (train / test)", "",
                ev == null ? "" : String.format(Locale.ROOT, "%.5f / %.5f", ev.reconstructionMseTrain(),
                        ev.reconstructionMseTest())));
        rows.add(new MetricRow("Dead latent units", "", result == null ? "" : deadSummary(result.latent())));
        rows.add(new MetricRow("PCA explained variance",
                b == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * Arrays.stream(
                        b.pca().explainedVarianceRatio()).limit(2).sum()), ""));
        metrics.setAll(rows);
    }

    private static String deadSummary(LatentDiagnostics d) {
        return d.deadCount() + " of " + d.width();
    }

    static String describeDead(LatentDiagnostics d) {
        if (d == null || !d.anyDead()) {
            return "";
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < d.width(); i++) {
            if (d.dead()[i]) {
                units.add("z" + (i + 1));
            }
        }
        return "Dead latent unit" + (units.size() > 1 ? "s " : " ") + String.join(", ", units)
                + ": constant for every row, so the plot collapses. Try a linear bottleneck activation.";
    }

    private static String describeSource(DataConfig d) {
        return switch (d.source()) {
            case BLOBS -> "Generating " + d.blobs().samples() + " blobs";
            case DIGITS -> "Loading digits";
            case FILE -> "Loading " + Path.of(d.file().path()).getFileName();
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String score(Double v) {
        return v == null || v.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String formatDuration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
