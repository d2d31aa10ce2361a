package io.latentlab.ui.lab;

import io.latentlab.ui.explore.ExplorePane;
import io.latentlab.ui.plot.LossChart;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Below the plots: the loss curve, the metrics table (PCA against the autoencoder) and the explore panel (decoder,
 * a row's reconstruction, interpolation).
 */
final class ResultsPane extends HBox {

    private final LossChart lossChart = new LossChart();

    ResultsPane(LabViewModel vm, BooleanProperty dark) {
        super(8);
        CheckBox log = new CheckBox("Log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(lossChart.logScaleProperty());
        lossChart.setTitle("Reconstruction loss");
        lossChart.setPrefSize(460, 230);
        lossChart.setMinHeight(150);
        lossChart.darkProperty().bind(dark);
        VBox lossBox = new VBox(4, lossChart, log);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(lossBox, Priority.ALWAYS);

        // The autoencoder's column keeps room from the start for the widest usual result and for whatever the PCA
        // column shows in the same row (the sample a score was estimated on), so the table and the loss chart
        // beside it do not shift when a run's results fill in.
        MetricsTable table = new MetricsTable(
                vm.results().metrics(),
                List.of(
                        new MetricsTable.Column("Measure", MetricRow::measure, row -> List.of()),
                        new MetricsTable.Column("PCA", MetricRow::pca, row -> List.of()),
                        new MetricsTable.Column(
                                "Autoencoder", MetricRow::latent, row -> List.of("0.00000 / 0.00000", row.pca()))));
        table.setId("metrics");
        lossChart.setMinWidth(150);
        ExplorePane explore = new ExplorePane(vm.explore(), dark);
        getChildren().addAll(lossBox, table, explore);
        setPadding(new Insets(0, 8, 8, 8));

        vm.training()
                .progress()
                .lossHistoryProperty()
                .addListener((obs, o, h) ->
                        lossChart.setSeries(h.train(), h.count(), h.validation(), h.count(), h.test(), h.count()));
    }

    LossChart lossChart() {
        return lossChart;
    }
}
