package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.ImageShape;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Decoded rows as tiles: one picture for a grid of images, profiles for tabular rows, and what is refused. */
@ExtendWith(ApplicationExtension.class)
class MosaicChartTest {

    private MosaicChart chart;

    @Start
    void start(Stage stage) {
        chart = new MosaicChart();
        chart.setPrefSize(400, 400);
        stage.setScene(new Scene(new StackPane(chart), 400, 400));
        stage.show();
    }

    /** n x n tiles of 4x4 pictures; tile i is fully inked when i is even, blank when odd. */
    private static List<MosaicChart.Tile> checkerTiles(int n) {
        List<MosaicChart.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < n * n; i++) {
            double[] v = new double[16];
            java.util.Arrays.fill(v, i % 2 == 0 ? 1 : 0);
            tiles.add(new MosaicChart.Tile("", v));
        }
        return tiles;
    }

    @Test
    void aGridOfPicturesIsOnePictureOnLatentAxes() throws Exception {
        String svg = WaitForAsyncUtils.asyncFx(() -> {
                    chart.setTiles(checkerTiles(5), 5, new ImageShape(4, 4), 0, 1);
                    chart.setAxes(-2, 2, -1, 1);
                    chart.setTitle("grid");
                    return chart.toSvg();
                })
                .get();
        assertEquals(1, svg.split("<image ", -1).length - 1, "one picture however many tiles");
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> chart.toImage(1)).get();
        // The top-left tile (even: ink) is dark, its neighbour (odd: paper) light.
        AxesFrame f = WaitForAsyncUtils.asyncFx(() -> chart.frame(400, 400)).get();
        double cell = f.plotWidth / 5;
        Color ink = image.getPixelReader().getColor((int) (f.left + cell / 2), (int) (f.top + cell / 2));
        Color paper = image.getPixelReader().getColor((int) (f.left + 1.5 * cell), (int) (f.top + cell / 2));
        assertTrue(ink.getBrightness() < 0.1, "ink " + ink);
        assertTrue(paper.getBrightness() > 0.9, "paper " + paper);
    }

    @Test
    void aLatentUnitThatSpansNothingStillGetsAnAxis() throws Exception {
        // A dead unit, or a latent plot emptied while the grid window is open: once an IllegalArgumentException.
        String svg = WaitForAsyncUtils.asyncFx(() -> {
                    chart.setTiles(checkerTiles(3), 3, new ImageShape(4, 4), 0, 1);
                    chart.setAxes(0, 0, 0.25, 0.25);
                    return chart.toSvg();
                })
                .get();
        assertEquals(1, svg.split("<image ", -1).length - 1);
    }

    @Test
    void captionsWiderThanTheirTilesTakeTwoLinesInsteadOfOverlapping() throws Exception {
        List<String> captions = List.of("original", "AE 0.02899", "noisy input", "AE of noisy 0.01768", "PCA 0.03562");
        String svg = WaitForAsyncUtils.asyncFx(() -> {
                    List<MosaicChart.Tile> tiles = new ArrayList<>();
                    for (String c : captions) {
                        tiles.add(new MosaicChart.Tile(c, new double[16]));
                    }
                    chart.setTiles(tiles, 5, new ImageShape(4, 4), 0, 1);
                    return chart.toSvg();
                })
                .get();
        assertTrue(svg.contains(">AE of noisy<") && svg.contains(">0.01768<"), svg);
        assertTrue(svg.contains(">original<"), "a single word stays one line");
    }

    @Test
    void tilesInAShortWidePaneAreSpacedByTheirCaptions() throws Exception {
        // A row's three tiles in a pane far wider than tall: the tiles are small, their captions wide.
        List<String> captions = List.of("original", "AE 0.004317", "PCA 0.01953");
        String svg = WaitForAsyncUtils.asyncFx(() -> {
                    chart.setMinSize(600, 64);
                    chart.setPrefSize(600, 64);
                    chart.setMaxSize(600, 64);
                    chart.getParent().layout();
                    List<MosaicChart.Tile> tiles = new ArrayList<>();
                    for (String c : captions) {
                        tiles.add(new MosaicChart.Tile(c, new double[16]));
                    }
                    chart.setTiles(tiles, 3, new ImageShape(4, 4), 0, 1);
                    chart.getParent().layout();
                    return chart.toSvg();
                })
                .get();
        assertTrue(svg.contains("height=\"64"), "a pane 64 px high: " + svg.substring(0, 200));
        double[] centres = new double[captions.size()];
        for (int i = 0; i < captions.size(); i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "<text x=\"([0-9.]+)\"[^>]*>" + java.util.regex.Pattern.quote(captions.get(i)) + "<")
                    .matcher(svg);
            assertTrue(m.find(), captions.get(i) + " is drawn on one line: " + svg);
            centres[i] = Double.parseDouble(m.group(1));
        }
        for (int i = 1; i < centres.length; i++) {
            double room = (TextStyle.TICK.width(captions.get(i - 1)) + TextStyle.TICK.width(captions.get(i))) / 2;
            assertTrue(
                    centres[i] - centres[i - 1] >= room,
                    captions.get(i - 1) + " and " + captions.get(i) + " overlap: centres " + centres[i - 1] + ", "
                            + centres[i]);
        }
    }

    @Test
    void tabularRowsAreProfilesWithCaptions() throws Exception {
        String svg = WaitForAsyncUtils.asyncFx(() -> {
                    chart.setTiles(
                            List.of(
                                    new MosaicChart.Tile("original", new double[] {0, 0.5, 1}),
                                    new MosaicChart.Tile("AE 0.01", new double[] {0.1, 0.4, 0.9})),
                            2,
                            null,
                            0,
                            1);
                    return chart.toSvg();
                })
                .get();
        assertTrue(svg.contains("original") && svg.contains("AE 0.01"), "captions under the tiles");
        assertEquals(0, svg.split("<image ", -1).length - 1, "profiles are drawn, not pictures");
        assertEquals(false, WaitForAsyncUtils.asyncFx(chart::showsImages).get());
    }

    @Test
    void aPictureOfTheWrongSizeIsRefused() throws Exception {
        Throwable thrown = WaitForAsyncUtils.asyncFx(() -> {
                    try {
                        chart.setTiles(
                                List.of(new MosaicChart.Tile("", new double[15])), 1, new ImageShape(4, 4), 0, 1);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e;
                    }
                })
                .get();
        assertEquals("a 4x4 picture needs 16 values, tile 0 has 15", thrown.getMessage());
        assertThrows(IllegalStateException.class, () -> chart.setTiles(List.of(), 1, null, 0, 1));
    }
}
