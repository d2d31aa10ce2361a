package io.latentlab.ui.lab;

import io.latentlab.ui.form.FieldHelp;
import io.latentlab.ui.form.FormField;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The parameter panels' building blocks: label/field grids bound to {@link FormField}s, and choice boxes. */
final class FormControls {

    private FormControls() {}

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        // One label width for every grid, so fields line up across the panels' sub-grids.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setPrefWidth(104);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, inputs);
        return g;
    }

    /** Adds a labelled text field with its error line below; returns the next free row. */
    static int addField(GridPane grid, int row, FormField field, ObservableBooleanValue shown) {
        TextField input = new TextField();
        input.setId(field.name() + "-field");
        input.textProperty().bindBidirectional(field.textProperty());
        input.setPrefColumnCount(8);
        Label error = errorLabel(field);
        field.errorProperty().addListener((obs, o, n) -> {
            if (n.isEmpty()) {
                input.getStyleClass().remove("invalid");
            } else if (!input.getStyleClass().contains("invalid")) {
                input.getStyleClass().add("invalid");
            }
        });
        Label label = new Label(field.label());
        label.setLabelFor(input);
        withHelp(FieldHelp.of(field.name()), label, input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 0, row + 1, 2, 1);
        if (shown != null) {
            for (Node n : List.of(label, input)) {
                n.visibleProperty().bind(shown);
                n.managedProperty().bind(n.visibleProperty());
            }
            error.visibleProperty().unbind();
            error.visibleProperty().bind(field.errorProperty().isNotEmpty().and(shown));
        }
        return row + 2;
    }

    /** One field in a grid of its own, shown (and taking space) only while {@code shown} holds. */
    static GridPane fieldGrid(FormField field, ObservableBooleanValue shown) {
        GridPane g = grid();
        addField(g, 0, field, null);
        g.visibleProperty().bind(shown);
        g.managedProperty().bind(g.visibleProperty());
        return g;
    }

    /** Adds a labelled control (e.g. a choice box) with its tooltip; returns the next free row. */
    static int addRow(GridPane grid, int row, String text, String help, Control input) {
        Label label = new Label(text);
        withHelp(help, label, input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        input.setMaxWidth(Double.MAX_VALUE);
        return row + 1;
    }

    /** Adds a labelled choice box bound to {@code property}, with the tooltip {@code helpKey} names. */
    static <T> int choiceRow(
            GridPane grid, int row, String text, String helpKey, ObjectProperty<T> property, List<T> values) {
        return addRow(grid, row, text, FieldHelp.of(helpKey), choice(property, values));
    }

    /** The same tooltip on a field's label and its control, so hovering either explains it. */
    private static void withHelp(String help, Control... controls) {
        if (help.isEmpty()) {
            return;
        }
        for (Control c : controls) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            tip.setShowDelay(Duration.millis(400));
            c.setTooltip(tip);
        }
    }

    /** A line that shows the field's error and takes no space without one. */
    static Label errorLabel(FormField field) {
        Label error = new Label();
        error.textProperty().bind(field.errorProperty());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** A choice box bound both ways to {@code property}, showing enum names in lower case. */
    static <T> ComboBox<T> choice(ObjectProperty<T> property, List<T> values) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.valueProperty().bindBidirectional(property);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null
                        ? ""
                        : value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
