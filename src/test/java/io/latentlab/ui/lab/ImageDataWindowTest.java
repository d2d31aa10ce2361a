package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.ImageShape;
import io.latentlab.ui.plot.ScatterPlot;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Image data in the window: the plots get the rows' pictures, and View offers thumbnails only for images. */
class ImageDataWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(1000);
    }

    private static CheckMenuItem showImagesItem(FxRobot robot) {
        for (var menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if ("show-images".equals(item.getId())) {
                    return (CheckMenuItem) item;
                }
            }
        }
        throw new AssertionError("no View item to show images");
    }

    @Test
    void thumbnailsAreOfferedForDigitsAndNotForTabularData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        ScatterPlot pca = view.pcaPlot();
        CheckMenuItem item = showImagesItem(robot);
        assertTrue(item.isDisable(), "blobs are not images");
        assertNull(WaitForAsyncUtils.asyncFx(pca::getRowImages).get());

        WaitForAsyncUtils.asyncFx(() -> vm.form().source.set(DataSource.DIGITS)).get();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(item.isDisable());
        assertEquals(
                new ImageShape(8, 8),
                WaitForAsyncUtils.asyncFx(() -> pca.getRowImages().shape()).get());
        assertEquals(pca.getPointCount(), (int)
                WaitForAsyncUtils.asyncFx(() -> pca.getRowImages().rows()).get());

        WaitForAsyncUtils.asyncFx(() -> item.setSelected(true)).get();
        assertTrue(WaitForAsyncUtils.asyncFx(pca::isShowingImages).get());
        assertTrue(view.latentPlot().showImagesProperty().get(), "both plots follow the menu");

        WaitForAsyncUtils.asyncFx(() -> vm.form().source.set(DataSource.BLOBS)).get();
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isDisable());
        assertFalse(WaitForAsyncUtils.asyncFx(pca::isShowingImages).get(), "ignored for tabular data");
    }
}
