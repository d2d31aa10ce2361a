package io.latentlab.ui.plot;

import java.util.SplittableRandom;
import javafx.animation.AnimationTimer;

/**
 * Paints a loss chart and a scatter plot off screen, one picture per pulse for the first pulses after the window
 * opens, so that the JIT has compiled the drawing code (the software rasterizer's stroking and filling, the dot
 * stamping) before the first training run redraws both charts many times a second.
 *
 * <p>Why: under software rendering the loss chart's first curves took 20-26 ms to paint and the latent plot's
 * 10-17 ms (Java code that starts out interpreted), which made the window's first training run stutter while
 * later runs in the same window did not. The pictures are thrown away; nothing on screen changes.
 */
public final class PaintWarmUp {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 260;
    private static final int SCATTER_SIDE = 500;
    /** The notebook's test rows and clusters. */
    private static final int POINTS = 4000;

    private static final int CLASSES = 20;

    private final LossChart chart = new LossChart();
    private final ScatterPlot scatter = new ScatterPlot();
    private final int pictures;
    private final AnimationTimer timer;
    private int painted;
    private boolean running;

    private PaintWarmUp(int pictures) {
        this.pictures = pictures;
        chart.resize(WIDTH, HEIGHT);
        scatter.resize(SCATTER_SIDE, SCATTER_SIDE);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                paintNext();
            }
        };
    }

    /**
     * Starts painting {@code pictures} pictures, one per pulse; the warm-up then stops by itself. JavaFX thread
     * only.
     */
    public static PaintWarmUp start(int pictures) {
        if (pictures < 0) {
            throw new IllegalArgumentException("pictures must be >= 0, got " + pictures);
        }
        PaintWarmUp warmUp = new PaintWarmUp(pictures);
        warmUp.running = pictures > 0;
        if (warmUp.running) {
            warmUp.timer.start();
        }
        return warmUp;
    }

    /** Ends the warm-up early: once training draws the real charts, a picture per pulse would only slow them. */
    public void stop() {
        timer.stop();
        running = false;
    }

    public boolean isRunning() {
        return running;
    }

    /** Pictures painted so far. */
    public int painted() {
        return painted;
    }

    private void paintNext() {
        if (painted >= pictures) {
            stop();
            return;
        }
        if (painted % 2 == 0) {
            // Alternate short curves (drawn with markers) and long ones (a path alone), as in a real run.
            int epochs = painted % 4 == 0 ? 40 : 400;
            chart.setSeries(curve(epochs, 0.0), epochs, new double[0], 0, curve(epochs, 0.0004), epochs);
            chart.toImage(1);
        } else {
            blobs(scatter, painted);
            scatter.toImage(1);
        }
        painted++;
    }

    /** A snapshot's worth of 2-D points in clusters, as the latent plot shows them, a little different each time. */
    private static void blobs(ScatterPlot scatter, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] xs = new double[POINTS];
        double[] ys = new double[POINTS];
        int[] labels = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            labels[i] = i % CLASSES;
            xs[i] = Math.cos(labels[i]) * 2 + random.nextGaussian() * 0.1;
            ys[i] = Math.sin(labels[i] * 1.7) * 2 + random.nextGaussian() * 0.1;
        }
        scatter.setPoints(xs, ys, labels, null);
    }

    /** A falling loss curve with a little wobble, the shape of a real one. */
    static double[] curve(int epochs, double offset) {
        double[] values = new double[epochs];
        for (int i = 0; i < epochs; i++) {
            values[i] = 0.04 * Math.exp(-i / 12.0) + 0.002 + offset + 0.0003 * Math.sin(i * 0.7);
        }
        return values;
    }
}
