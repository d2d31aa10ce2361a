package io.latentlab.ui.lab;

import static io.latentlab.ui.lab.FormControls.addField;
import static io.latentlab.ui.lab.FormControls.addRow;
import static io.latentlab.ui.lab.FormControls.choice;
import static io.latentlab.ui.lab.FormControls.choiceRow;
import static io.latentlab.ui.lab.FormControls.errorLabel;
import static io.latentlab.ui.lab.FormControls.fieldGrid;
import static io.latentlab.ui.lab.FormControls.grid;

import io.latentlab.core.ae.Activation;
import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.NoiseType;
import io.latentlab.core.ae.Optimizer;
import io.latentlab.core.ae.StopRule;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.ui.form.FieldHelp;
import io.latentlab.ui.form.FormField;
import io.latentlab.ui.form.ParameterForm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left-hand panels: preset, Data, Architecture (with a drawing of the network) and Training. */
final class ParameterPanel extends ScrollPane {

    private final LabViewModel vm;
    private final ParameterForm f;
    private final NetworkDiagram diagram = new NetworkDiagram();

    ParameterPanel(LabViewModel vm) {
        this.vm = vm;
        this.f = vm.form();
        VBox box = new VBox(
                8,
                presetRow(),
                new TitledPane("Data", dataBox()),
                new TitledPane("Architecture", architecture()),
                new TitledPane("Training", training()),
                problemLine());
        box.setPadding(new Insets(8));
        box.setPrefWidth(300);
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(320);
        getStyleClass().add("parameters");
        WheelScrolling.install(this);
    }

    NetworkDiagram diagram() {
        return diagram;
    }

    private Node presetRow() {
        DataViewModel data = vm.data();
        ComboBox<String> preset = new ComboBox<>(FXCollections.observableArrayList(Presets.NAMES));
        preset.setId("preset");
        // A non-editable combo box shows no prompt once its value was cleared, so the cell says "custom" itself.
        preset.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "custom" : item);
            }
        });
        boolean[] echoing = {false};
        Runnable showChosen = () -> {
            echoing[0] = true; // setting the value fires onAction: this is not the user choosing
            preset.setValue(
                    data.presetProperty().get().isEmpty()
                            ? null
                            : data.presetProperty().get());
            echoing[0] = false;
        };
        data.presetProperty().addListener((obs, o, n) -> showChosen.run());
        showChosen.run();
        preset.setOnAction(e -> {
            if (!echoing[0] && preset.getValue() != null) {
                data.applyPreset(preset.getValue());
            }
        });
        preset.setMaxWidth(Double.MAX_VALUE);
        Label modified = new Label("(modified)");
        modified.setId("preset-modified");
        modified.getStyleClass().add("notice");
        modified.visibleProperty().bind(data.presetModifiedProperty());
        modified.managedProperty().bind(modified.visibleProperty());
        Label label = new Label("Preset");
        label.setMinWidth(Region.USE_PREF_SIZE);
        modified.setMinWidth(Region.USE_PREF_SIZE);
        preset.setMinWidth(100);
        HBox row = new HBox(8, label, preset, modified);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(preset, Priority.ALWAYS);
        return row;
    }

    private Node dataBox() {
        GridPane data = grid();
        ComboBox<DataSource> source = choice(f.source, List.of(DataSource.values()));
        source.setId("source");
        addRow(data, 0, "Source", FieldHelp.of(FieldHelp.SOURCE), source);
        Label file = new Label();
        file.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> f.filePath.get() == null
                                ? "(no file)"
                                : Path.of(f.filePath.get()).getFileName().toString(),
                        f.filePath));
        Button browse = new Button("Open file…");
        browse.setOnAction(e -> vm.files().chooseDataFile());
        HBox fileRow = new HBox(6, browse, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        fileRow.visibleProperty().bind(f.source.isEqualTo(DataSource.FILE));
        fileRow.managedProperty().bind(fileRow.visibleProperty());
        Label fileError = errorLabel(f.dataFile);
        // The blob parameters form their own grid, hidden as a whole for digits and files (no empty rows left).
        GridPane blobGrid = grid();
        int b = 0;
        for (FormField field : List.of(f.samples, f.features, f.clusters, f.clusterStd, f.centerBox, f.dataSeed)) {
            b = addField(blobGrid, b, field, null);
        }
        blobGrid.visibleProperty().bind(f.source.isEqualTo(DataSource.BLOBS));
        blobGrid.managedProperty().bind(blobGrid.visibleProperty());
        // Fashion-MNIST brings its own split; its training rows can be subsampled. Files may be images. Each field
        // that can hide is a grid of its own: hidden rows of one grid would still leave their gaps.
        GridPane testFraction = fieldGrid(f.testFraction, f.source.isNotEqualTo(DataSource.FASHION_MNIST));
        // Train rows comes first, so the split seed that typing in it reveals appears below, not above.
        GridPane trainRows = fieldGrid(
                f.trainRows, f.source.isEqualTo(DataSource.FASHION_MNIST).or(f.source.isEqualTo(DataSource.FILE)));
        // Fashion-MNIST's split is its own, so there the seed only draws the Train rows subset: shown with one.
        GridPane splitSeed = fieldGrid(
                f.splitSeed,
                f.source
                        .isNotEqualTo(DataSource.FASHION_MNIST)
                        .or(Bindings.createBooleanBinding(
                                () -> !isEmpty(f.trainRows.textProperty().get()), f.trainRows.textProperty())));
        GridPane imageShape = fieldGrid(f.imageShape, f.source.isEqualTo(DataSource.FILE));
        Button regenerate = new Button("Regenerate");
        regenerate.setId("regenerate");
        regenerate.setOnAction(e -> vm.data().regenerate());
        regenerate.disableProperty().bind(f.dataConfigProperty().isNull()); // a bad training field is no reason
        GridPane regenerateRow = grid();
        regenerateRow.add(regenerate, 1, 0);
        // 8 px apart, as the rows of one grid are (4 px to the field's error line, 4 px past it).
        VBox split = new VBox(8, testFraction, trainRows, splitSeed, imageShape, regenerateRow);
        return new VBox(4, data, fileRow, fileError, blobGrid, split);
    }

    private Node architecture() {
        GridPane arch = grid();
        int r = addField(arch, 0, f.encoder, null);
        r = addField(arch, r, f.bottleneck, null);
        r = choiceRow(
                arch, r, "Hidden act.", FieldHelp.HIDDEN_ACTIVATION, f.hiddenActivation, List.of(Activation.values()));
        r = choiceRow(
                arch,
                r,
                "Bottleneck act.",
                FieldHelp.BOTTLENECK_ACTIVATION,
                f.bottleneckActivation,
                List.of(Activation.values()));
        r = choiceRow(
                arch,
                r,
                "Output act.",
                FieldHelp.OUTPUT_ACTIVATION,
                f.outputActivation,
                List.of(Activation.LINEAR, Activation.SIGMOID));
        arch.add(diagram, 0, r, 2, 1);
        f.configProperty().addListener((obs, o, c) -> updateDiagram());
        f.features.textProperty().addListener((obs, o, n) -> updateDiagram());
        vm.data().baselineProperty().addListener((obs, o, n) -> updateDiagram());
        updateDiagram();
        return arch;
    }

    private Node training() {
        GridPane train = grid();
        int r = choiceRow(train, 0, "Optimizer", FieldHelp.OPTIMIZER, f.optimizer, List.of(Optimizer.values()));
        r = addField(train, r, f.learningRate, null);
        // The learning rate reaches a running model when the field is committed, not on every keystroke.
        TextField lr = (TextField) train.lookup("#learningRate-field");
        lr.setOnAction(e -> vm.training().applyLearningRate());
        lr.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.training().applyLearningRate();
            }
        });
        r = addField(train, r, f.batchSize, null);
        r = addField(train, r, f.maxEpochs, null);
        r = addField(train, r, f.alpha, null);
        r = choiceRow(train, r, "Stopping", FieldHelp.STOP_RULE, f.stopRule, List.of(StopRule.values()));
        choiceRow(train, r, "Denoising", FieldHelp.NOISE_TYPE, f.noiseType, List.of(NoiseType.values()));
        GridPane seed = grid();
        addField(seed, 0, f.modelSeed, null);
        // A grid of its own, so that hidden it leaves no gap (see the split fields); 4 px below a choice, 8 below a
        // field.
        GridPane noiseLevel = fieldGrid(f.noiseLevel, f.noiseType.isNotEqualTo(NoiseType.NONE));
        noiseLevel.setPadding(new Insets(0, 0, 4, 0));
        return new VBox(4, train, noiseLevel, seed);
    }

    private Node problemLine() {
        Label problem = new Label();
        problem.textProperty().bind(f.problemProperty());
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        return problem;
    }

    /** Draws the network the form describes; the input width is the blobs' or bundled set's, or the loaded file's. */
    private void updateDiagram() {
        ExperimentConfig config = f.build().orElse(null);
        if (config == null) {
            return;
        }
        int input = vm.data().formWidth();
        if (input == 0) {
            input = vm.data().inputWidth(); // a file: the width of the one loaded (0 before: drawn as "?")
        }
        AutoencoderConfig a = config.autoencoder();
        List<Integer> widths = new ArrayList<>();
        widths.add(input);
        widths.addAll(a.network().encoder());
        int bottleneckAt = widths.size();
        widths.add(a.network().bottleneck());
        widths.addAll(a.effectiveDecoder());
        widths.add(input);
        diagram.setLayers(widths, bottleneckAt);
    }

    /** As the form reads Train rows: empty is all rows; anything else, spaces too, is a subset (or an error). */
    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
