package io.latentlab.ui.plot;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers shared by the JavaFX tests. */
final class FxTestSupport {

    private FxTestSupport() {}

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    static void runFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Blocks until the JavaFX pulse has run {@code pulses} more times (animation timers run once per pulse). */
    static void waitForPulses(int pulses) throws Exception {
        CountDownLatch latch = new CountDownLatch(pulses);
        AnimationTimer[] timer = new AnimationTimer[1];
        runFx(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    latch.countDown();
                }
            };
            timer[0].start();
        });
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no JavaFX pulse within 10 s");
            }
        } finally {
            runFx(() -> timer[0].stop());
        }
    }

    /** Snapshot on the FX thread (which runs the layout pass, hence any pending redraw, first). */
    static Image snapshot(Node node) throws Exception {
        return onFx(() -> node.snapshot(null, null));
    }

    /** Pixels whose channels are all within {@code tolerance} (0..255) of {@code color}. */
    static int countPixelsNear(Image image, Color color, int tolerance) {
        PixelReader reader = image.getPixelReader();
        int r = (int) Math.round(color.getRed() * 255);
        int g = (int) Math.round(color.getGreen() * 255);
        int b = (int) Math.round(color.getBlue() * 255);
        int matches = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = reader.getArgb(x, y);
                if (Math.abs(((argb >> 16) & 0xFF) - r) <= tolerance
                        && Math.abs(((argb >> 8) & 0xFF) - g) <= tolerance
                        && Math.abs((argb & 0xFF) - b) <= tolerance) {
                    matches++;
                }
            }
        }
        return matches;
    }
}
