package io.latentlab.ui;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.ui.lab.LabView;
import io.latentlab.ui.lab.LabViewModel;
import io.latentlab.ui.lab.Phase;
import io.latentlab.ui.plot.PaintWarmUp;
import io.latentlab.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The lab window. Opens where it was left — theme, size, position, recent files, and the last experiment when it
 * still exists — or on the {@code recommended} preset with its data and PCA plot shown at once.
 */
public final class LatentLabApp extends Application {

    /**
     * Off-screen chart pictures painted after start-up, one per pulse, until training starts (PaintWarmUp). 300
     * took the first training run's p99 frame time from 29-35 ms to 14-25 ms; 120 to 19-22 ms.
     */
    private static final int WARM_UP_PICTURES = 300;

    private LabViewModel viewModel;
    private LabView view;
    private Stage stage;
    private final Path settingsFile = UserSettings.defaultFile();

    public static void launchWindow(String[] args) {
        Application.launch(LatentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        UserSettings settings = UserSettings.load(settingsFile);
        ExperimentConfig initial = Presets.load(Presets.RECOMMENDED);
        viewModel = new LabViewModel(new FxTaskExecutor(), initial);
        viewModel.data().startFromPreset(Presets.RECOMMENDED, initial);
        viewModel
                .files()
                .rememberRecent(settings.recentFiles().stream().map(Path::of).toList());
        view = new LabView(viewModel);
        view.darkProperty().set(settings.dark());
        WindowBounds bounds = WindowBounds.fit(
                settings,
                Screen.getPrimary().getVisualBounds(),
                r -> !Screen.getScreensForRectangle(r).isEmpty());
        Scene scene = new Scene(view, bounds.width(), bounds.height());
        stage.setTitle("Latent Lab");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(700);
        if (Double.isFinite(bounds.x())) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.show();
        PaintWarmUp warmUp = PaintWarmUp.start(WARM_UP_PICTURES);
        viewModel.state().phaseProperty().addListener((o, was, now) -> {
            if (now == Phase.TRAINING) {
                warmUp.stop();
            }
        });
        Path last = settings.lastExperiment() == null ? null : Path.of(settings.lastExperiment());
        if (last != null && Files.isRegularFile(last)) {
            viewModel.files().loadExperiment(last);
        } else {
            viewModel.initialize();
        }
    }

    @Override
    public void stop() {
        if (stage != null && viewModel != null) {
            Path last = viewModel.files().lastExperimentProperty().get();
            new UserSettings(
                            view.darkProperty().get(),
                            stage.getX(),
                            stage.getY(),
                            stage.getWidth(),
                            stage.getHeight(),
                            last == null ? null : last.toString(),
                            viewModel.files().recentFiles().stream()
                                    .map(Path::toString)
                                    .toList())
                    .save(settingsFile);
        }
        // Closing the window cancels training cleanly (within one mini-batch).
        if (view != null) {
            view.stop();
        }
        if (viewModel != null) {
            viewModel.shutdown();
        }
    }
}
