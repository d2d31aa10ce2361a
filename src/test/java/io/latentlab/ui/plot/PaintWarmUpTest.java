package io.latentlab.ui.plot;

import static io.latentlab.ui.plot.FxTestSupport.onFx;
import static io.latentlab.ui.plot.FxTestSupport.runFx;
import static io.latentlab.ui.plot.FxTestSupport.waitForPulses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PaintWarmUpTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void paintsTheGivenNumberOfPicturesAndStopsByItself() throws Exception {
        PaintWarmUp warmUp = onFx(() -> PaintWarmUp.start(6));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !onFx(warmUp::isRunning));
        waitForPulses(3);

        assertEquals(6, onFx(warmUp::painted));
    }

    @Test
    void stopEndsItEarly() throws Exception {
        PaintWarmUp warmUp = onFx(() -> PaintWarmUp.start(100_000));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(warmUp::painted) >= 2);

        runFx(warmUp::stop);
        int painted = onFx(warmUp::painted);
        waitForPulses(5);

        assertFalse(onFx(warmUp::isRunning));
        assertEquals(painted, onFx(warmUp::painted), "no picture after stop");
        assertTrue(painted < 100_000);
    }

    @Test
    void nothingToPaintMeansNotRunning() throws Exception {
        PaintWarmUp warmUp = onFx(() -> PaintWarmUp.start(0));
        waitForPulses(2);

        assertFalse(onFx(warmUp::isRunning));
        assertEquals(0, onFx(warmUp::painted));
        assertThrows(IllegalArgumentException.class, () -> PaintWarmUp.start(-1));
    }

    @Test
    void theCurvesFallLikeALoss() {
        double[] curve = PaintWarmUp.curve(100, 0);
        assertTrue(curve[0] > 10 * curve[99], "falls by more than ten times");
        for (double v : curve) {
            assertTrue(v > 0);
        }
    }
}
