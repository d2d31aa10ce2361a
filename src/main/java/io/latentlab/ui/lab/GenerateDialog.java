package io.latentlab.ui.lab;

import io.latentlab.core.generate.SamplingMode;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The small window behind Generate data…: rows, per class or uniform, seed, and Save… or Save and open as data….
 * It only binds to {@link GenerateViewModel}; it stays open (not modal), so the plots can be looked at meanwhile.
 */
final class GenerateDialog {

    private final Stage stage = new Stage(StageStyle.UTILITY);

    GenerateDialog(GenerateViewModel vm, Window owner, javafx.beans.value.ObservableBooleanValue dark) {
        stage.initOwner(owner);
        stage.setTitle("Generate data");
        GridPane grid = FormControls.grid();
        TextField count = new TextField();
        count.setId("generate-count");
        count.textProperty().bindBidirectional(vm.count);
        TextField seed = new TextField();
        seed.setId("generate-seed");
        seed.textProperty().bindBidirectional(vm.seed);
        ToggleGroup modes = new ToggleGroup();
        RadioButton perClass = new RadioButton("Per class (a Gaussian fitted to each class)");
        perClass.setId("generate-per-class");
        perClass.setTooltip(new Tooltip("Mean and full covariance of each class's test-row latent points;"
                + " the rows are shared equally among the classes"));
        RadioButton uniform = new RadioButton("Uniform in the latent box");
        uniform.setId("generate-uniform");
        uniform.setTooltip(new Tooltip(
                "Uniform in the bounding box of the test rows' latent points;" + " every row is labelled 'generated'"));
        perClass.setToggleGroup(modes);
        uniform.setToggleGroup(modes);
        (vm.mode.get() == SamplingMode.UNIFORM ? uniform : perClass).setSelected(true);
        modes.selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> vm.mode.set(now == uniform ? SamplingMode.UNIFORM : SamplingMode.PER_CLASS));
        vm.mode.addListener((obs, old, now) -> (now == SamplingMode.UNIFORM ? uniform : perClass).setSelected(true));
        grid.addRow(0, label("Rows", count), count);
        grid.addRow(1, new Label("Sampling"), new VBox(4, perClass, uniform));
        grid.addRow(2, label("Seed", seed), seed);

        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        Label message = new Label();
        message.setId("generate-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        // The window was sized for an empty line: grow it to show the whole outcome.
        message.textProperty().addListener((obs, old, now) -> stage.sizeToScene());
        problem.textProperty().addListener((obs, old, now) -> stage.sizeToScene());
        Button save = new Button("Save…");
        save.setId("generate-save");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.chooseAndSave(false));
        Button open = new Button("Save and open as data…");
        open.setId("generate-open");
        open.disableProperty().bind(vm.canOpenProperty().not());
        open.setOnAction(e -> vm.chooseAndSave(true));
        open.setTooltip(new Tooltip("Saves the rows, then opens them as the lab's data (Undo brings the model back)"));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        VBox root = new VBox(10, grid, problem, new HBox(8, save, open, close), message);
        root.setPadding(new Insets(14));
        root.setPrefWidth(440);
        root.getStyleClass().add("lab");
        Scene scene = new Scene(root);
        Themes.apply(scene, dark.get());
        dark.addListener((obs, old, now) -> Themes.apply(scene, now)); // follows View → Dark theme
        stage.setScene(scene);
    }

    private static Label label(String text, TextField field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    void show() {
        stage.show();
        stage.toFront();
    }
}
