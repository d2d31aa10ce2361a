package io.latentlab.ui.lab;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Train/Pause, Step and Reset, and the run's progress: epoch, loss, progress bar, time, why it stopped. A row styled
 * as a tool bar rather than a {@code ToolBar}: that one moved items that did not fit at their preferred width behind
 * an overflow button (a long stop reason did it at 1000 px), where labels only shorten here.
 */
final class TrainingToolBar extends HBox {

    private final Button trainButton = new Button("Train");

    TrainingToolBar(LabState state, TrainingViewModel training) {
        getStyleClass().add("tool-bar"); // the toolkit's look, spacing and alignment of a tool bar
        trainButton.setId("train");
        trainButton
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (state.phaseProperty().get()) {
                            case TRAINING -> "Pause";
                            case PAUSED -> "Resume";
                            default -> "Train";
                        },
                        state.phaseProperty()));
        trainButton.disableProperty().bind(training.canTrainProperty().not());
        trainButton.setOnAction(e -> training.trainOrPause());
        trainButton.setPrefWidth(80);
        trainButton.getStyleClass().add("accent");
        trainButton.setTooltip(new Tooltip("Train, pause or resume (Space)"));
        Button step = new Button("Step");
        step.setId("step");
        step.disableProperty().bind(training.canStepProperty().not());
        step.setOnAction(e -> training.step());
        step.setTooltip(new Tooltip("Train exactly one epoch, then pause"));
        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setOnAction(e -> training.reset());
        reset.setTooltip(new Tooltip("Throw the model away (Ctrl+R)"));

        Label epoch = new Label();
        epoch.setId("epoch");
        epoch.textProperty().bind(training.progress().epochTextProperty());
        epoch.setMinWidth(110);
        Label loss = new Label();
        loss.setId("loss");
        // The factor two between this and the table's reconstruction MSE surprises people; say where it comes from.
        loss.setTooltip(new Tooltip("The training loss as scikit-learn reports it: half the mean squared error"
                + " (plus the small L2 term). The table's reconstruction MSE is the whole mean squared error."));
        loss.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "loss "
                                + Formats.loss(
                                        training.progress().trainLossProperty().get())
                                + (Double.isNaN(training.progress()
                                                .validationLossProperty()
                                                .get())
                                        ? ""
                                        : "   val "
                                                + Formats.loss(training.progress()
                                                        .validationLossProperty()
                                                        .get())),
                        training.progress().trainLossProperty(),
                        training.progress().validationLossProperty()));
        loss.setMinWidth(170);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(training.progress().progressProperty());
        bar.setPrefWidth(140);
        Label left = new Label();
        left.setId("progress-text");
        left.textProperty().bind(training.progress().progressTextProperty());
        left.setMinWidth(150);
        Label reason = new Label();
        reason.setId("stop-reason");
        reason.textProperty().bind(training.progress().stopReasonProperty());
        reason.getStyleClass().add("stop-reason");
        // Buttons and figures keep their words; the long stop reason alone gives way (the status bar has it whole).
        for (javafx.scene.control.Control c :
                new javafx.scene.control.Control[] {trainButton, step, reset, loss, left}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        reason.setMaxWidth(360);
        reason.setMinWidth(60);
        reason.tooltipProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> reason.getText().isEmpty() ? null : new Tooltip(reason.getText()),
                        reason.textProperty()));
        getChildren()
                .addAll(
                        trainButton,
                        step,
                        reset,
                        new Separator(Orientation.VERTICAL),
                        epoch,
                        loss,
                        bar,
                        left,
                        new Separator(Orientation.VERTICAL),
                        reason);
    }

    Button trainButton() {
        return trainButton;
    }
}
