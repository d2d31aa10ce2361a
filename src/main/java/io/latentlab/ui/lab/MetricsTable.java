package io.latentlab.ui.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The metrics table (a measure, its PCA value, its autoencoder value) as a grid of labels. It was a
 * {@code TableView}: when a run's results filled in, its two dozen re-rendered cells made JavaFX give up on dirty
 * regions inside the table's clipped viewport, and the whole window was repainted at once (a pulse of 28-50 ms in
 * software rendering, the worst frame of a short run). A handful of rows needs neither virtual scrolling nor
 * selection; a label that changes its text repaints only itself.
 *
 * <p>The columns are sized to their header, their values and the room each row reserves, so the table does not
 * widen when results arrive (the loss chart beside it would shift), and never cuts a text.
 */
final class MetricsTable extends GridPane {

    /** A label's left and right padding (lab.css: 5 px each) and its 1 px column border. */
    private static final double CELL_PADDING = 11;
    /** Measures texts in the table's font (lab.css: 11 px, so the table fits beside the loss curve at 1000 px). */
    private static final Text MEASURE = new Text();

    private final ObservableList<MetricRow> rows;
    private final List<Column> columns;
    private final List<Label[]> cells = new ArrayList<>();

    /** A column: its header, what it shows of a row, and the texts whose room it keeps in that row from the start. */
    record Column(String title, Function<MetricRow, String> value, Function<MetricRow, List<String>> reserved) {}

    MetricsTable(ObservableList<MetricRow> rows, List<Column> columns) {
        this.rows = rows;
        this.columns = List.copyOf(columns);
        getStyleClass().add("metrics-table");
        for (int c = 0; c < this.columns.size(); c++) {
            Label header = cell(this.columns.get(c).title());
            header.getStyleClass().add("metrics-header");
            add(header, c, 0);
            getColumnConstraints().add(new ColumnConstraints());
        }
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        rows.addListener((ListChangeListener<MetricRow>) change -> refresh());
        refresh();
    }

    /** The labels of row {@code r} (0 = first measure), for tests. */
    List<Label> row(int r) {
        return List.of(cells.get(r));
    }

    /** Shows the rows: reuses the labels there are, so only texts that changed are repainted. */
    private void refresh() {
        while (cells.size() > rows.size()) {
            getChildren().removeAll(cells.remove(cells.size() - 1));
        }
        while (cells.size() < rows.size()) {
            int r = cells.size();
            Label[] line = new Label[columns.size()];
            for (int c = 0; c < line.length; c++) {
                line[c] = cell("");
                if (r % 2 == 1) {
                    line[c].getStyleClass().add("metrics-odd");
                }
                add(line[c], c, r + 1);
            }
            cells.add(line);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells.get(r)[c].setText(columns.get(c).value().apply(rows.get(r)));
            }
        }
        fitColumns();
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("metrics-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Column widths that show every header and value whole. */
    private void fitColumns() {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            double widest = textWidth(column.title(), FontWeight.BOLD);
            for (MetricRow row : rows) {
                widest = Math.max(widest, textWidth(column.value().apply(row), null));
                for (String text : column.reserved().apply(row)) {
                    widest = Math.max(widest, textWidth(text, null));
                }
            }
            double width = Math.ceil(widest + CELL_PADDING);
            ColumnConstraints constraints = getColumnConstraints().get(c);
            constraints.setMinWidth(width);
            constraints.setPrefWidth(width);
            constraints.setMaxWidth(width);
        }
    }

    private static double textWidth(String s, FontWeight weight) {
        MEASURE.setFont(Font.font(null, weight, 11));
        MEASURE.setText(s == null ? "" : s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
