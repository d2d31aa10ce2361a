package io.latentlab.ui.lab;

import io.latentlab.core.sweep.SweepResult;
import io.latentlab.core.sweep.SweepRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The window behind Seed sweep…: what to sweep and how many seeds, Start / Cancel / Export CSV…, a progress bar, the
 * summary (mean ± std against PCA and the previous sweep) and the seeds' own rows. It only binds to
 * {@link SweepViewModel}; it is not modal, so the lab stays usable while a sweep runs.
 */
final class SweepDialog {

    private final Stage stage = new Stage(StageStyle.UTILITY);

    SweepDialog(SweepViewModel vm, Window owner, javafx.beans.value.ObservableBooleanValue dark) {
        stage.initOwner(owner);
        stage.setTitle("Seed sweep");
        ChoiceBox<String> target = new ChoiceBox<>(FXCollections.observableArrayList(vm.targets()));
        target.setId("sweep-target");
        target.valueProperty().bindBidirectional(vm.target);
        TextField seeds = new TextField();
        seeds.setId("sweep-seeds");
        seeds.setPrefColumnCount(4);
        seeds.textProperty().bindBidirectional(vm.seedCount);
        Button start = new Button("Start");
        start.setId("sweep-start");
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button export = new Button("Export CSV…");
        export.setId("sweep-export");
        export.disableProperty().bind(vm.resultProperty().isNull().or(vm.runningProperty()));
        export.setOnAction(e -> vm.chooseAndExport());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.hide());
        HBox controls =
                new HBox(8, new Label("Sweep"), target, new Label("seeds"), seeds, start, cancel, export, close);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the tables take the space, not the bar
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("sweep-message");
        message.textProperty().bind(vm.messageProperty());

        VBox root = new VBox(8, controls, bar, message, summaryTable(vm), seedTable(vm));
        root.setPadding(new Insets(12));
        root.setPrefSize(780, 520);
        root.getStyleClass().add("lab");
        Scene scene = new Scene(root);
        Themes.apply(scene, dark.get());
        dark.addListener((obs, old, now) -> Themes.apply(scene, now)); // follows View → Dark theme
        stage.setScene(scene);
    }

    private static TableView<SweepViewModel.SummaryRow> summaryTable(SweepViewModel vm) {
        TableView<SweepViewModel.SummaryRow> table = new TableView<>(vm.summary());
        table.setId("sweep-summary");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(158); // a header and the five measures
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setPlaceholder(new Label("Start a sweep: each measure's mean ± std over the seeds appears here beside"
                + " PCA's, and the previous sweep's beside it"));
        TableColumn<SweepViewModel.SummaryRow, String> current = column("", SweepViewModel.SummaryRow::current);
        current.textProperty().bind(title(vm.resultProperty(), "this sweep"));
        TableColumn<SweepViewModel.SummaryRow, String> previous = column("", SweepViewModel.SummaryRow::previous);
        previous.textProperty().bind(title(vm.previousProperty(), "previous sweep"));
        table.getColumns()
                .setAll(List.of(
                        column("Measure", SweepViewModel.SummaryRow::measure),
                        column("PCA", SweepViewModel.SummaryRow::pca),
                        current,
                        previous));
        return table;
    }

    private static javafx.beans.binding.StringBinding title(ReadOnlyObjectProperty<SweepResult> r, String none) {
        return Bindings.createStringBinding(
                () -> r.get() == null
                        ? none
                        : r.get().name() + ", " + r.get().seeds().size() + " seeds",
                r);
    }

    private static TableView<SweepRow> seedTable(SweepViewModel vm) {
        TableView<SweepRow> table = new TableView<>(vm.seedRows());
        table.setId("sweep-seed-rows");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No seed has finished yet"));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getColumns().add(column("Seed", r -> String.valueOf(r.seed())));
        for (SweepRow.Measure m : SweepRow.Measure.values()) {
            table.getColumns().add(column(shortLabel(m), r -> format(m, r.value(m))));
        }
        table.getColumns().add(column("Epochs", r -> String.valueOf(r.epochs())));
        return table;
    }

    /** The seed table has a column per measure, so its headers are short. */
    private static String shortLabel(SweepRow.Measure m) {
        return switch (m) {
            case SILHOUETTE -> "Silhouette";
            case TRUSTWORTHINESS -> "Trustworthiness";
            case KNN_ACCURACY -> "kNN acc.";
            case RECONSTRUCTION_MSE_TEST -> "MSE (test)";
            case DEAD_UNITS -> "Dead units";
        };
    }

    private static String format(SweepRow.Measure m, Double v) {
        if (v == null) {
            return "n/a";
        }
        return switch (m) {
            case RECONSTRUCTION_MSE_TEST -> String.format(Locale.ROOT, "%.4g", v);
            case DEAD_UNITS -> String.valueOf(v.intValue());
            default -> Formats.score(v);
        };
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    void show() {
        stage.show();
        stage.toFront();
    }
}
