package io.latentlab.ui.explore;

import io.latentlab.ui.plot.MosaicChart;
import io.latentlab.ui.plot.PlotExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Latent grid: the decoded n x n grid as a mosaic over the latent plot's axes, n chosen with a spinner, and
 * PNG/SVG export of what it shows. It decodes only while open; it follows training live.
 */
public final class LatentGridWindow {

    private final LatentGridViewModel grid;
    private final ExploreViewModel explore;
    private final MosaicChart chart = new MosaicChart();
    private final Stage stage = new Stage();

    public LatentGridWindow(ExploreViewModel explore, BooleanProperty dark, Window owner) {
        this.explore = explore;
        this.grid = explore.grid();
        chart.setId("latent-grid");
        chart.setPrefSize(640, 640);
        chart.darkProperty().bind(dark);
        chart.clearTiles("Train a model first: the grid decodes the latent space of the test rows");
        Spinner<Integer> size = new Spinner<>(
                LatentGridViewModel.MIN_SIZE,
                LatentGridViewModel.MAX_SIZE,
                grid.sizeProperty().get());
        size.setId("grid-size");
        size.setEditable(true);
        size.setPrefWidth(75);
        size.valueProperty().addListener((obs, o, n) -> grid.sizeProperty().set(n));
        Button png = new Button("Export PNG…");
        png.setId("grid-png");
        png.setOnAction(e -> chooseAndExport("PNG image", "*.png", "latent-grid.png"));
        Button svg = new Button("Export SVG…");
        svg.setId("grid-svg");
        svg.setOnAction(e -> chooseAndExport("SVG drawing", "*.svg", "latent-grid.svg"));
        Label status = new Label();
        status.setId("grid-status");
        status.textProperty().bind(grid.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Tiles per side"), size, png, svg, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(chart);
        root.setTop(bar);
        root.getStyleClass().add("lab");
        Scene scene = new Scene(root, 700, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setTitle("Latent grid");
        stage.setScene(scene);
        stage.setOnShown(e -> grid.shownProperty().set(true));
        stage.setOnHidden(e -> grid.shownProperty().set(false));
        grid.mosaicProperty().addListener((obs, o, m) -> show(m));
        explore.lookProperty().addListener(o -> show(grid.mosaicProperty().get()));
        show(grid.mosaicProperty().get());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public MosaicChart chart() {
        return chart;
    }

    /** Writes the mosaic as SVG or, by any other name, as a PNG at twice its size; errors name the file. */
    public void write(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            PlotExport.writeSvg(chart.toSvg(), file);
        } else {
            PlotExport.writePng(chart, file);
        }
    }

    private void chooseAndExport(String description, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the latent grid");
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            grid.export(file.toPath(), this::write);
        }
    }

    private void show(LatentGridViewModel.Mosaic m) {
        if (m == null) {
            chart.setTitle("Latent grid");
            chart.clearTiles("Train a model first: the grid decodes the latent space of the test rows");
            return;
        }
        ExploreLook look = explore.lookProperty().get();
        chart.setTiles(Tiles.rows(m.tiles(), ""), m.size(), look.image(), look.lowest(), look.highest());
        if (m.units() == null) {
            chart.clearAxes();
            chart.setXLabel("");
            chart.setYLabel("");
        } else {
            chart.setAxes(
                    m.box().min(m.units().x()),
                    m.box().max(m.units().x()),
                    m.box().min(m.units().y()),
                    m.box().max(m.units().y()));
            chart.setXLabel(m.units().xName());
            chart.setYLabel(m.units().yName());
        }
        chart.setTitle(
                "Latent grid — " + m.size() + " x " + m.size() + (m.epochs() > 0 ? ", epoch " + m.epochs() : ""));
    }
}
