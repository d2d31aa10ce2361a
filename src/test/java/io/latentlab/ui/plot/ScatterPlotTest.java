package io.latentlab.ui.plot;

import static io.latentlab.ui.plot.FxTestSupport.countPixelsNear;
import static io.latentlab.ui.plot.FxTestSupport.onFx;
import static io.latentlab.ui.plot.FxTestSupport.runFx;
import static io.latentlab.ui.plot.FxTestSupport.snapshot;
import static io.latentlab.ui.plot.FxTestSupport.waitForPulses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

@ExtendWith(ApplicationExtension.class)
class ScatterPlotTest {

    private static final int N = 20_000;
    private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");
    /** Well separated cluster centres, one per class. */
    private static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};

    private ScatterPlot plot;
    private Legend legend;
    private final ClassVisibility visibility = new ClassVisibility();

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot();
        plot.setTitle("PCA — silhouette 0.325");
        plot.setXLabel("PC1");
        plot.setYLabel("PC2");
        plot.setPrefSize(600, 400);
        legend = new Legend();
        plot.setClassVisibility(visibility);
        legend.setClassVisibility(visibility);
        legend.classNamesProperty().bind(plot.classNamesProperty());
        stage.setScene(new Scene(new VBox(plot, legend), 600, 440));
        stage.show();
    }

    /** n points in tight clusters around CENTRES; class = row % 4. */
    private static double[][] clusters(int n) {
        Random random = new Random(42);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            int c = i % 4;
            xs[i] = CENTRES[c][0] + random.nextGaussian() * 0.6;
            ys[i] = CENTRES[c][1] + random.nextGaussian() * 0.6;
            labels[i] = c;
        }
        return new double[][] {xs, ys, labels};
    }

    private void showClusters(int n) throws Exception {
        double[][] data = clusters(n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (int) data[2][i];
        }
        runFx(() -> plot.setPoints(data[0], data[1], labels, NAMES));
    }

    @Test
    void twentyThousandPointsAreDrawnInTheirClassColours() throws Exception {
        showClusters(N);
        Image image = snapshot(plot);
        for (int c = 0; c < 4; c++) {
            int matches = countPixelsNear(image, Palette.color(c), 6);
            assertTrue(matches > 50, "class " + c + " colour " + Palette.hex(c) + " found in " + matches + " pixels");
        }
        // Class 4's colour is not used by this data, so it must not appear.
        assertEquals(0, countPixelsNear(image, Palette.color(4), 6));
    }

    @Test
    void manyUpdatesBetweenTwoFramesCostOneRedraw() throws Exception {
        double[][] data = clusters(N);
        waitForPulses(2);
        int before = onFx(plot::redrawCount);
        runFx(() -> {
            for (int frame = 0; frame < 50; frame++) {
                data[0][0] = frame; // the plot copies, so a reused caller array is fine
                plot.setPoints(data[0], data[1], null, null);
                plot.setTitle("epoch " + frame);
            }
        });
        waitForPulses(3);
        assertEquals(before + 1, (int) onFx(plot::redrawCount), "redraws after 50 updates in one pulse");
        assertEquals(N, (int) onFx(plot::getPointCount));
    }

    @Test
    void clickingALegendEntryHidesAndShowsTheClass(FxRobot robot) throws Exception {
        showClusters(N);
        assertEquals(NAMES, onFx(legend::getClassNames));
        robot.clickOn(legend.getChildren().get(1));
        assertEquals(Set.of(1), visibility.hiddenClasses());
        assertTrue(legend.getChildren().get(1).getPseudoClassStates().contains(Legend.HIDDEN));
        Image image = snapshot(plot);
        assertEquals(0, countPixelsNear(image, Palette.color(1), 12), "hidden class still drawn");
        assertTrue(countPixelsNear(image, Palette.color(0), 6) > 50, "other classes must stay");

        robot.clickOn(legend.getChildren().get(1));
        assertTrue(visibility.hiddenClasses().isEmpty());
        assertTrue(countPixelsNear(snapshot(plot), Palette.color(1), 6) > 50);
    }

    @Test
    void hoverShowsRowClassAndCoordinatesOfTheNearestPoint(FxRobot robot) throws Exception {
        double[] xs = {0, 1, 2, 3};
        double[] ys = {0, 1, 0.5, 3};
        int[] labels = {0, 1, 2, 3};
        runFx(() -> plot.setPoints(xs, ys, labels, NAMES));
        Point2D onRow2 = onFx(() -> plot.localToScreen(plot.dataToLocal(2, 0.5)));

        robot.moveTo(onRow2.add(2, 1));
        assertEquals(2, plot.hoveredIndexProperty().get());
        String text = onFx(plot::getTooltipText);
        assertTrue(text.contains("row 2"), text);
        assertTrue(text.contains("gamma"), text);
        assertTrue(text.contains("PC1 = 2.0000") && text.contains("PC2 = 0.5000"), text);

        robot.moveTo(onRow2.add(40, 40));
        assertEquals(-1, plot.hoveredIndexProperty().get());
        assertEquals("", onFx(plot::getTooltipText));

        runFx(() -> visibility.setHidden(2, true));
        robot.moveTo(onRow2);
        assertEquals(-1, plot.hoveredIndexProperty().get(), "points of hidden classes are not hovered");
    }

    @Test
    void wheelZoomsAroundTheCursorDragPansAndDoubleClickRestores(FxRobot robot) throws Exception {
        showClusters(1000);
        Rectangle2D auto = onFx(plot::getView);
        Point2D centre = onFx(() -> plot.localToScreen(plot.dataToLocal(5, 5)));

        wheelAt(5, 5, 3 * 40); // three notches away from the user
        Rectangle2D zoomed = onFx(plot::getView);
        assertTrue(zoomed.getWidth() < auto.getWidth() * 0.9, "zoomed " + zoomed + " vs " + auto);
        assertTrue(zoomed.contains(5, 5), "the point under the cursor stays in view: " + zoomed);
        assertTrue(onFx(plot::isViewFixed));

        robot.drag(centre, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        Rectangle2D panned = onFx(plot::getView);
        assertTrue(panned.getMinX() < zoomed.getMinX(), "dragging right shows smaller x: " + panned);
        assertEquals(zoomed.getWidth(), panned.getWidth(), 1e-9);

        robot.doubleClickOn(centre, MouseButton.PRIMARY);
        assertEquals(auto, onFx(plot::getView));
        assertFalse(onFx(plot::isViewFixed));
    }

    /**
     * A wheel event as desktop platforms deliver it (40 px per notch, positive = away from the user). Monocle's
     * robot sends +-1 per notch with the opposite sign, so it cannot test the direction.
     */
    private void wheelAt(double dataX, double dataY, double deltaY) throws Exception {
        runFx(() -> {
            Point2D local = plot.dataToLocal(dataX, dataY);
            Point2D scene = plot.localToScene(local);
            Point2D screen = plot.localToScreen(local);
            Event.fireEvent(
                    plot,
                    new ScrollEvent(
                            ScrollEvent.SCROLL,
                            scene.getX(),
                            scene.getY(),
                            screen.getX(),
                            screen.getY(),
                            false,
                            false,
                            false,
                            false,
                            false,
                            false,
                            0,
                            deltaY,
                            0,
                            deltaY,
                            ScrollEvent.HorizontalTextScrollUnits.NONE,
                            0,
                            ScrollEvent.VerticalTextScrollUnits.NONE,
                            0,
                            0,
                            null));
        });
    }

    @Test
    void svgHasOneCirclePerVisiblePointAndIsWellFormed() throws Exception {
        showClusters(N);
        runFx(() -> visibility.setHidden(2, true));
        String svg = onFx(plot::toSvg);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertEquals(N - N / 4, doc.getElementsByTagName("circle").getLength());
        assertTrue(svg.contains("PCA — silhouette 0.325"));
        assertTrue(svg.contains(Palette.hex(0)) && !svg.contains(Palette.hex(2)), "hidden class colour in SVG");
        // The legend names the visible classes, and the export keeps the plot's size.
        for (String name : List.of("alpha", "beta", "delta")) {
            assertTrue(svg.contains(">" + name + "<"), "legend entry " + name);
        }
        assertFalse(svg.contains(">gamma<"), "hidden class in the legend");
        assertEquals("600", doc.getDocumentElement().getAttribute("width"));
    }

    @Test
    void aDoubleClickResetsTheZoomWithoutMovingTheSpot(FxRobot robot) throws Exception {
        showClusters(500);
        runFx(() -> plot.setProbeEnabled(true));
        robot.clickOn(plot);
        javafx.geometry.Point2D spot = onFx(() -> plot.probeProperty().get());
        assertNotNull(spot);
        runFx(() -> plot.setView(new javafx.geometry.Rectangle2D(-5, -5, 1, 1)));
        Thread.sleep(1000); // past the multi-click interval: the double-click is a gesture of its own
        robot.doubleClickOn(plot);
        assertFalse(onFx(plot::isViewFixed), "the zoom is reset");
        assertEquals(spot, onFx(() -> plot.probeProperty().get()), "the spot picked before stays");
    }

    @Test
    void pngExportIsTwiceThePlotsSizeWithTheLegendAndWithoutTheProbe(FxRobot robot, @TempDir Path dir)
            throws Exception {
        showClusters(2000);
        runFx(() -> plot.setProbeEnabled(true));
        robot.clickOn(plot); // the probe ring appears at the centre of the plot
        assertNotNull(onFx(() -> plot.probeProperty().get()));
        assertTrue(countPixelsNear(snapshot(plot), ProbeMarker.MARKER_COLOR, 12) > 10, "the probe is on screen");

        Path file = dir.resolve("scatter.png");
        runFx(() -> {
            try {
                PlotExport.writePng(plot, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a readable image");
        assertEquals(2 * 600, image.getWidth());
        assertEquals(2 * (int) plot.getHeight(), image.getHeight());
        assertEquals(0, countNear(image, 0, image.getWidth(), ProbeMarker.MARKER_COLOR, 12), "probe ring exported");
        // Class 0 (alpha) lives bottom-left, so its colour at the right edge can only be the legend's swatch.
        int legendLeft = image.getWidth() * 3 / 4;
        assertTrue(
                countNear(image, legendLeft, image.getWidth(), Palette.color(0), 2) >= 100,
                "no legend swatch of class 0 at the right");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary files left behind");
        }
        assertEquals(600, onFx(() -> plot.toImage(1)).getWidth(), 0, "scale 1 gives screen pixels");
        IllegalArgumentException tooLarge =
                onFx(() -> assertThrows(IllegalArgumentException.class, () -> plot.toImage(9)));
        assertTrue(tooLarge.getMessage().contains("9"), tooLarge.getMessage());
    }

    /** Pixels in columns [x0, x1) whose channels are all within {@code tolerance} of {@code color}. */
    private static int countNear(BufferedImage image, int x0, int x1, javafx.scene.paint.Color color, int tolerance) {
        int r = (int) Math.round(color.getRed() * 255);
        int g = (int) Math.round(color.getGreen() * 255);
        int b = (int) Math.round(color.getBlue() * 255);
        int matches = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - r) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xFF) - g) <= tolerance
                        && Math.abs((rgb & 0xFF) - b) <= tolerance) {
                    matches++;
                }
            }
        }
        return matches;
    }

    @Test
    void exportErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("missing-folder").resolve("plot.svg");
        IOException e = assertThrows(IOException.class, () -> PlotExport.writeSvg("<svg/>", file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        IOException png = onFx(() -> assertThrows(IOException.class, () -> PlotExport.writePng(plot, file)));
        assertTrue(png.getMessage().contains(file.toString()), png.getMessage());
    }

    @Test
    void badInputIsRejectedWithAClearMessage() throws Exception {
        IllegalArgumentException lengths = onFx(() -> assertThrows(
                IllegalArgumentException.class, () -> plot.setPoints(new double[3], new double[2], null, null)));
        assertTrue(lengths.getMessage().contains("3") && lengths.getMessage().contains("2"), lengths.getMessage());
        IllegalArgumentException label = onFx(() -> assertThrows(
                IllegalArgumentException.class,
                () -> plot.setPoints(new double[2], new double[2], new int[] {0, 5}, NAMES)));
        assertTrue(label.getMessage().contains("5"), label.getMessage());
        IllegalArgumentException columns = onFx(() ->
                assertThrows(IllegalArgumentException.class, () -> plot.setPoints(Matrix.zeros(4, 3), null, null)));
        assertTrue(columns.getMessage().contains("2 columns"), columns.getMessage());
        runFx(() -> plot.setPoints(Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}), new int[] {0, 1, 1}, null));
        assertEquals(List.of("0", "1"), onFx(plot::getClassNames), "classes named by index when no names given");
        assertEquals(new Rectangle2D(0.8, 1.8, 4.4, 4.4), onFx(plot::getView), "data range plus 5% each side");
        IllegalStateException thread = assertThrows(
                IllegalStateException.class, () -> plot.setPoints(new double[1], new double[1], null, null));
        assertTrue(thread.getMessage().contains("JavaFX application thread"), thread.getMessage());
    }

    /** 300,000 points: densities, not dots, on screen and in the SVG (an embedded picture, not 300,000 circles). */
    @Test
    void manyPointsAreDrawnAsDensities() throws Exception {
        int n = 300_000;
        showClusters(n);
        waitForPulses(2);
        Image image = snapshot(plot);
        for (int c = 0; c < 4; c++) {
            assertTrue(countPixelsNear(image, Palette.color(c), 40) > 50, "class " + c + " shows in its colour");
        }
        String svg = onFx(plot::toSvg);
        assertTrue(svg.contains("<image class=\"density\""), "density picture in the SVG");
        assertFalse(svg.contains("<circle cx"), "no circle per point");
        assertTrue(svg.length() < 2_000_000, "SVG of " + svg.length() + " characters");
    }
}
