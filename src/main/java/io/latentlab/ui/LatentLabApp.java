package io.latentlab.ui;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.ui.lab.LabView;
import io.latentlab.ui.lab.LabViewModel;
import io.latentlab.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The lab window. Opens on the {@code recommended} preset with its data and PCA plot shown at once. */
public final class LatentLabApp extends Application {

    private LabViewModel viewModel;
    private LabView view;

    public static void launchWindow(String[] args) {
        Application.launch(LatentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ExperimentConfig initial = Presets.load(Presets.RECOMMENDED);
        viewModel = new LabViewModel(new FxTaskExecutor(), initial);
        viewModel.data().startFromPreset(Presets.RECOMMENDED, initial);
        view = new LabView(viewModel);
        Scene scene = new Scene(view, 1440, 900);
        stage.setTitle("Latent Lab");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(700);
        stage.show();
        viewModel.initialize();
    }

    @Override
    public void stop() {
        // Closing the window cancels training cleanly (within one mini-batch).
        if (view != null) {
            view.stop();
        }
        if (viewModel != null) {
            viewModel.shutdown();
        }
    }
}
