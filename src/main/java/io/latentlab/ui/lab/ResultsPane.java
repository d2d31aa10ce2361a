package io.latentlab.ui.lab;

import io.latentlab.ui.plot.LossChart;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Below the plots: the loss curve, the metrics table (PCA against the autoencoder) and the decoder panel. */
final class ResultsPane extends HBox {

    private final LossChart lossChart = new LossChart();
    private final DecoderPreview decoder = new DecoderPreview();

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

        TableView<MetricRow> table = new TableView<>(vm.results().metrics());
        table.setId("metrics");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Measure", MetricRow::measure, 230));
        table.getColumns().add(column("PCA", MetricRow::pca, 90));
        table.getColumns().add(column("Autoencoder", MetricRow::latent, 120));
        table.setPrefWidth(460);
        table.setFocusTraversable(false);
        HBox.setHgrow(table, Priority.ALWAYS);
        decoder.setId("decoder");
        getChildren().addAll(lossBox, table, decoder);
        setPadding(new Insets(0, 8, 8, 8));

        vm.training().lossHistoryProperty().addListener((obs, o, h) -> lossChart.setSeries(h.train(), h.count(),
                h.validation(), h.count()));
        vm.results().decodedProperty().addListener((obs, o, d) -> decoder.show(d));
        dark.addListener((obs, o, d) -> decoder.setDark(d));
    }

    LossChart lossChart() {
        return lossChart;
    }

    private static TableColumn<MetricRow, String> column(String title, Function<MetricRow, String> value,
                                                         double width) {
        TableColumn<MetricRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
