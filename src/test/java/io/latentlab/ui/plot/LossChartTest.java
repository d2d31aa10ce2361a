package io.latentlab.ui.plot;

import static io.latentlab.ui.plot.FxTestSupport.countPixelsNear;
import static io.latentlab.ui.plot.FxTestSupport.onFx;
import static io.latentlab.ui.plot.FxTestSupport.runFx;
import static io.latentlab.ui.plot.FxTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

@ExtendWith(ApplicationExtension.class)
class LossChartTest {

    private LossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LossChart();
        stage.setScene(new Scene(new StackPane(chart), 500, 300));
        stage.show();
    }

    /** Loss falling from 1 to about 1e-3 over 60 epochs, validation a bit above it. */
    private void appendDecayingLoss() throws Exception {
        runFx(() -> {
            for (int epoch = 1; epoch <= 60; epoch++) {
                double train = Math.pow(10, -3.0 * (epoch - 1) / 59);
                chart.append(epoch, train, train * 1.3);
            }
        });
    }

    @Test
    void logToggleSwitchesToPowerOfTenTicks() throws Exception {
        appendDecayingLoss();
        String[] linear = onFx(chart::yTickLabels);
        runFx(() -> chart.setLogScale(true));
        String[] log = onFx(chart::yTickLabels);

        assertNotEquals(Arrays.asList(linear), Arrays.asList(log));
        assertTrue(Arrays.stream(linear).noneMatch(l -> l.startsWith("10⁻")), Arrays.toString(linear));
        assertTrue(Arrays.asList(log).containsAll(Arrays.asList("10⁻³", "10⁻²", "10⁻¹", "10⁰")), Arrays.toString(log));
        assertTrue(onFx(chart::toSvg).contains("10⁻²"), "the SVG shows the same ticks");
    }

    @Test
    void bothSeriesAreDrawnInTheirColours() throws Exception {
        appendDecayingLoss();
        Image image = snapshot(chart);
        assertTrue(countPixelsNear(image, LossChart.TRAIN_COLOR, 8) > 30, "train line");
        assertTrue(countPixelsNear(image, LossChart.VALIDATION_COLOR, 8) > 30, "validation line");
    }

    @Test
    void svgIsWellFormedWithOneLinePerSeries() throws Exception {
        runFx(() -> chart.setSeries(new double[] {0.9, 0.5, 0.3, 0.2}, 4, new double[] {1.0, 0.7}, 2));
        String svg = onFx(chart::toSvg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("polyline").getLength());
        assertTrue(svg.contains("train 0.2000") && svg.contains("validation 0.7000"), "legend shows latest values");
        assertEquals(4, (int) onFx(chart::getEpochCount));
    }

    @Test
    void gapsAndEmptyChartsAreHandled() throws Exception {
        runFx(() -> {
            chart.append(1, 0.5, Double.NaN);
            chart.append(2, 0.4, Double.NaN);
        });
        String svg = onFx(chart::toSvg);
        assertTrue(svg.contains("train 0.4000"));
        assertFalse(svg.contains("validation"), "no validation entry without validation values");
        runFx(chart::clear);
        assertTrue(onFx(chart::toSvg).contains("no epochs yet"));
    }

    @Test
    void theLegendTakesTheCornerTheCurvesLeaveFree() throws Exception {
        appendDecayingLoss();
        snapshot(chart);
        javafx.geometry.Rectangle2D falling = onFx(chart::legendBox);
        assertTrue(
                falling.getMinX() > 250 && falling.getMinY() < 150, "a falling loss leaves the top right: " + falling);

        runFx(() -> {
            chart.clear();
            for (int epoch = 1; epoch <= 30; epoch++) { // a loss that climbs: the top right is where it ends
                chart.append(epoch, 0.01 * epoch, 0.012 * epoch);
            }
        });
        snapshot(chart);
        javafx.geometry.Rectangle2D rising = onFx(chart::legendBox);
        assertTrue(rising.getMinX() < 250 && rising.getMinY() < 150, "the top left is free instead: " + rising);
    }

    @Test
    void epochsMustIncrease() throws Exception {
        IllegalArgumentException e = onFx(() -> {
            chart.append(3, 0.5, 0.6);
            return assertThrows(IllegalArgumentException.class, () -> chart.append(3, 0.4, 0.5));
        });
        assertTrue(e.getMessage().contains("epoch 3"), e.getMessage());
        IllegalArgumentException count = onFx(
                () -> assertThrows(IllegalArgumentException.class, () -> chart.setSeries(new double[2], 3, null, 0)));
        assertTrue(count.getMessage().contains("train count 3"), count.getMessage());
    }
}
