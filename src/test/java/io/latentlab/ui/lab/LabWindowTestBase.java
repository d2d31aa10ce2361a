package io.latentlab.ui.lab;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.ui.task.FxTaskExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real lab window (headless on Monocle) on a small experiment, for TestFX tests; closed after each test. */
@ExtendWith(ApplicationExtension.class)
abstract class LabWindowTestBase {

    protected LabViewModel vm;
    protected LabView view;
    protected Stage stage;

    /** The experiment the window opens on. */
    abstract ExperimentConfig config();

    double width() {
        return 1200;
    }

    double height() {
        return 760;
    }

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX finds only declared ones). */
    void open(Stage stage) {
        this.stage = stage;
        vm = new LabViewModel(new FxTaskExecutor(), config());
        view = new LabView(vm);
        stage.setScene(new Scene(view, width(), height()));
        stage.show();
        vm.initialize();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> {
            view.stop();
            vm.shutdown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void await(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new TimeoutException("timed out waiting until " + what);
        }
    }

    /** Brings the explore panel forward where a narrow window gives it a tab of its own, as a user would. */
    static void showExplorePanel(org.testfx.api.FxRobot robot) {
        robot.lookup("#explore-tab").tryQuery().ifPresent(robot::clickOn);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    Phase phase() {
        return vm.state().phaseProperty().get();
    }
}
