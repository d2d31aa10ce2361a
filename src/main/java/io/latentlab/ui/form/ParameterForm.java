package io.latentlab.ui.form;

import io.latentlab.core.ae.Activation;
import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.NetworkConfig;
import io.latentlab.core.ae.NoiseConfig;
import io.latentlab.core.ae.NoiseType;
import io.latentlab.core.ae.Optimizer;
import io.latentlab.core.ae.OptimizerConfig;
import io.latentlab.core.ae.StopRule;
import io.latentlab.core.ae.StoppingConfig;
import io.latentlab.core.ae.TrainingConfig;
import io.latentlab.core.config.BlobsConfig;
import io.latentlab.core.config.DataConfig;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.SplitConfig;
import io.latentlab.core.validation.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The left-hand parameter panels as state: text fields and choices, parsed and validated into an
 * {@link ExperimentConfig} on every change. Fields the window does not show (e.g. Adam's betas) keep the values of
 * the config last loaded, so a loaded experiment is saved back unchanged.
 */
public final class ParameterForm {

    // Data
    public final ObjectProperty<DataSource> source = new SimpleObjectProperty<>(this, "source", DataSource.BLOBS);
    public final ObjectProperty<String> filePath = new SimpleObjectProperty<>(this, "filePath", null);
    public final FormField samples = new FormField("samples", "Samples", "data.blobs.samples");
    public final FormField features = new FormField("features", "Features", "data.blobs.features");
    public final FormField clusters = new FormField("clusters", "Clusters", "data.blobs.clusters");
    public final FormField clusterStd = new FormField("clusterStd", "Cluster std", "data.blobs.clusterStd");
    public final FormField centerBox = new FormField("centerBox", "Center box", "data.blobs.centerBox");
    public final FormField dataSeed = new FormField("seed", "Data seed", "data.blobs.seed");
    public final FormField testFraction = new FormField("testFraction", "Test fraction", "split.testFraction");
    public final FormField splitSeed = new FormField("splitSeed", "Split seed", "split.seed");
    /** Not typed: the file chosen with Open data…; carries the error when the file source has no file. */
    public final FormField dataFile = new FormField("path", "Data file", "data.file.path");

    public final FormField trainRows = new FormField("trainRows", "Train rows", "data.trainRows");
    public final FormField imageShape = new FormField("imageShape", "Image shape", "data.file.imageShape");
    // Architecture
    public final FormField encoder = new FormField("encoder", "Encoder sizes", "autoencoder.network.encoder");
    public final FormField bottleneck = new FormField("bottleneck", "Bottleneck", "autoencoder.network.bottleneck");
    public final ObjectProperty<Activation> hiddenActivation =
            new SimpleObjectProperty<>(this, "hidden", Activation.RELU);
    public final ObjectProperty<Activation> bottleneckActivation =
            new SimpleObjectProperty<>(this, "bn", Activation.LINEAR);
    public final ObjectProperty<Activation> outputActivation =
            new SimpleObjectProperty<>(this, "out", Activation.LINEAR);
    // Training
    public final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer", Optimizer.ADAM);
    public final FormField learningRate =
            new FormField("learningRate", "Learning rate", "autoencoder.training.optimizer.learningRate");
    public final FormField batchSize = new FormField("batchSize", "Batch size", "autoencoder.training.batchSize");
    public final FormField maxEpochs = new FormField("maxEpochs", "Max epochs", "autoencoder.training.maxEpochs");
    public final FormField alpha = new FormField("alpha", "L2 alpha", "autoencoder.training.alpha");
    public final ObjectProperty<StopRule> stopRule =
            new SimpleObjectProperty<>(this, "stopRule", StopRule.TRAINING_LOSS);
    public final ObjectProperty<NoiseType> noiseType = new SimpleObjectProperty<>(this, "noiseType", NoiseType.NONE);
    public final FormField noiseLevel = new FormField("level", "Noise level", "autoencoder.training.noise.level");
    public final FormField modelSeed = new FormField("modelSeed", "Model seed", "autoencoder.training.seed");

    private final List<FormField> all = List.of(
            samples,
            features,
            clusters,
            clusterStd,
            centerBox,
            dataSeed,
            testFraction,
            splitSeed,
            trainRows,
            imageShape,
            encoder,
            bottleneck,
            learningRate,
            batchSize,
            maxEpochs,
            alpha,
            noiseLevel,
            modelSeed);
    // The data file before the image shape: a file setting the form does not show (data.file.delimiter) is its.
    private final List<FormField> errorTargets = java.util.stream.Stream.of(
                    all.stream().takeWhile(f -> f != imageShape),
                    java.util.stream.Stream.of(dataFile),
                    all.stream().dropWhile(f -> f != imageShape))
            .flatMap(s -> s)
            .toList();

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<ExperimentConfig> config = new SimpleObjectProperty<>(this, "config");
    private ExperimentConfig base;
    /** The data part the last validation built, whatever the training fields said. */
    private DataPart lastDataPart;

    private final ReadOnlyObjectWrapper<ExperimentConfig> dataConfig = new ReadOnlyObjectWrapper<>(this, "dataConfig");
    private boolean loading;

    public ParameterForm(ExperimentConfig initial) {
        for (FormField f : all) {
            f.textProperty().addListener((obs, o, n) -> revalidate());
        }
        List.of(
                        source,
                        filePath,
                        hiddenActivation,
                        bottleneckActivation,
                        outputActivation,
                        optimizer,
                        stopRule,
                        noiseType)
                .forEach(p -> p.addListener((obs, o, n) -> revalidate()));
        load(initial);
    }

    public List<FormField> fields() {
        return all;
    }

    /** Shows {@code c} in the fields; what the form does not show is kept for {@link #build()}. */
    public void load(ExperimentConfig c) {
        loading = true;
        try {
            base = c;
            DataConfig d = c.data();
            BlobsConfig b = d.blobs();
            source.set(d.source());
            filePath.set(d.file().path());
            samples.setText(Integer.toString(b.samples()));
            features.setText(Integer.toString(b.features()));
            clusters.setText(Integer.toString(b.clusters()));
            clusterStd.setText(FieldText.joinNumbers(b.clusterStd()));
            centerBox.setText(FieldText.joinNumbers(b.centerBox()));
            dataSeed.setText(Long.toString(b.seed()));
            testFraction.setText(FieldText.number(c.split().testFraction()));
            trainRows.setText(d.trainRows() == null ? "" : Integer.toString(d.trainRows()));
            imageShape.setText(d.file().imageShape() == null ? "" : d.file().imageShape());
            splitSeed.setText(Long.toString(c.split().seed()));
            NetworkConfig n = c.autoencoder().network();
            encoder.setText(
                    String.join(", ", n.encoder().stream().map(String::valueOf).toList()));
            bottleneck.setText(Integer.toString(n.bottleneck()));
            hiddenActivation.set(n.hiddenActivation());
            bottleneckActivation.set(n.bottleneckActivation());
            outputActivation.set(n.outputActivation());
            TrainingConfig t = c.autoencoder().training();
            optimizer.set(t.optimizer().type());
            learningRate.setText(FieldText.number(t.optimizer().learningRate()));
            batchSize.setText(Integer.toString(t.batchSize()));
            maxEpochs.setText(Integer.toString(t.maxEpochs()));
            alpha.setText(FieldText.number(t.alpha()));
            stopRule.set(t.stopping().rule());
            noiseType.set(t.noise().type());
            noiseLevel.setText(FieldText.number(t.noise().level()));
            modelSeed.setText(Long.toString(t.seed()));
        } finally {
            loading = false;
        }
        revalidate();
    }

    /** The config the fields describe, or empty when a field is invalid (its error says why). */
    public Optional<ExperimentConfig> build() {
        return Optional.ofNullable(config.get());
    }

    public ObjectProperty<ExperimentConfig> configProperty() {
        return config;
    }

    /**
     * The form's data settings (data, split) with the loaded experiment's others, whenever the data fields are
     * valid: what the data would be even while a training field is not. Null when a data field is invalid.
     */
    public ReadOnlyObjectProperty<ExperimentConfig> dataConfigProperty() {
        return dataConfig.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /**
     * True when a field that shapes the data and its baseline (data, split, scaling, PCA, metrics) is invalid; a bad
     * training field leaves the data as it is.
     */
    public boolean hasDataProblem() {
        return errorTargets.stream()
                .anyMatch(f -> !f.error().isEmpty()
                        && java.util.stream.Stream.of("data.", "split.", "scaling.", "pca.", "metrics.")
                                .anyMatch(f.path()::startsWith));
    }

    /** The first problem, e.g. "Samples: samples must be between 2 and 2000000, got 1"; empty when valid. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void revalidate() {
        if (loading) {
            return;
        }
        errorTargets.forEach(f -> f.setError(""));
        Map<FormField, String> errors = new LinkedHashMap<>();
        ExperimentConfig built = assemble(errors);
        errors.forEach(FormField::setError);
        if (!errors.isEmpty()) {
            built = null;
            Map.Entry<FormField, String> first = errors.entrySet().iterator().next();
            String message = first.getValue();
            problem.set(
                    message.startsWith(first.getKey().label())
                            ? message
                            : first.getKey().label() + ": " + message);
        } else {
            problem.set("");
        }
        config.set(built);
        dataConfig.set(built != null ? built : DataPart.withLoadedTraining(lastDataPart, base));
        valid.set(built != null);
    }

    private ExperimentConfig assemble(Map<FormField, String> errors) {
        DataPart dataPart = DataPart.assemble(this, base, errors);
        lastDataPart = dataPart;
        boolean dataParsed = errors.isEmpty();
        // A field that does not parse keeps its error and stands in with the loaded value, so the records below
        // still check the other fields: every bad field is marked, not only the first.
        AutoencoderConfig old = base.autoencoder();
        OptimizerConfig oldOpt = old.training().optimizer();
        List<Integer> enc =
                or(FieldText.parseInts(encoder, errors), old.network().encoder());
        Integer bn = or(FieldText.parseInt(bottleneck, errors), old.network().bottleneck());
        Double lr = or(FieldText.parseDouble(learningRate, errors), oldOpt.learningRate());
        Integer batch = or(FieldText.parseInt(batchSize, errors), old.training().batchSize());
        Integer epochs =
                or(FieldText.parseInt(maxEpochs, errors), old.training().maxEpochs());
        Double l2 = or(FieldText.parseDouble(alpha, errors), old.training().alpha());
        Double noise = or(
                FieldText.parseDouble(noiseLevel, errors),
                old.training().noise().level());
        Long mSeed = or(FieldText.parseLong(modelSeed, errors), old.training().seed());
        OptimizerConfig opt = attempt(
                errors,
                "autoencoder.training.optimizer",
                () -> new OptimizerConfig(
                        optimizer.get(),
                        lr,
                        oldOpt.beta1(),
                        oldOpt.beta2(),
                        oldOpt.epsilon(),
                        oldOpt.momentum(),
                        oldOpt.nesterov(),
                        oldOpt.schedule()));
        StoppingConfig oldStop = old.training().stopping();
        StoppingConfig stop = attempt(
                errors,
                "autoencoder.training.stopping",
                () -> new StoppingConfig(
                        stopRule.get(), oldStop.tol(), oldStop.patience(), oldStop.validationFraction()));
        NoiseConfig noiseConfig =
                attempt(errors, "autoencoder.training.noise", () -> new NoiseConfig(noiseType.get(), noise));
        if (opt == null || stop == null || noiseConfig == null) {
            return null;
        }
        // A custom decoder from a loaded file is kept only while the encoder is unchanged.
        List<Integer> decoder =
                old.network().encoder().equals(enc) ? old.network().decoder() : List.of();
        AutoencoderConfig ae = attempt(
                errors,
                "autoencoder",
                () -> old.toBuilder()
                        .layers(enc, bn, decoder)
                        .activations(hiddenActivation.get(), bottleneckActivation.get(), outputActivation.get())
                        .alpha(l2)
                        .optimizer(opt)
                        .batchSize(batch)
                        .maxEpochs(epochs)
                        .stopping(stop)
                        .noise(noiseConfig)
                        .seed(mSeed)
                        .build());
        if (ae == null || !dataParsed) {
            return null;
        }
        DataConfig data = dataPart.data();
        SplitConfig split = dataPart.split();
        ExperimentConfig whole = attempt(
                errors, "", () -> new ExperimentConfig(data, split, base.scaling(), base.pca(), base.metrics(), ae));
        return errors.isEmpty() ? whole : null;
    }

    private static <T> T or(T parsed, T loaded) {
        return parsed != null ? parsed : loaded;
    }

    /** Builds the record at {@code path}; a validation error is pinned on the field its path names. */
    <T> T attempt(Map<FormField, String> errors, String path, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidValueException e) {
            String full = InvalidValueException.join(path, e.path());
            FormField field = blame(full);
            errors.putIfAbsent(field, FieldErrors.inFieldWords(field, full, e));
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.putIfAbsent(blame(path), e.getMessage() == null ? e.toString() : e.getMessage());
            return null;
        }
    }

    /** The field that edits {@code path}; see {@link FieldErrors#blame}. */
    FormField blame(String path) {
        return FieldErrors.blame(errorTargets, path);
    }
}
