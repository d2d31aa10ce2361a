package io.latentlab.ui.lab;

import io.latentlab.ui.explore.LatentGridWindow;
import io.latentlab.ui.plot.CanvasChart;
import io.latentlab.ui.plot.LossChart;
import io.latentlab.ui.plot.PlotExport;
import io.latentlab.ui.plot.ScatterPlot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/**
 * The lab window's content, composed of the regions a user sees: menu bar and training tool bar on top, parameter
 * panels on the left, plots and results in the centre, the status bar below. It binds to {@link LabViewModel};
 * every decision lives in the view-models. It also writes its charts as images ({@link PlotImages}).
 */
public final class LabView extends BorderPane implements PlotImages {

    private final LabViewModel vm;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    /** PNG exports at this many times the screen size (File → Export plots). */
    private final javafx.beans.property.IntegerProperty pngScale =
            new javafx.beans.property.SimpleIntegerProperty(this, "pngScale", (int) PlotExport.DEFAULT_PNG_SCALE);

    private final PlotsPane plots;
    private final ResultsPane results;
    private final ParameterPanel parameters;
    private final AnimationTimer pulse;
    private LatentGridWindow latentGrid;

    public LabView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("lab");
        plots = new PlotsPane(vm, dark);
        results = new ResultsPane(vm, dark);
        parameters = new ParameterPanel(vm);
        vm.files()
                .setDialogs(new FxFileDialogs(
                        () -> getScene() == null ? null : getScene().getWindow()));
        TrainingToolBar toolBar = new TrainingToolBar(vm.state(), vm.training());
        setTop(new VBox(
                new LabMenuBar(
                        vm,
                        this,
                        dark,
                        results.lossChart(),
                        plots,
                        pngScale,
                        () -> latentGrid().show(),
                        () -> getScene().getWindow().hide()),
                toolBar));
        setLeft(parameters);
        SplitPane centre = new SplitPane(plots, results);
        centre.setOrientation(Orientation.VERTICAL);
        centre.getStyleClass().add("plots-split");
        centre.setDividerPositions(0.64);
        setCenter(centre);
        setBottom(statusBar());
        vm.state().problemProperty().addListener((obs, old, problem) -> showProblem(problem));
        dark.addListener((obs, o, d) -> {
            parameters.diagram().setDark(d);
            if (getScene() != null) {
                Themes.apply(getScene(), d);
            }
        });
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                Themes.apply(scene, dark.get());
                focusTrainFirst(toolBar.trainButton());
            }
        });
        // Once per frame: publish training progress; the charts redraw at most once per pulse themselves.
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.pulse();
            }
        };
        pulse.start();
    }

    public javafx.beans.property.IntegerProperty pngScaleProperty() {
        return pngScale;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ScatterPlot pcaPlot() {
        return plots.pcaPlot();
    }

    public ScatterPlot latentPlot() {
        return plots.latentPlot();
    }

    public LossChart lossChart() {
        return results.lossChart();
    }

    /** View → Latent grid's window, made on first use. */
    public LatentGridWindow latentGrid() {
        if (latentGrid == null) {
            latentGrid = new LatentGridWindow(
                    vm.explore(), dark, getScene() == null ? null : getScene().getWindow());
        }
        return latentGrid;
    }

    public void stop() {
        pulse.stop();
        if (latentGrid != null) {
            latentGrid.stage().hide();
        }
    }

    /** SVG or a PNG at twice the chart's on-screen size; both with title and class legend, without the probe. */
    @Override
    public void write(Chart chart, Path file) throws IOException {
        CanvasChart node = switch (chart) {
            case PCA -> plots.pcaPlot();
            case LATENT -> plots.latentPlot();
            case LOSS -> results.lossChart();
        };
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            PlotExport.writeSvg(node.toSvg(), file);
        } else {
            PlotExport.writePng(node, file, pngScale.get());
        }
    }

    /** A file that would not open gets a dialog saying why; the status line keeps the same words. */
    private void showProblem(LabState.Problem problem) {
        if (problem == null) {
            return;
        }
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR);
        alert.setTitle("Latent Lab");
        alert.setHeaderText(problem.title());
        alert.setContentText(problem.message());
        alert.getDialogPane().setId("problem-dialog");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (getScene() != null && getScene().getWindow() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.state().statusProperty());
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(100);
        busy.visibleProperty().bind(vm.state().phaseProperty().isEqualTo(Phase.PREPARING));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-preparation");
        cancel.setTooltip(new javafx.scene.control.Tooltip("Stop preparing the data and keep what was shown before"));
        cancel.visibleProperty().bind(busy.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.data().cancelPreparation());
        bar.getRightItems().addAll(undoBar(), busy, cancel);
        return bar;
    }

    /**
     * The offer to bring back a thrown-away model, at the right of the status bar: a bar of its own above the
     * plots pushed them down whenever it came and went.
     */
    private Node undoBar() {
        Label thrownAway = new Label();
        thrownAway.textProperty().bind(vm.undo().offerProperty());
        thrownAway.setMinWidth(Region.USE_PREF_SIZE);
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.setTooltip(new javafx.scene.control.Tooltip("Bring the model back as it was"));
        undo.setOnAction(e -> vm.undo().undo());
        HBox bar = new HBox(8, thrownAway, undo);
        bar.setId("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("notice", "undo-bar");
        bar.visibleProperty().bind(vm.undo().offerProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * Space trains/pauses wherever the focus is, except while typing in a text field. The filter runs before the
     * focus owner sees the key, so a focused button (which would fire on Space) or list never gets it.
     */
    private void installShortcuts(Scene scene) {
        // A press on something that takes no focus (a plot, the table, a label) leaves a text field, as in most
        // applications: the field commits, and the next Space trains instead of replacing its selected text.
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl
                    && !takesFocus(e.getPickResult().getIntersectedNode())) {
                scene.getRoot().requestFocus();
            }
        });
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() != KeyCode.SPACE && !" ".equals(e.getCharacter())) {
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getEventType() == KeyEvent.KEY_PRESSED
                    && vm.training().canTrainProperty().get()) {
                vm.training().trainOrPause();
            }
            e.consume();
        });
    }

    /** True when {@code n} or a control around it takes the focus on a click (a field, a button, a list). */
    private static boolean takesFocus(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.isFocusTraversable()) {
                return true;
            }
        }
        return false;
    }

    /** Start with the focus on Train (once it is enabled), so the first Space trains and nothing else. */
    private void focusTrainFirst(Button train) {
        if (!train.isDisabled()) {
            train.requestFocus();
            return;
        }
        train.disabledProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    train.disabledProperty().removeListener(this);
                    Node focus = getScene() == null ? null : getScene().getFocusOwner();
                    if (!(focus instanceof TextInputControl)) {
                        train.requestFocus();
                    }
                }
            }
        });
    }
}
