package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.ui.plot.CanvasChart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window at 1000 x 700, the smallest size users reported problems with: nothing may be cut off. */
class SmallWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(4);
    }

    @Override
    double width() {
        return 1000;
    }

    @Override
    double height() {
        return 700;
    }

    @Test
    void metricsTableAndTitlesAreReadableWhenTrained(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        MetricsTable metrics = robot.lookup("#metrics").queryAs(MetricsTable.class);
        double widthBefore = WaitForAsyncUtils.asyncFx(metrics::getWidth).get();
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> vm.state().phaseProperty().get() == Phase.FINISHED
                        && !vm.results().metrics().get(1).latent().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                widthBefore,
                WaitForAsyncUtils.asyncFx(metrics::getWidth).get(),
                "the table kept room for the results: nothing beside it moves when they fill in");

        // Nothing is pushed out of the window (a layout wider than the window would hide the cut-offs below).
        for (String id : new String[] {"#decoder", "#latent-plot", "#metrics"}) {
            Node node = robot.lookup(id).query();
            double right = WaitForAsyncUtils.asyncFx(
                            () -> node.localToScene(node.getLayoutBounds()).getMaxX())
                    .get();
            assertTrue(right <= 1000, id + " ends at x = " + right + ", outside the 1000 px window");
        }
        List<String> cut =
                WaitForAsyncUtils.asyncFx(() -> truncatedLabels(metrics)).get();
        int shown = WaitForAsyncUtils.asyncFx(() -> shownLabels(metrics)).get();
        assertEquals(List.of(), cut, "cut-off texts in the metrics table");
        // 3 headers, 7 measures, 6 PCA values, 5 autoencoder values: all rows are on screen
        assertEquals(3 + 7 + 6 + 5, shown, "texts shown in the metrics table");
        Node split = robot.lookup(".plots-split").query();
        double lastRowBottom = WaitForAsyncUtils.asyncFx(() -> {
                    Node last = metrics.row(vm.results().metrics().size() - 1).get(0);
                    return last.localToScene(last.getLayoutBounds()).getMaxY();
                })
                .get();
        double visibleBottom = WaitForAsyncUtils.asyncFx(
                        () -> split.localToScene(split.getLayoutBounds()).getMaxY())
                .get();
        assertTrue(
                lastRowBottom <= visibleBottom,
                "the last metric ends at y = " + lastRowBottom + ", below the plots area (" + visibleBottom + ")");

        for (String id : new String[] {"#pca-plot", "#latent-plot"}) {
            CanvasChart chart = robot.lookup(id).queryAs(CanvasChart.class);
            assertTrue(WaitForAsyncUtils.asyncFx(chart::titleFits).get(), id + " title cut off: " + chart.getTitle());
        }
        assertTrue(WaitForAsyncUtils.asyncFx(view.lossChart()::titleFits).get(), "loss title cut off");
    }

    @Test
    void theExplorePanelGetsATabOfItsOwnRatherThanBeingSqueezed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#results-tabs").queryAs(TabPane.class);
        assertEquals(
                "Loss and scores", tabs.getSelectionModel().getSelectedItem().getText());
        double lossWidth = WaitForAsyncUtils.asyncFx(view.lossChart()::getWidth).get();
        assertTrue(lossWidth >= 280, "the loss chart beside the table is " + lossWidth + " px wide");

        // Picking a row on a plot shows it: the explore tab comes forward, with the panel at full width.
        WaitForAsyncUtils.asyncFx(() -> vm.explore().pickRow(3)).get();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> vm.explore().reconstruction().shownProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Explore", tabs.getSelectionModel().getSelectedItem().getText());
        Node decoder = robot.lookup("#decoder").query();
        double width = WaitForAsyncUtils.asyncFx(
                        () -> decoder.getParent().getLayoutBounds().getWidth())
                .get();
        assertTrue(width >= 500, "the explore panel is " + width + " px wide in its tab");
        assertEquals(
                "Row",
                robot.lookup("#explore")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getText());
        // Back to the scores, the same row picked again comes forward again.
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(0)).get();
        WaitForAsyncUtils.asyncFx(() -> vm.explore().pickRow(3)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Explore", tabs.getSelectionModel().getSelectedItem().getText());

        // Wide enough (the headless screen holds no wider window than this one), the three stand side by side.
        Stage wide = WaitForAsyncUtils.asyncFx(() -> {
                    Stage st = new Stage();
                    st.setScene(new Scene(new ResultsPane(vm, new SimpleBooleanProperty(false)), 1200, 260));
                    st.show();
                    return st;
                })
                .get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Parent root = wide.getScene().getRoot();
            assertEquals(null, root.lookup("#results-tabs"), "no tabs where all three fit");
            Node table = root.lookup("#metrics");
            Node wideDecoder = root.lookup("#decoder");
            double tableRight = WaitForAsyncUtils.asyncFx(
                            () -> table.localToScene(table.getLayoutBounds()).getMaxX())
                    .get();
            double decoderLeft = WaitForAsyncUtils.asyncFx(() -> wideDecoder
                            .localToScene(wideDecoder.getLayoutBounds())
                            .getMinX())
                    .get();
            assertTrue(decoderLeft > tableRight, "the decoder at " + decoderLeft + ", the table ends at " + tableRight);
        } finally {
            WaitForAsyncUtils.asyncFx(wide::close).get();
        }
    }

    @Test
    void bothInterpolationStripsCanBeSeenInTheShortExploreTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.explore().pickEndRow(3);
                    vm.explore().pickEndRow(5);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane between = robot.lookup("#between-scroll").queryAs(ScrollPane.class);
        javafx.scene.layout.Region pca = robot.lookup("#interpolation-pca").queryAs(javafx.scene.layout.Region.class);
        double stripHeight = WaitForAsyncUtils.asyncFx(pca::getHeight).get();
        assertTrue(stripHeight >= pca.minHeight(-1), "the PCA strip has its least height: " + stripHeight);
        WaitForAsyncUtils.asyncFx(() -> between.setVvalue(between.getVmax())).get();
        WaitForAsyncUtils.waitForFxEvents();
        double stripBottom = WaitForAsyncUtils.asyncFx(
                        () -> pca.localToScene(pca.getLayoutBounds()).getMaxY())
                .get();
        double viewBottom = WaitForAsyncUtils.asyncFx(
                        () -> between.localToScene(between.getLayoutBounds()).getMaxY())
                .get();
        assertTrue(
                stripBottom <= viewBottom + 0.5,
                "scrolled down, the PCA strip ends at y = " + stripBottom + ", its view at " + viewBottom);
    }

    @Test
    void oneWheelNotchScrollsTheParametersByAboutThreeLines(FxRobot robot) throws Exception {
        ScrollPane panel = robot.lookup(".parameters").queryAs(ScrollPane.class);
        double contentHeight = WaitForAsyncUtils.asyncFx(
                        () -> panel.getContent().getLayoutBounds().getHeight()
                                - panel.getViewportBounds().getHeight())
                .get();
        assertTrue(contentHeight > 200, "the panel must be taller than the window for this test: " + contentHeight);
        WaitForAsyncUtils.asyncFx(() -> panel.getContent().fireEvent(notch(-40)))
                .get();
        double moved = WaitForAsyncUtils.asyncFx(() -> panel.getVvalue() * contentHeight)
                .get();
        assertEquals(WheelScrolling.PIXELS_PER_NOTCH, moved, 1, "pixels scrolled by one notch down");
        WaitForAsyncUtils.asyncFx(() -> panel.getContent().fireEvent(notch(40))).get();
        assertEquals(0, WaitForAsyncUtils.asyncFx(panel::getVvalue).get(), 1e-9, "back up by one notch");
    }

    private static ScrollEvent notch(double deltaY) {
        // As the platform reports a wheel notch: 40 px per notch (the multiplier), 3 lines of text.
        return new ScrollEvent(
                ScrollEvent.SCROLL,
                10,
                10,
                10,
                10,
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
                40,
                40,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.LINES,
                3 * deltaY / 40,
                0,
                (PickResult) null);
    }

    /** Labels (cells and column headers) whose drawn text differs from their text, i.e. ends in an ellipsis. */
    private static List<String> truncatedLabels(Node table) {
        List<String> cut = new ArrayList<>();
        for (Node node : table.lookupAll(".text")) {
            if (node instanceof Text drawn
                    && drawn.getParent() instanceof Labeled owner
                    && owner.isVisible()
                    && owner.getText() != null
                    && !owner.getText().isEmpty()
                    && !drawn.getText().equals(owner.getText())) {
                cut.add(owner.getText() + " shown as " + drawn.getText());
            }
        }
        return cut;
    }

    private static int shownLabels(Node table) {
        int n = 0;
        for (Node node : table.lookupAll(".text")) {
            if (node instanceof Text drawn
                    && drawn.getParent() instanceof Labeled owner
                    && owner.isVisible()
                    && !drawn.getText().isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
