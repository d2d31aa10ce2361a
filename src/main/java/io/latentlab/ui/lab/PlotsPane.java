package io.latentlab.ui.lab;

import io.latentlab.ui.plot.ClassVisibility;
import io.latentlab.ui.plot.Legend;
import io.latentlab.ui.plot.ScatterPlot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The PCA plot and the latent plot side by side with one legend, and the dead-unit warning. A click in the latent
 * plot asks the results for the decoded point. For image data both plots can draw pictures instead of dots.
 */
final class PlotsPane extends VBox {

    private final ScatterPlot pcaPlot = new ScatterPlot();
    private final ScatterPlot latentPlot = new ScatterPlot();
    private final Legend legend = new Legend();
    private final ClassVisibility visibility = new ClassVisibility();
    private final BooleanProperty showImages = new SimpleBooleanProperty(this, "showImages", false);
    private final ReadOnlyBooleanWrapper imagesAvailable = new ReadOnlyBooleanWrapper(this, "imagesAvailable");
    private Object pcaKey;
    private Object latentKey;

    PlotsPane(LabViewModel vm, BooleanProperty dark) {
        super(6);
        pcaPlot.setId("pca-plot");
        latentPlot.setId("latent-plot");
        pcaPlot.setXLabel("PC 1");
        pcaPlot.setYLabel("PC 2");
        latentPlot.setXLabel("z1");
        latentPlot.setYLabel("z2");
        // One visibility model: hiding a class in the legend hides it in both plots.
        pcaPlot.setClassVisibility(visibility);
        latentPlot.setClassVisibility(visibility);
        legend.setClassVisibility(visibility);
        legend.classNamesProperty().bind(pcaPlot.classNamesProperty());
        legend.setAlignment(Pos.CENTER);
        HBox plots = new HBox(8, pcaPlot, latentPlot);
        for (ScatterPlot plot : new ScatterPlot[] {pcaPlot, latentPlot}) {
            HBox.setHgrow(plot, Priority.ALWAYS);
            plot.setPrefSize(480, 420);
            plot.setMinSize(200, 200);
            plot.darkProperty().bind(dark);
            plot.showImagesProperty().bind(showImages);
        }
        legend.darkProperty().bind(dark);
        VBox.setVgrow(plots, Priority.ALWAYS);
        Label dead = new Label();
        dead.setId("dead-warning");
        dead.textProperty().bind(vm.training().progress().deadUnitWarningProperty());
        dead.getStyleClass().add("warning");
        dead.setWrapText(true);
        dead.visibleProperty()
                .bind(vm.training().progress().deadUnitWarningProperty().isNotEmpty());
        dead.managedProperty().bind(dead.visibleProperty());
        // What no longer matches the plots is said at the top, next to them.
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(vm.state().noticeProperty());
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.visibleProperty().bind(vm.state().noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label stale = new Label("Data settings changed – these plots show the previous data. Regenerate to update.");
        stale.setId("stale-data");
        stale.getStyleClass().add("warning");
        stale.setWrapText(true);
        stale.visibleProperty().bind(vm.data().staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        Label thrownAway = new Label();
        thrownAway.textProperty().bind(vm.undo().offerProperty());
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.setOnAction(e -> vm.undo().undo());
        HBox undoBar = new HBox(8, thrownAway, undo);
        undoBar.setId("undo-bar");
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.getStyleClass().add("notice");
        undoBar.visibleProperty().bind(vm.undo().offerProperty().isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        getChildren().addAll(notice, undoBar, stale, plots, legend, dead);
        setPadding(new Insets(8));
        bind(vm);
    }

    ScatterPlot pcaPlot() {
        return pcaPlot;
    }

    ScatterPlot latentPlot() {
        return latentPlot;
    }

    /** Thumbnails of the rows in both plots instead of dots; ignored unless {@link #imagesAvailableProperty()}. */
    BooleanProperty showImagesProperty() {
        return showImages;
    }

    /** Whether the data shown are images (the PCA plot always shows the current data). */
    ReadOnlyBooleanProperty imagesAvailableProperty() {
        return imagesAvailable.getReadOnlyProperty();
    }

    void resetZoom() {
        pcaPlot.resetView();
        latentPlot.resetView();
    }

    private void bind(LabViewModel vm) {
        ResultsViewModel results = vm.results();
        vm.data().pcaPlotProperty().addListener((obs, o, p) -> show(pcaPlot, p));
        results.latentPlotProperty().addListener((obs, o, p) -> show(latentPlot, p));
        latentPlot.setProbeEnabled(true);
        latentPlot.probeProperty().addListener((obs, o, p) -> {
            if (p != null) {
                results.decodeAt(p.getX(), p.getY());
            }
        });
        results.decodedProperty().addListener((obs, o, d) -> {
            if (d == null) {
                latentPlot.clearProbe();
            }
        });
        pcaPlot.titleProperty().bind(vm.data().pcaTitleProperty());
        latentPlot.titleProperty().bind(results.latentTitleProperty());
        show(pcaPlot, vm.data().pcaPlotProperty().get());
        show(latentPlot, results.latentPlotProperty().get());
    }

    /** Draws {@code p}; new rows (another data key) reset the zoom, and on the PCA plot the hidden classes. */
    private void show(ScatterPlot plot, PlotData p) {
        if (p == null) {
            plot.clear();
            if (plot == latentPlot) {
                latentKey = null; // the next model's coordinates are new, whatever the data
            }
            return;
        }
        boolean newData = !p.dataKey().equals(plot == pcaPlot ? pcaKey : latentKey);
        plot.setPoints(p.xy(), p.labels(), p.classNames());
        plot.setRowImages(p.images());
        plot.setRowNumbers(p.rowNumbers());
        if (plot == pcaPlot) {
            imagesAvailable.set(p.images() != null);
        }
        if (newData) {
            plot.resetView();
            if (plot == pcaPlot) {
                visibility.showAll();
            }
        }
        if (plot == pcaPlot) {
            pcaKey = p.dataKey();
        } else {
            latentKey = p.dataKey();
        }
    }
}
