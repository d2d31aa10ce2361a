package io.latentlab.ui.lab;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.core.sweep.SeedSweep;
import io.latentlab.core.sweep.SweepCsv;
import io.latentlab.core.sweep.SweepListener;
import io.latentlab.core.sweep.SweepResult;
import io.latentlab.core.sweep.SweepRow;
import io.latentlab.core.validation.InvalidValueException;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Seed sweep…: K model seeds of the current settings or of a preset, trained one after another in the background
 * through the pipeline ({@link SeedSweep}, the same as the command line's {@code sweep}), with progress and
 * Cancel. The summary puts each measure's mean ± std beside PCA's and beside the previous sweep's, so two
 * settings (e.g. {@code notebook} and {@code recommended}) compare in two sweeps.
 */
public final class SweepViewModel {

    /** The choice that sweeps the form's settings rather than a preset. */
    public static final String CURRENT = "current settings";

    /** One line of the summary: a measure, PCA's value, this sweep's and the previous sweep's mean ± std. */
    public record SummaryRow(String measure, String pca, String current, String previous) {}

    private final TaskExecutor executor;
    private final ParameterForm form;
    private final FilesViewModel files;

    public final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target", CURRENT);
    /** How many seeds, as typed. */
    public final StringProperty seedCount = new SimpleStringProperty(this, "seedCount", "5");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<SweepResult> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final ObservableList<SweepRow> seedRows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> summary = FXCollections.observableArrayList();
    private SeedSweep sweep;

    SweepViewModel(TaskExecutor executor, ParameterForm form, FilesViewModel files) {
        this.executor = executor;
        this.form = form;
        this.files = files;
        result.addListener((obs, old, now) -> fillSummary());
        previous.addListener((obs, old, now) -> fillSummary());
    }

    /** What can be swept: the current settings, then the presets. */
    public List<String> targets() {
        List<String> out = new ArrayList<>(List.of(CURRENT));
        out.addAll(Presets.NAMES);
        return out;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 over the whole sweep. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last finished (or cancelled) sweep, or null. */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The sweep before it, shown beside it for comparison, or null. */
    public ReadOnlyObjectProperty<SweepResult> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    /** The seeds of the sweep running or last run, one row each as they finish. */
    public ObservableList<SweepRow> seedRows() {
        return seedRows;
    }

    public ObservableList<SummaryRow> summary() {
        return summary;
    }

    /** Starts a sweep of {@link #target} for the typed number of seeds, from the config's model seed on. */
    public void start() {
        if (running.get()) {
            return;
        }
        String name = target.get();
        ExperimentConfig config = CURRENT.equals(name) ? form.build().orElse(null) : Presets.load(name);
        if (config == null) {
            message.set("Cannot sweep the current settings: "
                    + form.problemProperty().get());
            return;
        }
        SeedSweep next;
        try {
            int k = Integer.parseInt(seedCount.get().trim());
            next = new SeedSweep(
                    name,
                    config,
                    SeedSweep.consecutive(config.autoencoder().training().seed(), k));
        } catch (NumberFormatException e) {
            message.set("Seeds: \"" + seedCount.get() + "\" is not a whole number");
            return;
        } catch (InvalidValueException e) {
            message.set("Seeds " + e.reason());
            return;
        }
        sweep = next;
        running.set(true);
        progress.set(0);
        seedRows.clear();
        message.set("Preparing " + name + "…");
        SweepListener listener = new SweepListener() {
            @Override
            public void progress(double fraction, String text) {
                executor.runOnUiThread(() -> {
                    if (sweep == next && running.get()) {
                        progress.set(fraction);
                        message.set(capitalize(text));
                    }
                });
            }

            @Override
            public void seedFinished(SweepRow row, int done, int total) {
                executor.runOnUiThread(() -> {
                    if (sweep == next) {
                        seedRows.add(row);
                    }
                });
            }
        };
        executor.execute(() -> next.run(listener), done -> finished(next, done), e -> {
            if (sweep == next) {
                running.set(false);
                message.set("The sweep failed: " + e.getMessage());
            }
        });
    }

    /** Stops the sweep at the next mini-batch; the seeds finished so far stay in the table. */
    public void cancel() {
        SeedSweep s = sweep;
        if (s != null && running.get()) {
            s.cancel();
            message.set("Cancelling…");
        }
    }

    private void finished(SeedSweep s, SweepResult done) {
        if (sweep != s) {
            return;
        }
        running.set(false);
        seedRows.setAll(done.seeds());
        if (result.get() != null) {
            previous.set(result.get());
        }
        result.set(done);
        progress.set(done.cancelled() ? progress.get() : 1);
        message.set((done.cancelled() ? "Cancelled: " : "Done: ") + done.seeds().size() + " of "
                + s.seeds().size() + " seeds of " + done.name());
    }

    public void chooseAndExport() {
        if (result.get() == null) {
            return;
        }
        files.dialogs()
                .saveFile("Export the sweep", SweepCsv.FILE_NAME, GenerateViewModel.CSV)
                .ifPresent(this::export);
    }

    public void export(Path file) {
        SweepResult r = result.get();
        try {
            SweepCsv.write(r, file);
            message.set("Wrote " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            message.set("Export failed: " + e.getMessage());
        }
    }

    /** Stops a sweep still running (closing the window). */
    void shutdown() {
        SeedSweep s = sweep;
        if (s != null) {
            s.cancel();
        }
    }

    private void fillSummary() {
        SweepResult now = result.get();
        SweepResult before = previous.get();
        List<SummaryRow> rows = new ArrayList<>();
        if (now != null) {
            for (SweepRow.Measure m : SweepRow.Measure.values()) {
                Double pca = now.pca() == null ? null : now.pca().value(m);
                String pcaText = pca == null
                        ? ""
                        : m == SweepRow.Measure.RECONSTRUCTION_MSE_TEST
                                ? String.format(Locale.ROOT, "%.3g", pca) // as the seeds' spread shows it
                                : Formats.score(pca);
                rows.add(new SummaryRow(m.label(), pcaText, spread(now, m), spread(before, m)));
            }
        }
        summary.setAll(rows);
    }

    /** "0.8123 ± 0.0150" (or the count when seeds miss a value); "" without a sweep or a value. */
    static String spread(SweepResult r, SweepRow.Measure m) {
        SweepResult.Spread s = r == null ? null : r.spread(m);
        if (s == null) {
            return "";
        }
        String f = m == SweepRow.Measure.RECONSTRUCTION_MSE_TEST
                ? "%.3g ± %.2g"
                : m == SweepRow.Measure.DEAD_UNITS ? "%.1f ± %.1f" : "%.4f ± %.4f";
        String text = String.format(Locale.ROOT, f, s.mean(), s.std());
        return s.count() < r.seeds().size() ? text + " (" + s.count() + " seeds)" : text;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
