package io.latentlab.ui.lab;

import io.latentlab.ui.explore.ExplorePane;
import io.latentlab.ui.plot.LossChart;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Below the plots: the loss curve, the metrics table (PCA against the autoencoder) and the explore panel (decoder,
 * a row's reconstruction, interpolation), side by side where they fit. In a narrower window the explore panel moves
 * to a tab of its own beside the loss and the scores, rather than squeezing all three below their content.
 */
final class ResultsPane extends StackPane {

    /** The least width the loss chart is given beside the table and the explore panel. */
    private static final double LOSS_WIDTH = 300;

    /** The least width the explore panel is given beside the others: its decoded picture and its tab headers. */
    private static final double EXPLORE_WIDTH = 320;

    private static final double GAP = 8;

    private final LossChart lossChart = new LossChart();
    private final VBox lossBox;
    private final HBox scores = new HBox(GAP);
    private final ExplorePane explore;
    private final MetricsTable table;
    private final Tab scoresTab = new Tab("Loss and scores");
    private final Tab exploreTab = new Tab("Explore");
    private final TabPane tabs = new TabPane(scoresTab, exploreTab);
    private boolean narrow;

    ResultsPane(LabViewModel vm, BooleanProperty dark) {
        CheckBox log = new CheckBox("Log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(lossChart.logScaleProperty());
        lossChart.setTitle("Reconstruction loss");
        lossChart.setPrefSize(460, 230);
        lossChart.setMinHeight(150);
        lossChart.darkProperty().bind(dark);
        lossBox = new VBox(4, lossChart, log);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(lossBox, Priority.ALWAYS);

        // The autoencoder's column keeps room from the start for the widest usual result and for whatever the PCA
        // column shows in the same row (the sample a score was estimated on), so the table and the loss chart
        // beside it do not shift when a run's results fill in.
        table = new MetricsTable(
                vm.results().metrics(),
                List.of(
                        new MetricsTable.Column("Measure", MetricRow::measure, row -> List.of()),
                        new MetricsTable.Column("PCA", MetricRow::pca, row -> List.of()),
                        new MetricsTable.Column(
                                "Autoencoder", MetricRow::latent, row -> List.of("0.00000", row.pca()))));
        table.setId("metrics");
        lossChart.setMinWidth(150);
        explore = new ExplorePane(vm.explore(), dark);
        explore.setMinWidth(EXPLORE_WIDTH);
        lossBox.setMinWidth(LOSS_WIDTH); // side by side; see arrange
        scores.getChildren().addAll(lossBox, table, explore);
        getChildren().add(scores);
        setPadding(new Insets(0, 8, 8, 8));
        tabs.setId("results-tabs");
        scoresTab.setId("scores-tab");
        exploreTab.setId("explore-tab");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The width comes from the window, not from the side-by-side parts' minimums, or it would never go narrow.
        setMinWidth(0);
        widthProperty().addListener((obs, o, w) -> arrange(w.doubleValue()));
        // A row or an end picked on a plot is shown at once, also when the explore panel is in its tab.
        vm.explore().lastPickProperty().addListener((obs, o, pick) -> {
            if (narrow) {
                tabs.getSelectionModel().select(exploreTab);
            }
        });
        // The table widens for some data (a sampled score's row): whether all three fit is decided anew.
        table.widthProperty().addListener((obs, o, w) -> arrange(getWidth()));

        vm.training()
                .progress()
                .lossHistoryProperty()
                .addListener((obs, o, h) ->
                        lossChart.setSeries(h.train(), h.count(), h.validation(), h.count(), h.test(), h.count()));
    }

    LossChart lossChart() {
        return lossChart;
    }

    /** The width the three parts need side by side; the table's is fixed by its content. */
    private double sideBySideWidth() {
        Insets pad = getPadding();
        return LOSS_WIDTH + table.prefWidth(-1) + EXPLORE_WIDTH + 2 * GAP + pad.getLeft() + pad.getRight();
    }

    private void arrange(double width) {
        boolean wantNarrow = width > 0 && width < sideBySideWidth();
        if (wantNarrow == narrow) {
            return;
        }
        narrow = wantNarrow;
        // In its tab the loss chart takes what the table leaves, even in the smallest window.
        lossBox.setMinWidth(narrow ? Region.USE_COMPUTED_SIZE : LOSS_WIDTH);
        if (narrow) {
            scores.getChildren().remove(explore);
            scoresTab.setContent(scores);
            exploreTab.setContent(explore);
            getChildren().setAll(tabs);
        } else {
            scoresTab.setContent(null);
            exploreTab.setContent(null);
            scores.getChildren().add(explore);
            getChildren().setAll(scores);
        }
    }
}
