package io.latentlab.ui.lab;

import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.core.pipeline.Report;
import io.latentlab.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The results feature: stage 3 of the pipeline for each finished run (the same {@link Outcome} and report as
 * {@code run} writes), the latent plot (live while training, scored after) and the metrics table.
 */
public final class ResultsViewModel {

    private final TaskExecutor executor;
    private final LabState state;
    private final DataViewModel data;
    private final TrainingViewModel training;

    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<PlotData> latentPlot = new ReadOnlyObjectWrapper<>(this, "latentPlot");
    private final ReadOnlyStringWrapper latentTitle = new ReadOnlyStringWrapper(this, "latentTitle", TITLE);
    private final ObservableList<MetricRow> metrics = FXCollections.observableArrayList();
    private final ObservableList<MetricRow> metricsView = FXCollections.unmodifiableObservableList(metrics);

    private static final String TITLE = "Autoencoder latent";

    ResultsViewModel(TaskExecutor executor, LabState state, DataViewModel data, TrainingViewModel training) {
        this.executor = executor;
        this.state = state;
        this.data = data;
        this.training = training;
        data.previewProperty().addListener((obs, o, b) -> fillMetrics());
        state.phaseProperty().addListener((obs, o, p) -> fillMetrics()); // "…" while a model trains
        training.progress().liveLatentProperty().addListener((obs, o, live) -> showLive(live));
        training.resultProperty().addListener((obs, o, r) -> {
            outcome.set(null);
            if (r == null) {
                clear();
            } else {
                evaluate(r);
            }
            fillMetrics();
        });
        fillMetrics();
    }

    /** The scored run (null until a finished run has been scored). */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlotData> latentPlotProperty() {
        return latentPlot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latentTitleProperty() {
        return latentTitle.getReadOnlyProperty();
    }

    public ObservableList<MetricRow> metrics() {
        return metricsView;
    }

    private void showLive(TrainingProgress.LiveLatent live) {
        if (live == null && training.resultProperty().get() == null) {
            clear(); // the model was thrown away before it finished
            return;
        }
        if (live == null || outcome.get() != null) {
            return;
        }
        latentPlot.set(live.plot());
        if (live.silhouette() != null) {
            latentTitle.set(TITLE + " — silhouette "
                    + (live.sampled()
                            ? String.format(
                                    Locale.ROOT,
                                    "≈%s (epoch %d, sample of %,d)", // short: the plot's width is the limit
                                    Formats.score(live.silhouette()),
                                    live.silhouetteEpoch(),
                                    live.liveRows())
                            : Formats.score(live.silhouette()) + " (epoch " + live.silhouetteEpoch() + ")"));
        }
    }

    private static String mse(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    private void clear() {
        latentPlot.set(null);
        latentTitle.set(TITLE);
    }

    private void evaluate(TrainingResult r) {
        Baseline b = data.baselineProperty().get();
        if (b == null) {
            return;
        }
        executor.execute(
                () -> Pipeline.evaluate(b, r, ProgressListener.SILENT),
                o -> {
                    if (training.resultProperty().get() != r) {
                        return; // reset or replaced while scoring
                    }
                    outcome.set(o);
                    latentPlot.set(PlotData.of(b, o.latent().latentTest()));
                    latentTitle.set(TITLE + " — silhouette "
                            + Formats.score(
                                    o.report().silhouette().latent(),
                                    o.report().metrics().sampleRows()));
                    fillMetrics();
                },
                e -> {
                    if (training.resultProperty().get() == r) {
                        state.setStatus("Could not score the latent space: " + e.getMessage());
                    }
                });
    }

    private static String pendingOr(boolean pending, Double value, Integer sample) {
        return pending && value == null ? "…" : Formats.score(value, sample);
    }

    /** The table shows the report's numbers, so the window and {@code run} agree to the digit. */
    private void fillMetrics() {
        // While the data is being scored, the preview's scores so far; "…" marks the ones still to come.
        Baseline b = data.previewProperty().get();
        boolean pending = b != null && b != data.baselineProperty().get();
        Outcome o = outcome.get();
        Report r = o == null ? null : o.report();
        // A model training or paused is scored when it stops: its cells say the numbers are to come.
        String later = r == null && state.isTrainingOrPaused() ? "…" : "";
        int k = b == null ? 5 : b.config().metrics().neighbors();
        Integer sample = b == null
                ? null
                : io.latentlab.core.pipeline.ScoreScope.sampleRowsFor(
                        b.data().test(), b.config().metrics());
        List<MetricRow> rows = new ArrayList<>();
        rows.add(new MetricRow(
                "Silhouette (original, " + originalWidth(b) + "-D)",
                b == null ? "" : pendingOr(pending, b.originalSilhouette(), sample),
                ""));
        int latentWidth = o == null ? 2 : o.model().bottleneckWidth();
        rows.add(new MetricRow(
                latentWidth == 2 ? "Silhouette (2-D)" : "Silhouette (2-D; latent " + latentWidth + "-D)",
                b == null ? "" : pendingOr(pending, b.pcaScores().silhouette(), sample),
                r == null ? later : Formats.score(r.silhouette().latent(), sample)));
        rows.add(new MetricRow(
                "Trustworthiness (k=" + k + ")",
                b == null ? "" : pendingOr(pending, b.pcaScores().trustworthiness(), sample),
                r == null ? later : Formats.score(r.metrics().latent().trustworthiness(), sample)));
        rows.add(new MetricRow(
                "kNN accuracy (k=" + k + ")",
                b == null ? "" : pendingOr(pending, b.pcaScores().knnAccuracy(), null),
                r == null ? later : Formats.score(r.metrics().latent().knnAccuracy())));
        // The test rows' only, as every score above: "train / test" in both columns made the table too wide for
        // the loss chart beside it in a 1000 px window, a row each too tall (the loss chart has the train curve;
        // report.json and metrics.csv have both).
        Report.Reconstruction pcaMse = b == null ? null : b.pcaReconstructionMse();
        rows.add(new MetricRow(
                "Reconstruction MSE (test)",
                pcaMse == null ? (pending ? "…" : "") : mse(pcaMse.test()),
                r == null ? later : mse(r.reconstructionMse().test())));
        TrainingResult t = training.resultProperty().get();
        rows.add(new MetricRow(
                "Dead latent units",
                "",
                t == null || t.latent() == null
                        ? ""
                        : t.latent().deadCount() + " of " + t.latent().width()));
        if (sample != null) {
            // Say what "≈" stands for: which rows the estimate asked about.
            String scope = String.format(
                    Locale.ROOT, "%,d of %,d test rows", sample, b.data().test().rows());
            rows.add(new MetricRow("≈ sampled on", scope, r == null ? "" : scope));
        }
        rows.add(new MetricRow(
                "PCA explained variance",
                b == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * b.explainedVarianceShare(2)),
                ""));
        metrics.setAll(rows);
    }

    /** The original data's width: the data's own, or while it is prepared what the form's source will give. */
    private String originalWidth(Baseline b) {
        if (b != null) {
            return Integer.toString(b.data().features());
        }
        int known = data.formWidth();
        return known > 0 ? Integer.toString(known) : "?";
    }
}
