package io.latentlab.ui.lab;

import io.latentlab.ui.explore.ExploreViewModel;
import io.latentlab.ui.explore.Interpolator;
import io.latentlab.ui.explore.Space;
import io.latentlab.ui.explore.UnitPair;
import io.latentlab.ui.plot.ClassVisibility;
import io.latentlab.ui.plot.Legend;
import io.latentlab.ui.plot.PlotMark;
import io.latentlab.ui.plot.ScatterPlot;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The PCA plot and the latent plot side by side with one legend, and the dead-unit warning. Pointing and clicking
 * in either plot drives the explore features (decoder, reconstruction, interpolation). For image data both plots can draw pictures instead of dots.
 */
final class PlotsPane extends VBox {

    private final ScatterPlot pcaPlot = new ScatterPlot();
    private final ScatterPlot latentPlot = new ScatterPlot();
    private final Legend legend = new Legend();
    private final ClassVisibility visibility = new ClassVisibility();
    private final BooleanProperty showImages = new SimpleBooleanProperty(this, "showImages", false);
    private final ReadOnlyBooleanWrapper imagesAvailable = new ReadOnlyBooleanWrapper(this, "imagesAvailable");
    private final ExploreViewModel explore;
    private final ObservableValue<PlotData> latentShown;
    private final TimelineBar timelineBar;
    private Object pcaKey;
    private Object latentKey;

    PlotsPane(LabViewModel vm, BooleanProperty dark) {
        super(6);
        explore = vm.explore();
        // A timeline frame, while one is chosen, stands in for the latest latent plot.
        TimelineViewModel timeline = vm.timeline();
        ResultsViewModel results = vm.results();
        latentShown = Bindings.createObjectBinding(
                () -> timeline.shownProperty().get() != null
                        ? timeline.shownProperty().get()
                        : results.latentPlotProperty().get(),
                timeline.shownProperty(),
                results.latentPlotProperty());
        timelineBar = new TimelineBar(timeline, latentPlot);
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
        HBox plots = new HBox(8, pcaPlot, latentWithUnits(vm.explore()));
        for (ScatterPlot plot : new ScatterPlot[] {pcaPlot, latentPlot}) {
            HBox.setHgrow(plot == latentPlot ? latentPlot.getParent() : plot, Priority.ALWAYS);
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
        Label stale = new Label();
        stale.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> "Data settings changed – these plots show the previous data. "
                                + (vm.form().dataConfigProperty().get() == null
                                        ? "Correct the marked data field to regenerate."
                                        : vm.form().validProperty().get()
                                                ? "Regenerate or Train to update."
                                                : "Regenerate to update."),
                        vm.form().dataConfigProperty(),
                        vm.form().validProperty()));
        stale.setId("stale-data");
        stale.getStyleClass().add("warning");
        stale.setWrapText(true);
        stale.visibleProperty().bind(vm.data().staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        getChildren().addAll(notice, stale, plots, legend, dead);
        setPadding(new Insets(8));
        bind(vm);
    }

    /**
     * The latent plot with, for a bottleneck of 3, a choice of the pair of units it shows (z1–z2, z1–z3, z2–z3);
     * the scores are the full latent's whichever pair is shown.
     */
    private VBox latentWithUnits(ExploreViewModel explore) {
        ChoiceBox<UnitPair> units = new ChoiceBox<>();
        units.setId("latent-units");
        units.getItems().setAll(explore.pairsProperty().get());
        explore.pairsProperty().addListener((obs, o, pairs) -> {
            units.getItems().setAll(pairs);
            units.setValue(explore.unitsProperty().get());
        });
        units.setValue(explore.unitsProperty().get());
        units.valueProperty().addListener((obs, o, pair) -> explore.showUnits(pair));
        Label label = new Label("Latent units shown");
        HBox bar = new HBox(6, label, units);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> explore.pairsProperty().get().size() > 1, explore.pairsProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        explore.unitsProperty().addListener((obs, o, pair) -> {
            units.setValue(pair);
            latentPlot.setXLabel(pair.xName());
            latentPlot.setYLabel(pair.yName());
            show(latentPlot, latentShown.getValue());
            latentPlot.resetView();
        });
        VBox box = new VBox(4, bar, latentPlot, timelineBar);
        VBox.setVgrow(latentPlot, Priority.ALWAYS);
        return box;
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
        latentShown.addListener((obs, o, p) -> show(latentPlot, p));
        ExploreViewModel explore = vm.explore();
        explore(explore, latentPlot, Space.AUTOENCODER, latentShown);
        explore(explore, pcaPlot, Space.PCA, vm.data().pcaPlotProperty());
        explore.decoder().autoencoderProperty().addListener((obs, o, d) -> {
            if (d == null) {
                latentPlot.clearProbe();
            }
        });
        pcaPlot.titleProperty().bind(vm.data().pcaTitleProperty());
        TimelineViewModel timeline = vm.timeline();
        latentPlot
                .titleProperty()
                .bind(Bindings.when(timeline.shownProperty().isNull())
                        .then(results.latentTitleProperty())
                        .otherwise(Bindings.concat(
                                "Autoencoder latent — ",
                                timeline.labelProperty().map(String::toLowerCase))));
        show(pcaPlot, vm.data().pcaPlotProperty().get());
        show(latentPlot, latentShown.getValue());
    }

    /**
     * Hovering decodes where the mouse is (the explore features coalesce it to once per frame); leaving the plot
     * goes back to the spot last clicked (the ring). A click on a point picks its row for the reconstruction,
     * a shift-click picks an end of the interpolation (a row on a point, else the spot).
     */
    private static void explore(
            ExploreViewModel explore, ScatterPlot plot, Space space, ObservableValue<PlotData> shown) {
        plot.setProbeEnabled(true);
        plot.pointerProperty().addListener((obs, o, p) -> {
            Point2D at = p != null ? p : plot.probeProperty().get();
            if (at != null) {
                explore.decoder().pointAt(space, at.getX(), at.getY());
            }
        });
        plot.probeProperty().addListener((obs, o, p) -> {
            if (p != null) {
                explore.decoder().pointAt(space, p.getX(), p.getY());
            }
        });
        // The interpolation's ends, A and B, marked where this plot shows them (a row wherever it is drawn now).
        Runnable ends = () -> plot.setEnds(
                endIn(
                        space,
                        shown.getValue(),
                        explore.interpolation().firstProperty().get()),
                endIn(
                        space,
                        shown.getValue(),
                        explore.interpolation().secondProperty().get()));
        explore.interpolation().firstProperty().addListener(o -> ends.run());
        explore.interpolation().secondProperty().addListener(o -> ends.run());
        shown.addListener(o -> ends.run());
        // The row picked in either plot is ringed in both, to compare where PCA and the model put it.
        Runnable picked = () -> {
            var row = explore.reconstruction().shownProperty().get();
            PlotData data = shown.getValue();
            plot.setPicked(row == null || data == null ? null : PlotMark.point(data.indexOf(row.row())));
        };
        explore.reconstruction().shownProperty().addListener(o -> picked.run());
        shown.addListener(o -> picked.run());
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || !e.isStillSincePress()) {
                return;
            }
            int point = plot.hoveredIndexProperty().get();
            int row = point < 0 || shown.getValue() == null
                    ? -1
                    : shown.getValue().rowOf(point);
            Point2D at = plot.pointerProperty().get();
            if (e.isShiftDown() && row >= 0) {
                explore.pickEndRow(row);
            } else if (e.isShiftDown() && at != null) {
                explore.pickEndSpot(space, at.getX(), at.getY());
            } else if (row >= 0) {
                explore.pickRow(row);
            }
        });
    }

    /** Where {@code end} lies in this plot: a row at its point, a spot in the plot it was picked in; else null. */
    private static PlotMark endIn(Space space, PlotData shown, Interpolator.End end) {
        if (end == null) {
            return null;
        }
        if (end.row() >= 0) {
            return shown == null ? null : PlotMark.point(shown.indexOf(end.row()));
        }
        return end.space() == space ? PlotMark.at(end.spot()[0], end.spot()[1]) : null;
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
        UnitPair units = explore.unitsProperty().get();
        boolean pair = plot == latentPlot && p.embedding().cols() > Math.max(units.x(), units.y());
        plot.setPoints(
                pair ? PlotCoordinates.columns(p.embedding(), units.x(), units.y()) : p.xy(),
                p.labels(),
                p.classNames());
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
