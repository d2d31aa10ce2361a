package io.latentlab.ui.lab;

import io.latentlab.core.ae.Activation;
import io.latentlab.core.ae.NoiseType;
import io.latentlab.core.ae.Optimizer;
import io.latentlab.core.ae.StopRule;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.Presets;
import io.latentlab.ui.form.FormField;
import io.latentlab.ui.form.ParameterForm;
import io.latentlab.ui.plot.Legend;
import io.latentlab.ui.plot.LossChart;
import io.latentlab.ui.plot.PlotExport;
import io.latentlab.ui.plot.ScatterPlot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.StatusBar;

/** The lab window's content. It binds to {@link LabViewModel} and draws; all decisions live in the view-model. */
public final class LabView extends BorderPane {

    private final LabViewModel vm;
    private final ScatterPlot pcaPlot = new ScatterPlot();
    private final ScatterPlot latentPlot = new ScatterPlot();
    private final LossChart lossChart = new LossChart();
    private final Legend legend = new Legend();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final DecoderPreview decoder = new DecoderPreview();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final Button trainButton = new Button("Train");
    private final AnimationTimer pulse;

    public LabView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("lab");
        setTop(new VBox(menuBar(), topBar()));
        setLeft(parameterPanels());
        setCenter(centre());
        setBottom(statusBar());
        bindPlots();
        installShortcuts();
        // Once per frame: publish training progress; the charts redraw at most once per pulse themselves.
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.pulse();
            }
        };
        pulse.start();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ScatterPlot pcaPlot() {
        return pcaPlot;
    }

    public ScatterPlot latentPlot() {
        return latentPlot;
    }

    public LossChart lossChart() {
        return lossChart;
    }

    public void stop() {
        pulse.stop();
    }

    // ---- layout -----------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        MenuItem open = item("_Open data…", null, e -> chooseDataFile());
        MenuItem load = item("_Load experiment…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                e -> chooseAndLoad());
        MenuItem save = item("_Save experiment…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                e -> chooseAndSave());
        Menu plots = new Menu("Export _plots");
        plots.getItems().addAll(
                item("PCA plot as PNG…", null, e -> exportNode(pcaPlot, "pca.png", false)),
                item("PCA plot as SVG…", null, e -> exportNode(pcaPlot, "pca.svg", true)),
                item("Latent plot as PNG…", null, e -> exportNode(latentPlot, "latent.png", false)),
                item("Latent plot as SVG…", null, e -> exportNode(latentPlot, "latent.svg", true)),
                item("Loss chart as PNG…", null, e -> exportNode(lossChart, "loss.png", false)),
                item("Loss chart as SVG…", null, e -> exportNode(lossChart, "loss.svg", true)));
        MenuItem all = item("_Export everything to a folder…", new KeyCodeCombination(KeyCode.E,
                KeyCombination.SHORTCUT_DOWN), e -> chooseFolderAndExportAll());
        MenuItem weightsJson = item("Export weights (_JSON)…", null,
                e -> chooseFile("weights.json", "JSON", "*.json").ifPresent(vm::exportWeightsJson));
        MenuItem weightsNpz = item("Export weights (_NPZ)…", null,
                e -> chooseFile("weights.npz", "NumPy archive", "*.npz").ifPresent(vm::exportWeightsNpz));
        MenuItem latentCsv = item("Export latent _CSV…", null,
                e -> chooseFile("latent.csv", "CSV", "*.csv").ifPresent(vm::exportLatentCsv));
        MenuItem quit = item("_Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                e -> getScene().getWindow().hide());
        file.getItems().addAll(open, new SeparatorMenuItem(), load, save, new SeparatorMenuItem(), plots, weightsJson,
                weightsNpz, latentCsv, all, new SeparatorMenuItem(), quit);

        Menu view = new Menu("_View");
        CheckMenuItem darkItem = new CheckMenuItem("_Dark theme");
        darkItem.selectedProperty().bindBidirectional(dark);
        CheckMenuItem logItem = new CheckMenuItem("_Log-scale loss");
        logItem.selectedProperty().bindBidirectional(lossChart.logScaleProperty());
        MenuItem resetViews = item("Reset plot _zoom", null, e -> {
            pcaPlot.resetView();
            latentPlot.resetView();
        });
        view.getItems().addAll(darkItem, logItem, resetViews);

        Menu train = new Menu("_Training");
        train.getItems().addAll(
                item("Train / Pause\tSpace", null, e -> vm.trainOrPause()),
                item("Step one epoch", null, e -> vm.step()),
                item("_Reset model", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), e -> vm.reset()),
                item("Re_generate data", null, e -> vm.regenerate()));
        return new MenuBar(file, view, train);
    }

    private static MenuItem item(String text, KeyCombination accelerator,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(action);
        return item;
    }

    private ToolBar topBar() {
        trainButton.setId("train");
        trainButton.setDefaultButton(false);
        trainButton.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.phaseProperty().get()) {
            case TRAINING -> "Pause";
            case PAUSED -> "Resume";
            default -> "Train";
        }, vm.phaseProperty()));
        trainButton.disableProperty().bind(vm.canTrainProperty().not());
        trainButton.setOnAction(e -> vm.trainOrPause());
        trainButton.setPrefWidth(80);
        trainButton.getStyleClass().add("accent");
        trainButton.setTooltip(new Tooltip("Train, pause or resume (Space)"));
        Button step = new Button("Step");
        step.setId("step");
        step.disableProperty().bind(vm.canStepProperty().not());
        step.setOnAction(e -> vm.step());
        step.setTooltip(new Tooltip("Train exactly one epoch, then pause"));
        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setOnAction(e -> vm.reset());
        reset.setTooltip(new Tooltip("Throw the model away (Ctrl+R)"));

        Label epoch = new Label();
        epoch.setId("epoch");
        epoch.textProperty().bind(Bindings.createStringBinding(() -> "Epoch " + vm.epochProperty().get(),
                vm.epochProperty()));
        epoch.setMinWidth(80);
        Label loss = new Label();
        loss.setId("loss");
        loss.textProperty().bind(Bindings.createStringBinding(() -> "loss " + fmt(vm.trainLossProperty().get())
                        + (Double.isNaN(vm.validationLossProperty().get()) ? ""
                        : "   val " + fmt(vm.validationLossProperty().get())),
                vm.trainLossProperty(), vm.validationLossProperty()));
        loss.setMinWidth(170);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(140);
        Label left = new Label();
        left.textProperty().bind(vm.timeLeftProperty());
        left.setMinWidth(90);
        Label reason = new Label();
        reason.setId("stop-reason");
        reason.textProperty().bind(vm.stopReasonProperty());
        reason.getStyleClass().add("stop-reason");
        return new ToolBar(trainButton, step, reset, new Separator(Orientation.VERTICAL), epoch, loss, bar, left,
                new Separator(Orientation.VERTICAL), reason);
    }

    private Node parameterPanels() {
        ParameterForm f = vm.form();
        ComboBox<String> preset = new ComboBox<>(FXCollections.observableArrayList(Presets.NAMES));
        preset.setId("preset");
        preset.setValue(Presets.RECOMMENDED);
        preset.setOnAction(e -> {
            if (preset.getValue() != null) {
                vm.applyPreset(preset.getValue());
            }
        });
        preset.setMaxWidth(Double.MAX_VALUE);
        HBox presetRow = new HBox(8, new Label("Preset"), preset);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(preset, Priority.ALWAYS);

        GridPane data = grid();
        int r = 0;
        ComboBox<DataSource> source = choice(f.source, DataSource.values());
        source.setId("source");
        addRow(data, r++, "Source", source, null);
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> f.filePath.get() == null ? "(no file)"
                : Path.of(f.filePath.get()).getFileName().toString(), f.filePath));
        Button browse = new Button("Open file…");
        browse.setOnAction(e -> chooseDataFile());
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
        GridPane splitGrid = grid();
        int sr = addField(splitGrid, 0, f.testFraction, null);
        sr = addField(splitGrid, sr, f.splitSeed, null);
        Button regenerate = new Button("Regenerate");
        regenerate.setId("regenerate");
        regenerate.setOnAction(e -> vm.regenerate());
        regenerate.disableProperty().bind(f.validProperty().not());
        splitGrid.add(regenerate, 1, sr);
        VBox dataBox = new VBox(4, data, fileRow, fileError, blobGrid, splitGrid);

        GridPane arch = grid();
        r = 0;
        r = addField(arch, r, f.encoder, null);
        r = addField(arch, r, f.bottleneck, null);
        addRow(arch, r++, "Hidden act.", choice(f.hiddenActivation, Activation.values()), null);
        addRow(arch, r++, "Bottleneck act.", choice(f.bottleneckActivation, Activation.values()), null);
        addRow(arch, r++, "Output act.", choice(f.outputActivation, Activation.LINEAR, Activation.SIGMOID), null);
        arch.add(diagram, 0, r, 2, 1);
        f.configProperty().addListener((obs, o, c) -> updateDiagram());
        f.features.textProperty().addListener((obs, o, n) -> updateDiagram());
        vm.pcaPlotProperty().addListener((obs, o, n) -> updateDiagram());
        updateDiagram();

        GridPane train = grid();
        r = 0;
        addRow(train, r++, "Optimizer", choice(f.optimizer, Optimizer.values()), null);
        r = addField(train, r, f.learningRate, null);
        // The learning rate reaches a running model when the field is committed, not on every keystroke.
        TextField lr = (TextField) train.lookup("#learningRate-field");
        lr.setOnAction(e -> vm.applyLearningRate());
        lr.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.applyLearningRate();
            }
        });
        r = addField(train, r, f.batchSize, null);
        r = addField(train, r, f.maxEpochs, null);
        r = addField(train, r, f.alpha, null);
        addRow(train, r++, "Stopping", choice(f.stopRule, StopRule.values()), null);
        addRow(train, r++, "Denoising", choice(f.noiseType, NoiseType.values()), null);
        r = addField(train, r, f.noiseLevel, f.noiseType.isNotEqualTo(NoiseType.NONE));
        r = addField(train, r, f.modelSeed, null);

        TitledPane dataPane = new TitledPane("Data", dataBox);
        TitledPane archPane = new TitledPane("Architecture", arch);
        TitledPane trainPane = new TitledPane("Training", train);
        Label problem = new Label();
        problem.textProperty().bind(f.problemProperty());
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        Label notice = new Label();
        notice.textProperty().bind(vm.noticeProperty());
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        VBox box = new VBox(8, presetRow, dataPane, archPane, trainPane, problem, notice);
        box.setPadding(new Insets(8));
        box.setPrefWidth(300);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(320);
        scroll.getStyleClass().add("parameters");
        return scroll;
    }

    private void updateDiagram() {
        List<Integer> widths = new ArrayList<>();
        int input;
        PlotData p = vm.pcaPlotProperty().get();
        ParameterForm f = vm.form();
        try {
            input = f.source.get() == DataSource.BLOBS ? Integer.parseInt(f.features.text()) : -1;
        } catch (NumberFormatException e) {
            input = -1;
        }
        var config = f.build().orElse(null);
        if (config == null) {
            return;
        }
        if (input < 0) {
            input = vm.inputWidth();
        }
        var a = config.autoencoder();
        widths.add(Math.max(1, input));
        widths.addAll(a.network().encoder());
        int bottleneckAt = widths.size();
        widths.add(a.network().bottleneck());
        widths.addAll(a.effectiveDecoder());
        widths.add(Math.max(1, input));
        diagram.setLayers(widths, bottleneckAt);
        if (p == null) {
            return;
        }
    }

    private Node centre() {
        pcaPlot.setId("pca-plot");
        latentPlot.setId("latent-plot");
        pcaPlot.setXLabel("PC 1");
        pcaPlot.setYLabel("PC 2");
        latentPlot.setXLabel("z1");
        latentPlot.setYLabel("z2");
        ObservableSet<Integer> hidden = FXCollections.observableSet();
        pcaPlot.setHiddenClasses(hidden);
        latentPlot.setHiddenClasses(hidden);
        legend.setHiddenClasses(hidden);
        legend.classNamesProperty().bind(pcaPlot.classNamesProperty());
        legend.setAlignment(Pos.CENTER);
        HBox plots = new HBox(8, pcaPlot, latentPlot);
        HBox.setHgrow(pcaPlot, Priority.ALWAYS);
        HBox.setHgrow(latentPlot, Priority.ALWAYS);
        pcaPlot.setPrefSize(480, 420);
        latentPlot.setPrefSize(480, 420);
        pcaPlot.setMinSize(200, 200);
        latentPlot.setMinSize(200, 200);
        VBox.setVgrow(plots, Priority.ALWAYS);
        Label dead = new Label();
        dead.setId("dead-warning");
        dead.textProperty().bind(vm.deadUnitWarningProperty());
        dead.getStyleClass().add("warning");
        dead.setWrapText(true);
        dead.visibleProperty().bind(vm.deadUnitWarningProperty().isNotEmpty());
        dead.managedProperty().bind(dead.visibleProperty());
        VBox top = new VBox(6, plots, legend, dead);
        top.setPadding(new Insets(8));

        CheckBox log = new CheckBox("Log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(lossChart.logScaleProperty());
        lossChart.setTitle("Reconstruction loss");
        lossChart.setPrefSize(460, 230);
        lossChart.setMinHeight(150);
        VBox lossBox = new VBox(4, lossChart, log);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(lossBox, Priority.ALWAYS);

        TableView<MetricRow> table = new TableView<>(vm.metrics());
        table.setId("metrics");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Measure", MetricRow::measure, 230));
        table.getColumns().add(column("PCA", MetricRow::pca, 90));
        table.getColumns().add(column("Autoencoder", MetricRow::latent, 120));
        table.setPrefWidth(460);
        table.setFocusTraversable(false);
        decoder.setId("decoder");
        HBox bottom = new HBox(8, lossBox, table, decoder);
        HBox.setHgrow(table, Priority.ALWAYS);
        bottom.setPadding(new Insets(0, 8, 8, 8));

        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        return split;
    }

    private static TableColumn<MetricRow, String> column(String title,
                                                         java.util.function.Function<MetricRow, String> value,
                                                         double width) {
        TableColumn<MetricRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(100);
        busy.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.PREPARING));
        bar.getRightItems().add(busy);
        return bar;
    }

    private void bindPlots() {
        vm.pcaPlotProperty().addListener((obs, o, p) -> show(pcaPlot, p));
        vm.latentPlotProperty().addListener((obs, o, p) -> show(latentPlot, p));
        // Click in the latent plot: decode that point.
        latentPlot.setProbeEnabled(true);
        latentPlot.probeProperty().addListener((obs, o, p) -> {
            if (p != null) {
                vm.decodeAt(p.getX(), p.getY());
            }
        });
        vm.decodedProperty().addListener((obs, o, d) -> {
            decoder.show(d);
            if (d == null) {
                latentPlot.clearProbe();
            }
        });
        pcaPlot.titleProperty().bind(vm.pcaTitleProperty());
        latentPlot.titleProperty().bind(vm.latentTitleProperty());
        show(pcaPlot, vm.pcaPlotProperty().get());
        show(latentPlot, vm.latentPlotProperty().get());
        vm.lossHistoryProperty().addListener((obs, o, h) -> lossChart.setSeries(h.train(), h.count(),
                h.validation(), h.count()));
        for (var chart : List.of(pcaPlot, latentPlot, lossChart)) {
            chart.darkProperty().bind(dark);
        }
        legend.darkProperty().bind(dark);
        dark.addListener((obs, o, d) -> decoder.setDark(d));
        dark.addListener((obs, o, d) -> {
            diagram.setDark(d);
            if (getScene() != null) {
                Themes.apply(getScene(), d);
            }
        });
    }

    private static void show(ScatterPlot plot, PlotData p) {
        if (p == null) {
            plot.clear();
        } else {
            plot.setPoints(p.xy(), p.labels(), p.classNames());
        }
    }

    private void installShortcuts() {
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene == null) {
                return;
            }
            // Space trains/pauses unless the user is typing in a field.
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                Node focus = scene.getFocusOwner();
                // Space keeps its own meaning in fields, lists, buttons, check boxes and legend entries.
                boolean ownsSpace = focus instanceof javafx.scene.control.TextInputControl
                        || focus instanceof ComboBox<?> || focus instanceof javafx.scene.control.ButtonBase
                        || (focus != null && focus.getStyleClass().contains("legend-entry"));
                if (e.getCode() == KeyCode.SPACE && !ownsSpace) {
                    if (vm.canTrainProperty().get()) {
                        vm.trainOrPause();
                    }
                    e.consume();
                }
            });
            Themes.apply(scene, dark.get());
        });
    }

    // ---- forms ------------------------------------------------------------------------------------------

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        // One label width for every grid, so fields line up across the panels' sub-grids.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setPrefWidth(104);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, inputs);
        return g;
    }

    private static int addField(GridPane grid, int row, FormField field, javafx.beans.value.ObservableBooleanValue shown) {
        TextField input = new TextField();
        input.setId(field.name() + "-field");
        input.textProperty().bindBidirectional(field.textProperty());
        input.setPrefColumnCount(8);
        Label error = errorLabel(field);
        field.errorProperty().addListener((obs, o, n) -> {
            if (n.isEmpty()) {
                input.getStyleClass().remove("invalid");
            } else if (!input.getStyleClass().contains("invalid")) {
                input.getStyleClass().add("invalid");
            }
        });
        Label label = new Label(field.label());
        label.setLabelFor(input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 0, row + 1, 2, 1);
        if (shown != null) {
            for (Node n : List.of(label, input)) {
                n.visibleProperty().bind(shown);
                n.managedProperty().bind(n.visibleProperty());
            }
            error.visibleProperty().unbind();
            error.visibleProperty().bind(field.errorProperty().isNotEmpty().and(shown));
        }
        return row + 2;
    }

    private static Label errorLabel(FormField field) {
        Label error = new Label();
        error.textProperty().bind(field.errorProperty());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static void addRow(GridPane grid, int row, String text, Node input, Object unused) {
        Label label = new Label(text);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        if (input instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
    }

    @SafeVarargs
    private static <T> ComboBox<T> choice(ObjectProperty<T> property, T... values) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.valueProperty().bindBidirectional(property);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    // ---- files ------------------------------------------------------------------------------------------

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseDataFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open data (CSV or NumPy .npy)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files", "*.csv", "*.tsv", "*.txt", "*.gz", "*.npy"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        var file = chooser.showOpenDialog(window());
        if (file != null) {
            vm.openDataFile(file.toPath());
        }
    }

    private void chooseAndLoad() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load experiment");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment JSON", "*.json"));
        var file = chooser.showOpenDialog(window());
        if (file != null) {
            vm.loadExperiment(file.toPath());
        }
    }

    private void chooseAndSave() {
        chooseFile("experiment.json", "Experiment JSON", "*.json").ifPresent(vm::saveExperiment);
    }

    private java.util.Optional<Path> chooseFile(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        var file = chooser.showSaveDialog(window());
        return java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }

    private void exportNode(Node node, String name, boolean svg) {
        chooseFile(name, svg ? "SVG image" : "PNG image", svg ? "*.svg" : "*.png")
                .ifPresent(path -> exportPlot(node, path));
    }

    /** Writes one chart as PNG or SVG (by the file's extension) and reports the outcome in the status bar. */
    public void exportPlot(Node node, Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                PlotExport.writeSvg(((io.latentlab.ui.plot.CanvasChart) node).toSvg(), file);
            } else {
                PlotExport.writePng(node, file);
            }
            vm.reportExport(file, null);
        } catch (IOException | RuntimeException e) {
            vm.reportExport(file, e);
        }
    }

    private void chooseFolderAndExportAll() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export plots, weights and latent CSV to…");
        var dir = chooser.showDialog(window());
        if (dir != null) {
            exportAll(dir.toPath());
        }
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    /**
     * Plots (PNG and SVG), the experiment, and when a model exists its weights (JSON, NPZ) and latent CSV. Every
     * file is tried; the status names each one that failed.
     */
    public void exportAll(Path dir) {
        try {
            io.latentlab.core.io.AtomicFiles.ensureWritableDirectory(dir);
        } catch (IOException e) {
            vm.reportExport(dir, e);
            return;
        }
        java.util.Map<String, Export> files = new java.util.LinkedHashMap<>();
        for (String ext : List.of("png", "svg")) {
            files.put("pca." + ext, p -> exportPlotOrThrow(pcaPlot, p));
            files.put("latent." + ext, p -> exportPlotOrThrow(latentPlot, p));
            files.put("loss." + ext, p -> exportPlotOrThrow(lossChart, p));
        }
        files.put("config.json", vm::writeShownExperiment);
        if (vm.hasModel()) {
            files.put("weights.json", vm::writeWeightsJson);
            files.put("weights.npz", vm::writeWeightsNpz);
            files.put("latent.csv", vm::writeLatentCsv);
        }
        List<String> failed = new ArrayList<>();
        files.forEach((name, export) -> {
            try {
                export.to(dir.resolve(name));
            } catch (IOException | RuntimeException e) {
                failed.add(name + " (" + e.getMessage() + ")");
            }
        });
        if (failed.isEmpty()) {
            vm.reportStatus("Exported " + String.join(", ", files.keySet()) + " to " + dir);
        } else {
            vm.reportStatus("Export to " + dir + " failed for " + String.join("; ", failed));
        }
    }

    private static void exportPlotOrThrow(Node node, Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".svg")) {
            PlotExport.writeSvg(((io.latentlab.ui.plot.CanvasChart) node).toSvg(), file);
        } else {
            PlotExport.writePng(node, file);
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.6f", v);
    }
}
