package io.latentlab.ui.lab;

import io.latentlab.core.generate.GenerateConfig;
import io.latentlab.core.generate.GeneratedData;
import io.latentlab.core.generate.GeneratedFiles;
import io.latentlab.core.generate.Generator;
import io.latentlab.core.generate.SamplingMode;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.validation.InvalidValueException;
import io.latentlab.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Generate data…: new rows from the finished model's decoder ({@link Generator}, the same as the command line's
 * {@code generate}), saved as CSV (and .npy for images) and, if asked, opened as the lab's data through Open data's
 * own path — which throws the model away with Undo, like any new data.
 */
public final class GenerateViewModel {

    static final FileDialogs.Filter CSV = new FileDialogs.Filter("CSV", "*.csv");

    private final TaskExecutor executor;
    private final LabState state;
    private final ResultsViewModel results;
    private final FilesViewModel files;

    /** How many rows, as typed. */
    public final StringProperty count = new SimpleStringProperty(this, "count", "1000");

    public final ObjectProperty<SamplingMode> mode = new SimpleObjectProperty<>(this, "mode", SamplingMode.PER_CLASS);
    /** The sampling seed, as typed. */
    public final StringProperty seed = new SimpleStringProperty(this, "seed", "0");

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding available;
    private final BooleanBinding canSave;
    private final BooleanBinding canOpen;

    GenerateViewModel(TaskExecutor executor, LabState state, ResultsViewModel results, FilesViewModel files) {
        this.executor = executor;
        this.state = state;
        this.results = results;
        this.files = files;
        available = results.outcomeProperty().isNotNull();
        canSave = available.and(problem.isEmpty()).and(busy.not());
        // A uniform set has the one label "generated"; the lab needs two classes to score, so it is saved only.
        canOpen = canSave.and(Bindings.createBooleanBinding(() -> mode.get() == SamplingMode.PER_CLASS, mode));
        count.addListener((obs, old, now) -> check());
        seed.addListener((obs, old, now) -> check());
        mode.addListener((obs, old, now) -> check());
        results.outcomeProperty().addListener((obs, old, now) -> check());
        check();
    }

    /** True once a finished model is scored (Generate data… is enabled). */
    public BooleanBinding availableProperty() {
        return available;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Saving and opening as data: only per class (a uniform set has a single label). */
    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** What is wrong with the typed values, or "" when they are fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The outcome of the last generation, e.g. "Generated 1000 rows … to gen.csv". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The typed request, or empty (with {@link #problemProperty()} saying why). */
    public Optional<GenerateConfig> request() {
        try {
            int n = Integer.parseInt(count.get().trim());
            long s = Long.parseLong(seed.get().trim());
            return Optional.of(new GenerateConfig(n, mode.get(), s));
        } catch (NumberFormatException | InvalidValueException e) {
            return Optional.empty();
        }
    }

    private void check() {
        problem.set(describeProblem());
    }

    private String describeProblem() {
        try {
            Integer.parseInt(count.get().trim());
        } catch (NumberFormatException e) {
            return "Rows: \"" + count.get() + "\" is not a whole number";
        }
        try {
            Long.parseLong(seed.get().trim());
        } catch (NumberFormatException e) {
            return "Seed: \"" + seed.get() + "\" is not a whole number";
        }
        try {
            new GenerateConfig(Integer.parseInt(count.get().trim()), mode.get(), 0);
        } catch (InvalidValueException e) {
            return "Rows " + e.reason();
        }
        Outcome o = results.outcomeProperty().get();
        if (mode.get() == SamplingMode.PER_CLASS
                && o != null
                && !o.baseline().data().test().hasLabels()) {
            return "The data has no labels: sample uniformly";
        }
        return "";
    }

    /** Asks where to save, then generates; with {@code thenOpen} the saved rows become the lab's data. */
    public void chooseAndSave(boolean thenOpen) {
        if (!canSave.get() || (thenOpen && !canOpen.get())) {
            return;
        }
        files.dialogs()
                .saveFile(thenOpen ? "Save generated rows and open them" : "Save generated rows", "generated.csv", CSV)
                .ifPresent(csv -> save(csv, thenOpen));
    }

    /** Generates the typed number of rows in the background and writes them to {@code csv} (and its .npy). */
    public void save(Path csv, boolean thenOpen) {
        Outcome o = results.outcomeProperty().get();
        GenerateConfig request = request().orElse(null);
        if (o == null || request == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Generating " + request.count() + " rows…");
        executor.execute(
                () -> {
                    GeneratedData g = Generator.generate(o.baseline().data(), o.model(), request);
                    return new Written(g, GeneratedFiles.write(g, csv));
                },
                written -> {
                    busy.set(false);
                    String done = "Generated " + written.data().describe() + " to "
                            + written.files().stream()
                                    .map(p -> String.valueOf(p.getFileName()))
                                    .collect(Collectors.joining(" and "));
                    message.set(done);
                    state.setStatus(done);
                    if (thenOpen) {
                        var shape = written.data().imageShape();
                        files.openData(csv, shape == null ? "" : shape.toString());
                    }
                },
                e -> {
                    busy.set(false);
                    message.set("Could not generate: " + e.getMessage());
                    state.setStatus(message.get());
                });
    }

    private record Written(GeneratedData data, List<Path> files) {}
}
