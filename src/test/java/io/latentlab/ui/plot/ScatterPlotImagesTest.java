package io.latentlab.ui.plot;

import static io.latentlab.ui.plot.FxTestSupport.countPixelsNear;
import static io.latentlab.ui.plot.FxTestSupport.onFx;
import static io.latentlab.ui.plot.FxTestSupport.runFx;
import static io.latentlab.ui.plot.FxTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Rows that are images: their pictures in the hover tooltip and as thumbnails in place of the dots. */
@ExtendWith(ApplicationExtension.class)
class ScatterPlotImagesTest {

    private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");
    private static final int ROWS = 400;
    /** The thumbnails' full ink (Color.gray(0.07)); nothing else in a light plot has this grey. */
    private static final Color INK = Color.gray(0.07);

    private ScatterPlot plot;

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot();
        plot.setPrefSize(600, 400);
        stage.setScene(new Scene(new StackPane(plot), 600, 400));
        stage.show();
    }

    /** ROWS points on a 20 x 20 grid, class = row % 4, each an 8x8 image with its left half inked (0..16). */
    private static RowImages showGrid(ScatterPlot plot, boolean withImages) {
        double[] xs = new double[ROWS];
        double[] ys = new double[ROWS];
        int[] labels = new int[ROWS];
        double[] pixels = new double[ROWS * 64];
        for (int i = 0; i < ROWS; i++) {
            xs[i] = i % 20;
            ys[i] = i / 20;
            labels[i] = i % 4;
            for (int p = 0; p < 64; p++) {
                pixels[i * 64 + p] = p % 8 < 4 ? 16 : 0;
            }
        }
        RowImages images = new RowImages(new Matrix(ROWS, 64, pixels), new ImageShape(8, 8));
        plot.setPoints(xs, ys, labels, NAMES);
        plot.setRowImages(withImages ? images : null);
        return images;
    }

    @Test
    void hoveringAnImageRowShowsItsPictureBesideClassAndCoordinates(FxRobot robot) throws Exception {
        runFx(() -> showGrid(plot, true));
        Point2D onRow21 = onFx(() -> plot.localToScreen(plot.dataToLocal(1, 1)));
        robot.moveTo(onRow21);
        assertEquals(21, plot.hoveredIndexProperty().get());
        String text = onFx(plot::getTooltipText);
        assertTrue(text.contains("beta") && text.contains("x = 1.0000") && text.contains("y = 1.0000"), text);
        Node graphic = onFx(plot::tooltipGraphic);
        ImageView view = assertInstanceOf(ImageView.class, graphic);
        // 8 x 8 pixels at 8 screen pixels each, plus a one-pixel frame: crisp whole pixels.
        assertEquals(66, view.getImage().getWidth());
        PixelReader pixels = view.getImage().getPixelReader();
        assertEquals(Color.BLACK, pixels.getColor(1, 30), "left half inked");
        assertEquals(Color.WHITE, pixels.getColor(64, 30), "right half paper");
    }

    @Test
    void tabularRowsKeepATextOnlyTooltip(FxRobot robot) throws Exception {
        runFx(() -> showGrid(plot, false));
        robot.moveTo(onFx(() -> plot.localToScreen(plot.dataToLocal(1, 1))));
        assertTrue(onFx(plot::getTooltipText).contains("beta"));
        assertNull(onFx(plot::tooltipGraphic));
    }

    @Test
    void thumbnailsDrawGreyPixelsAtTheirPointsOnScreenAndInExports() throws Exception {
        runFx(() -> showGrid(plot, true));
        assertEquals(0, countPixelsNear(snapshot(plot), INK, 3), "dots only until asked");

        runFx(() -> plot.showImagesProperty().set(true));
        Image screen = snapshot(plot);
        assertTrue(countPixelsNear(screen, INK, 3) > 5_000, "inked thumbnail pixels");
        // Row 208 (a sampled one) has its thumbnail centred on its point: inked left of it, paper right of it.
        Point2D centre = onFx(() -> plot.dataToLocal(8, 10));
        PixelReader reader = screen.getPixelReader();
        assertTrue(near(reader.getColor((int) centre.getX() - 6, (int) centre.getY()), INK), "ink left of centre");
        assertFalse(near(reader.getColor((int) centre.getX() + 6, (int) centre.getY()), INK), "paper right");

        Image png = onFx(() -> plot.toImage(2));
        assertTrue(countPixelsNear(png, INK, 3) > 4 * 5_000, "the PNG export has the thumbnails");
        String svg = onFx(plot::toSvg);
        assertEquals(ThumbnailLayer.SAMPLE, svg.split("<image ", -1).length - 1, "one embedded picture each");
        assertTrue(svg.contains("xlink:href=\"data:image/png;base64,"));
    }

    @Test
    void thumbnailsAreIgnoredForTabularData() throws Exception {
        runFx(() -> {
            showGrid(plot, false);
            plot.showImagesProperty().set(true);
        });
        assertFalse(onFx(plot::isShowingImages));
        assertEquals(0, countPixelsNear(snapshot(plot), INK, 3));
        assertFalse(onFx(plot::toSvg).contains("<image "));
    }

    @Test
    void aNewFrameOfTheSameImagesKeepsTheCachedPictures() throws Exception {
        Matrix pixels = new Matrix(1, 4, new double[] {0, 1, 2, 3});
        ImageShape shape = new ImageShape(2, 2);
        runFx(() -> {
            plot.setPoints(new double[] {0}, new double[] {0}, null, null);
            plot.setRowImages(new RowImages(pixels, shape));
        });
        RowImages first = onFx(plot::getRowImages);
        runFx(() -> plot.setRowImages(new RowImages(pixels, shape)));
        assertSame(first, onFx(plot::getRowImages), "same matrix: same pictures");
        runFx(() ->
                plot.setRowImages(new RowImages(new Matrix(1, 4, pixels.data().clone()), shape)));
        assertNotSame(first, onFx(plot::getRowImages), "another data set");
    }

    @Test
    void theSampleTakesClassesInTurnsEvenlyThroughEachClass() {
        PointData data = new PointData();
        int n = 3_010;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 10 ? 3 : i % 3; // class 3 has only 10 rows
        }
        double[] zeros = new double[n];
        data.load(zeros, 0, 1, zeros, 0, 1, n, labels, NAMES);
        int[] sample = ThumbnailLayer.sample(data, n);
        assertEquals(ThumbnailLayer.SAMPLE, sample.length);
        int[] perClass = new int[4];
        for (int row : sample) {
            perClass[labels[row]]++;
        }
        assertEquals(10, perClass[3], "a small class gives all its rows");
        assertTrue(Arrays.stream(perClass, 0, 3).allMatch(k -> k >= 96 && k <= 97), Arrays.toString(perClass));
        assertEquals(ThumbnailLayer.SAMPLE, Arrays.stream(sample).distinct().count(), "no row twice");
        assertTrue(Arrays.equals(sample, ThumbnailLayer.sample(data, n)), "deterministic");
    }

    private static boolean near(Color c, Color target) {
        return Math.abs(c.getRed() - target.getRed()) < 0.02
                && Math.abs(c.getGreen() - target.getGreen()) < 0.02
                && Math.abs(c.getBlue() - target.getBlue()) < 0.02;
    }
}
