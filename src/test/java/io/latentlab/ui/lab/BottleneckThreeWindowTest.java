package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Matrix;
import io.latentlab.ui.explore.UnitPair;
import io.latentlab.ui.plot.ScatterPlot;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bottleneck of 3: the latent plot offers its three pairwise views; the scores are the 3-D latent's. */
class BottleneckThreeWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4}},"
                + "\"autoencoder\":{\"network\":{\"encoder\":[8],\"bottleneck\":3},\"training\":{\"maxEpochs\":10,"
                + "\"batchSize\":32,\"stopping\":{\"rule\":\"none\"}}}}");
    }

    @Test
    void theLatentPlotSwitchesBetweenPairsOfUnits(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        @SuppressWarnings("unchecked")
        ChoiceBox<UnitPair> units = robot.lookup("#latent-units").queryAs(ChoiceBox.class);
        assertFalse(units.getParent().isVisible(), "a bottleneck of 2 (no model yet) needs no choice");
        robot.clickOn("#train");
        await(
                "scored",
                () -> phase() == Phase.FINISHED
                        && vm.results().outcomeProperty().get() != null);
        await("three pairs offered", () -> units.getItems().size() == 3);
        assertTrue(units.getParent().isVisible());
        assertEquals(
                List.of("z1–z2", "z1–z3", "z2–z3"),
                units.getItems().stream().map(UnitPair::toString).toList());
        assertTrue(vm.results().metrics().get(1).measure().contains("latent 3-D"));

        robot.clickOn(units).clickOn("z1–z3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new UnitPair(0, 2), vm.explore().unitsProperty().get());
        ScatterPlot latent = view.latentPlot();
        assertEquals("z3", latent.yLabelProperty().get());
        Matrix z = vm.results().outcomeProperty().get().latent().latentTest();
        // The plot now spans z1 against z3: its automatic range holds the z3 column, not z2's.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : z.column(2)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        var view = latent.getView();
        assertTrue(view.getMinY() <= lo && view.getMaxY() >= hi, view + " vs z3 in " + lo + ".." + hi);

        // Pointing decodes in that plane: z2 held at its mean over the test rows.
        robot.moveTo(latent);
        await("decoded", () -> vm.explore().decoder().autoencoderProperty().get() != null);
        double[] code = vm.explore().decoder().autoencoderProperty().get().code();
        assertEquals(z.columnMeans()[1], code[1], 1e-12);
    }
}
