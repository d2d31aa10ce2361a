package io.latentlab.ui.lab;

import io.latentlab.ui.explore.ExplorePane;
import io.latentlab.ui.plot.LossChart;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Below the plots: the loss curve, the metrics table (PCA against the autoencoder) and the explore panel (decoder,
 * a row's reconstruction, interpolation).
 */
final class ResultsPane extends HBox {

    private static final double ROW_HEIGHT = 21;
    private static final double HEADER_HEIGHT = 25;
    /** The cell's insets plus a little air, so a text never touches the column border. */
    private static final double CELL_PADDING = 11;
    /** Measures texts in the table's font (lab.css: 11 px, so the table fits beside the loss curve at 1000 px). */
    private static final Text MEASURE = new Text();

    static {
        MEASURE.setFont(Font.font(11));
    }

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

        TableView<MetricRow> table = new TableView<>(vm.results().metrics());
        table.setId("metrics");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Measure", MetricRow::measure, ""));
        table.getColumns().add(column("PCA", MetricRow::pca, ""));
        // Room for the widest usual result from the start, so the table and the loss chart beside it do not
        // shift when a run's results fill in (which also repainted the whole window at once).
        table.getColumns().add(column("Autoencoder", MetricRow::latent, "0.00000 / 0.00000"));
        table.setFixedCellSize(ROW_HEIGHT);
        table.setFocusTraversable(false);
        // The table never shrinks below its texts; the loss chart gives way instead (it stays legible narrower).
        fitToTexts(table);
        vm.results().metrics().addListener((ListChangeListener<MetricRow>) change -> fitToTexts(table));
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

    /** What a column shows, and a text it keeps room for whatever it shows. */
    private record ColumnText(Function<MetricRow, String> value, String reserved) {}

    private static TableColumn<MetricRow, String> column(
            String title, Function<MetricRow, String> value, String reserved) {
        TableColumn<MetricRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setUserData(new ColumnText(value, reserved));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** Column widths that show every header and value whole, and a height that shows every row. */
    private static void fitToTexts(TableView<MetricRow> table) {
        double total = 2; // the table's border
        for (TableColumn<MetricRow, ?> c : table.getColumns()) {
            ColumnText text = (ColumnText) c.getUserData();
            double widest = Math.max(headerWidth(c.getText()), textWidth(text.reserved()));
            for (MetricRow row : table.getItems()) {
                widest = Math.max(widest, textWidth(text.value().apply(row)));
            }
            double width = Math.ceil(widest + CELL_PADDING);
            c.setMinWidth(width);
            c.setPrefWidth(width);
            total += width;
        }
        table.setMinWidth(total);
        table.setPrefWidth(total);
        table.setMaxWidth(total);
        double height = HEADER_HEIGHT + table.getItems().size() * ROW_HEIGHT + 2;
        table.setMinHeight(height);
        table.setPrefHeight(height);
    }

    /** Column headers are bold in the default skin, so they are measured bold. */
    private static double headerWidth(String s) {
        MEASURE.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 11));
        double w = textWidth(s);
        MEASURE.setFont(Font.font(11));
        return w + 4;
    }

    private static double textWidth(String s) {
        MEASURE.setText(s == null ? "" : s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
