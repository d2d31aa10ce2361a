package io.latentlab.ui.explore;

import io.latentlab.core.explore.Interpolation;
import io.latentlab.core.explore.Reconstruction;
import io.latentlab.ui.plot.MosaicChart;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beside the metrics: what the models make of a point. Decoder — the autoencoder's decode of the latent plot's
 * spot and PCA's inverse transform of the PCA plot's spot, side by side; Row — a test row's original,
 * reconstructions (and noisy input); Between — the interpolation strips. Binds to {@link ExploreViewModel} only.
 */
public final class ExplorePane extends TabPane {

    private final ExploreViewModel vm;
    private final MosaicChart decoder = chart("decoder", "Decoded where you point");
    private final MosaicChart reconstruction = chart("reconstruction", "Reconstruction");
    private final MosaicChart autoencoderLine = chart("interpolation-autoencoder", "Autoencoder");
    private final MosaicChart pcaLine = chart("interpolation-pca", "PCA");
    private final Label error = new Label();
    private final Label ends = new Label();

    public ExplorePane(ExploreViewModel vm, BooleanProperty dark) {
        this.vm = vm;
        setId("explore");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinWidth(140);
        setPrefWidth(380);
        for (MosaicChart c : List.of(decoder, reconstruction, autoencoderLine, pcaLine)) {
            c.darkProperty().bind(dark);
        }
        Tab rowTab = rowTab();
        Tab betweenTab = betweenTab();
        getTabs().addAll(tab("Decoder", decoder), rowTab, betweenTab);
        vm.lastPickProperty()
                .addListener((obs, o, pick) ->
                        getSelectionModel().select(pick.shows() == ExploreViewModel.Shows.ROW ? rowTab : betweenTab));
        vm.decoder().autoencoderProperty().addListener(this::showDecoded);
        vm.decoder().pcaProperty().addListener(this::showDecoded);
        vm.reconstruction().shownProperty().addListener(o -> showReconstruction());
        vm.interpolation().stripsProperty().addListener(o -> showStrips());
        vm.interpolation().firstProperty().addListener(o -> showEnds());
        vm.interpolation().secondProperty().addListener(o -> showEnds());
        vm.lookProperty().addListener(o -> {
            showDecoded(o);
            showReconstruction();
            showStrips();
        });
        showDecoded(null);
        showReconstruction();
        showStrips();
        showEnds();
    }

    private static MosaicChart chart(String id, String title) {
        MosaicChart c = new MosaicChart();
        c.setId(id);
        c.setTitle(title);
        c.setMinSize(100, 80);
        c.setPrefSize(360, 200);
        return c;
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setId(name.toLowerCase(java.util.Locale.ROOT) + "-tab");
        return t;
    }

    private Tab rowTab() {
        TextField row = new TextField();
        row.setId("row-field");
        row.setPromptText("row");
        row.setPrefColumnCount(5);
        row.setMinWidth(40);
        row.setOnAction(e -> vm.reconstruction().pick(row.getText()));
        row.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !row.getText().isBlank()) {
                vm.reconstruction().pick(row.getText());
            }
        });
        vm.reconstruction().shownProperty().addListener((obs, o, s) -> {
            if (s != null && !row.isFocused()) {
                row.setText(Integer.toString(s.row()));
            }
        });
        Label message = new Label();
        message.setId("row-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.reconstruction().messageProperty());
        HBox bar = new HBox(6, fixed("Test row"), row, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        error.setId("reconstruction-error");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(4, bar, reconstruction, error);
        box.setPadding(new Insets(4));
        VBox.setVgrow(reconstruction, Priority.ALWAYS);
        return tab("Row", box);
    }

    private Tab betweenTab() {
        Spinner<Integer> steps = new Spinner<>(
                Interpolation.MIN_STEPS,
                Interpolation.MAX_STEPS,
                vm.interpolation().stepsProperty().get());
        steps.setId("steps");
        steps.setEditable(true);
        steps.setPrefWidth(70);
        steps.setMinWidth(50);
        steps.valueProperty()
                .addListener((obs, o, n) -> vm.interpolation().stepsProperty().set(n));
        ends.setId("interpolation-ends");
        ends.setWrapText(true);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(ends.textProperty()); // the ends' names may be cut in a narrow pane
        ends.setTooltip(whole);
        HBox bar = new HBox(6, fixed("Steps"), steps, ends);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(ends, Priority.ALWAYS);
        VBox box = new VBox(4, bar, autoencoderLine, pcaLine);
        box.setPadding(new Insets(4));
        VBox.setVgrow(autoencoderLine, Priority.ALWAYS);
        VBox.setVgrow(pcaLine, Priority.ALWAYS);
        // Two strips at their least height (a title, a row of tiles and captions) need about 200 px: in a short
        // pane (a 700 px window) the tab scrolls rather than cut the PCA strip off; taller, they share the height.
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("between-scroll");
        scroll.getStyleClass().add("between-scroll"); // one fill (lab.css): the strips repaint while training
        scroll.setFocusTraversable(false);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return tab("Between", scroll);
    }

    private void showDecoded(Observable ignored) {
        List<MosaicChart.Tile> tiles = new ArrayList<>();
        Decoded ae = vm.decoder().autoencoderProperty().get();
        Decoded pca = vm.decoder().pcaProperty().get();
        if (ae != null) {
            tiles.add(new MosaicChart.Tile("autoencoder " + Tiles.code(ae.code()), ae.values()));
        }
        if (pca != null) {
            tiles.add(new MosaicChart.Tile("PCA " + Tiles.code(pca.code()), pca.values()));
        }
        Tiles.show(
                decoder, tiles, Math.max(1, tiles.size()), vm.lookProperty().get(), "Point at a plot to decode there");
    }

    private void showReconstruction() {
        RowReconstruction.Shown s = vm.reconstruction().shownProperty().get();
        if (s == null) {
            reconstruction.setTitle("Reconstruction");
            Tiles.show(reconstruction, List.of(), 1, vm.lookProperty().get(), "Click a point or type a row");
            error.setText("");
            return;
        }
        List<MosaicChart.Tile> tiles = new ArrayList<>();
        tiles.add(new MosaicChart.Tile("original", s.pca().original()));
        Reconstruction ae = s.autoencoder();
        StringBuilder text = new StringBuilder("Reconstruction MSE: ");
        if (ae != null) {
            tiles.add(new MosaicChart.Tile("AE " + Tiles.error(ae.error()), ae.reconstructed()));
            text.append("autoencoder ").append(Tiles.error(ae.error())).append(", ");
            if (ae.noisy() != null) {
                tiles.add(new MosaicChart.Tile("noisy input", ae.noisy()));
                tiles.add(new MosaicChart.Tile("AE of noisy " + Tiles.error(ae.denoisedError()), ae.denoised()));
            }
        }
        tiles.add(new MosaicChart.Tile(
                "PCA " + Tiles.error(s.pca().error()), s.pca().reconstructed()));
        text.append("PCA ").append(Tiles.error(s.pca().error()));
        if (ae != null && ae.noisy() != null) {
            text.append("; from the noisy input (the model's noise, a fixed seed): ")
                    .append(Tiles.error(ae.denoisedError()));
        }
        if (ae == null) {
            text.append(" (train a model for the autoencoder's)");
        }
        reconstruction.setTitle("Test row " + s.row() + (s.className().isEmpty() ? "" : " — " + s.className()));
        Tiles.show(reconstruction, tiles, tiles.size(), vm.lookProperty().get(), "");
        error.setText(text.toString());
    }

    private void showStrips() {
        Interpolator.Strips s = vm.interpolation().stripsProperty().get();
        ExploreLook look = vm.lookProperty().get();
        String hint = "Shift-click A, then B";
        if (s == null) {
            Tiles.show(autoencoderLine, List.of(), 1, look, hint);
            Tiles.show(pcaLine, List.of(), 1, look, hint);
            return;
        }
        showStrip(autoencoderLine, s.autoencoder(), look, "Needs a model and two rows or latent spots");
        showStrip(pcaLine, s.pca(), look, "Needs two rows or PCA spots");
    }

    private static void showStrip(
            MosaicChart chart, io.latentlab.core.data.Matrix steps, ExploreLook look, String empty) {
        if (steps == null) {
            chart.clearTiles(empty);
            return;
        }
        List<MosaicChart.Tile> tiles = Tiles.rows(steps, "");
        List<MosaicChart.Tile> captioned = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            String caption = i == 0 ? "A" : i == tiles.size() - 1 ? "B" : "";
            captioned.add(new MosaicChart.Tile(caption, tiles.get(i).values()));
        }
        Tiles.show(chart, captioned, captioned.size(), look, empty);
    }

    /** A field's name, which keeps its width when the pane is narrow (it read "St…"). */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void showEnds() {
        Interpolator.End a = vm.interpolation().firstProperty().get();
        Interpolator.End b = vm.interpolation().secondProperty().get();
        ends.setText(
                a == null
                        ? "Shift-click A, then B"
                        : b == null
                                ? "A: " + a.describe() + "; shift-click B"
                                : "A: " + a.describe() + ", B: " + b.describe());
    }
}
