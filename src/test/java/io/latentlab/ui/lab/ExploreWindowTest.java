package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.ui.explore.LatentGridWindow;
import io.latentlab.ui.explore.Space;
import io.latentlab.ui.plot.MosaicChart;
import io.latentlab.ui.plot.ScatterPlot;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Exploring in the real window: decode on hover, a row's reconstruction, the latent grid, interpolation. */
class ExploreWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Small blobs and a denoising model (Gaussian noise), trained for a few epochs. */
    @Override
    ExperimentConfig config() {
        return ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4,"
                + "\"clusterStd\":0.5}},\"autoencoder\":{\"network\":{\"encoder\":[8]},\"training\":{\"maxEpochs\":"
                + "25,\"batchSize\":32,\"stopping\":{\"rule\":\"none\"},"
                + "\"noise\":{\"type\":\"gaussian\",\"level\":0.05}}}}");
    }

    @TempDir
    Path dir;

    private void trainToTheEnd(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        robot.clickOn("#train");
        await(
                "finished",
                () -> phase() == Phase.FINISHED
                        && vm.results().outcomeProperty().get() != null);
    }

    /** The tiles a chart shows (the list is replaced whole on the FX thread, so reading it here is safe). */
    private static List<MosaicChart.Tile> tiles(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(MosaicChart.class).tiles();
    }

    /** The decoder panel's tile for {@code space} ("autoencoder" or "PCA"), or null. */
    private static MosaicChart.Tile decoded(FxRobot robot, String space) {
        return tiles(robot, "#decoder").stream()
                .filter(t -> t.caption().startsWith(space + " ("))
                .findFirst()
                .orElse(null);
    }

    @Test
    void movingTheMouseOverThePlotsDecodesLive(FxRobot robot) throws Exception {
        trainToTheEnd(robot);
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        robot.moveTo(latent).moveBy(-60, -40);
        await("the decoder shows the pointed spot", () -> decoded(robot, "autoencoder") != null);
        double[] first = decoded(robot, "autoencoder").values().clone();
        assertEquals(6, first.length);
        int decodes = vm.explore().decoder().decodeCount();
        robot.moveBy(120, 90);
        await(
                "the decoder follows the mouse",
                () -> !Arrays.equals(first, decoded(robot, "autoencoder").values()));
        // Decoded again for the new spot (coalescing per frame is LabViewModelTest's).
        assertTrue(vm.explore().decoder().decodeCount() > decodes);

        // The PCA plot decodes through PCA's inverse transform, shown beside the autoencoder's decode.
        robot.moveTo("#pca-plot").moveBy(30, 20);
        await("both side by side", () -> decoded(robot, "PCA") != null);
        assertEquals(2, tiles(robot, "#decoder").size());
        assertEquals("autoencoder", tiles(robot, "#decoder").get(0).caption().substring(0, 11));
        assertEquals(6, decoded(robot, "PCA").values().length);
    }

    @Test
    void aTypedRowShowsOriginalReconstructionNoisyInputAndErrors(FxRobot robot) throws Exception {
        trainToTheEnd(robot);
        showExplorePanel(robot);
        robot.clickOn("#row-tab");
        TextField row = robot.lookup("#row-field").queryAs(TextField.class);
        robot.clickOn(row).write("7").type(KeyCode.ENTER);
        await(
                "the row is shown",
                () -> vm.explore().reconstruction().shownProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> captions = tiles(robot, "#reconstruction").stream()
                .map(MosaicChart.Tile::caption)
                .toList();
        assertEquals("original", captions.get(0));
        assertTrue(captions.get(1).startsWith("AE "), captions.toString());
        assertEquals("noisy input", captions.get(2));
        assertTrue(captions.get(3).startsWith("AE of noisy "), captions.toString());
        assertTrue(captions.get(4).startsWith("PCA "), captions.toString());
        var shown = vm.explore().reconstruction().shownProperty().get();
        assertEquals(7, shown.row());
        String error =
                robot.lookup("#reconstruction-error").queryAs(Label.class).getText();
        assertTrue(
                error.contains(String.format(
                        java.util.Locale.ROOT,
                        "autoencoder %.4g",
                        shown.autoencoder().error())),
                error);
        assertTrue(error.contains("PCA"), error);

        // A row that is not a test row is refused with the range.
        robot.doubleClickOn(row).write("999").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Row 999 is not a test row: pick 0 to 59",
                robot.lookup("#row-message").queryAs(Label.class).getText());
    }

    @Test
    void theLatentGridFollowsItsSizeAndExportsPngAndSvg(FxRobot robot) throws Exception {
        trainToTheEnd(robot);
        robot.clickOn("View");
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "latent-grid-item".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(item::fire).get();
        robot.type(KeyCode.ESCAPE);
        LatentGridWindow window = view.latentGrid();
        await("the grid is decoded", () -> window.chart().tiles().size() == 144);
        @SuppressWarnings("unchecked")
        Spinner<Integer> size = (Spinner<Integer>) window.stage().getScene().lookup("#grid-size");
        WaitForAsyncUtils.asyncFx(() -> size.getValueFactory().setValue(5)).get();
        await("a 5 x 5 mosaic", () -> window.chart().tiles().size() == 25);
        assertEquals(5, window.chart().columns());

        Path png = dir.resolve("grid.png");
        Path svg = dir.resolve("grid.svg");
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.explore().grid().export(png, window::write);
                    vm.explore().grid().export(svg, window::write);
                })
                .get();
        assertEquals("Saved " + svg, vm.explore().grid().statusProperty().get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertTrue(image.getWidth() > 200 && image.getHeight() > 200);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(text.contains("Latent grid — 5 x 5"), "the title is in the SVG");

        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        WaitForAsyncUtils.asyncFx(() -> vm.explore().grid().export(blocked.resolve("g.png"), window::write))
                .get();
        assertTrue(vm.explore().grid().statusProperty().get().startsWith("Export failed"));
        WaitForAsyncUtils.asyncFx(() -> window.stage().hide()).get();
        assertFalse(vm.explore().grid().shownProperty().get());
    }

    @Test
    void twoShiftClicksShowTheStepsBetween(FxRobot robot) throws Exception {
        trainToTheEnd(robot);
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        robot.moveTo(latent).moveBy(-80, -60);
        robot.press(KeyCode.SHIFT)
                .clickOn(javafx.scene.input.MouseButton.PRIMARY)
                .release(KeyCode.SHIFT);
        robot.moveBy(150, 110);
        robot.press(KeyCode.SHIFT)
                .clickOn(javafx.scene.input.MouseButton.PRIMARY)
                .release(KeyCode.SHIFT);
        await(
                "eight steps from A to B",
                () -> tiles(robot, "#interpolation-autoencoder").size() == 8);
        // The picks brought the interpolation forward, in its tab of a narrow window too.
        javafx.scene.control.TabPane explore = robot.lookup("#explore").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("Between", explore.getSelectionModel().getSelectedItem().getText());
        robot.lookup("#results-tabs")
                .tryQueryAs(javafx.scene.control.TabPane.class)
                .ifPresent(tabs -> assertEquals(
                        "Explore", tabs.getSelectionModel().getSelectedItem().getText()));
        List<MosaicChart.Tile> strip = tiles(robot, "#interpolation-autoencoder");
        assertEquals("A", strip.get(0).caption());
        assertEquals("B", strip.get(7).caption());
        assertFalse(Arrays.equals(strip.get(0).values(), strip.get(7).values()));
        @SuppressWarnings("unchecked")
        Spinner<Integer> steps = robot.lookup("#steps").queryAs(Spinner.class);
        WaitForAsyncUtils.asyncFx(() -> steps.getValueFactory().setValue(5)).get();
        await("five steps", () -> tiles(robot, "#interpolation-autoencoder").size() == 5);
        assertTrue(robot.lookup("#interpolation-ends")
                .queryAs(Label.class)
                .getText()
                .startsWith("A: "));
    }

    @Test
    void bothEndsAreMarkedOnThePlotsThatShowThem(FxRobot robot) throws Exception {
        trainToTheEnd(robot);
        ScatterPlot pca = robot.lookup("#pca-plot").queryAs(ScatterPlot.class);
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.explore().interpolation().pickRow(3);
                    vm.explore().interpolation().pickRow(7);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D[] onPca =
                WaitForAsyncUtils.asyncFx(pca::markedEnds).get();
        assertEquals(WaitForAsyncUtils.asyncFx(() -> pca.pointAt(3)).get(), onPca[0], "A at row 3's point");
        assertEquals(WaitForAsyncUtils.asyncFx(() -> pca.pointAt(7)).get(), onPca[1], "B at row 7's point");
        javafx.geometry.Point2D[] onLatent =
                WaitForAsyncUtils.asyncFx(latent::markedEnds).get();
        assertTrue(onLatent[0] != null && onLatent[1] != null, "rows are marked in both plots");

        // A spot belongs to the plot it was picked in.
        WaitForAsyncUtils.asyncFx(() -> vm.explore().interpolation().pickSpot(Space.PCA, 0.5, 0.25))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                new javafx.geometry.Point2D(0.5, 0.25),
                WaitForAsyncUtils.asyncFx(pca::markedEnds).get()[0]);
        assertEquals(null, WaitForAsyncUtils.asyncFx(latent::markedEnds).get()[0]);
        assertEquals(null, WaitForAsyncUtils.asyncFx(pca::markedEnds).get()[1], "B is picked next");
    }

    @Test
    void aRowPickedInOnePlotIsRingedInBoth(FxRobot robot) throws Exception {
        trainToTheEnd(robot);
        ScatterPlot pca = robot.lookup("#pca-plot").queryAs(ScatterPlot.class);
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.asyncFx(() -> vm.explore().pickRow(5)).get();
        await(
                "row 5 reconstructed",
                () -> vm.explore().reconstruction().shownProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                WaitForAsyncUtils.asyncFx(() -> pca.pointAt(5)).get(),
                WaitForAsyncUtils.asyncFx(pca::markedEnds).get()[2],
                "ringed at its PCA point");
        assertEquals(
                WaitForAsyncUtils.asyncFx(() -> latent.pointAt(5)).get(),
                WaitForAsyncUtils.asyncFx(latent::markedEnds).get()[2],
                "and at its latent point");
    }
}
