package io.latentlab.ui.plot;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Training, validation and test loss per epoch, appended as training runs. Linear or log y axis, legend with the latest
 * values inside the plot. JavaFX thread only (see {@link CanvasChart}).
 */
public final class LossChart extends CanvasChart {

    // Blue and orange, the first two class colours: far apart, and legible on both themes.
    static final Color TRAIN_COLOR = Palette.color(0);
    static final Color VALIDATION_COLOR = Palette.color(1);
    static final Color TEST_COLOR = Palette.color(2);
    /** The series, in drawing and legend order. */
    private static final String[] NAMES = {"train", "validation", "test"};

    private static final Color[] COLORS = {TRAIN_COLOR, VALIDATION_COLOR, TEST_COLOR};
    private static final int MARKER_LIMIT = 60;
    private static final double RANGE_MARGIN = 0.05;

    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private double[] epochs = new double[64];
    /** series[k][i]: loss of series k (train, validation, test) at epochs[i]; NaN where there is none. */
    private double[][] series = {new double[64], new double[64], new double[64]};

    private int count;
    private double[] screenX = new double[0];
    private double[] screenY = new double[0];

    public LossChart() {
        getStyleClass().add("loss-chart");
        setTitle("Loss");
        setXLabel("epoch");
        setYLabel("loss");
        logScale.addListener(o -> markDirty());
    }

    /** Log10 y axis when true (non-positive losses are then left out). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public boolean isLogScale() {
        return logScale.get();
    }

    public void setLogScale(boolean value) {
        logScale.set(value);
    }

    /**
     * Adds one epoch.
     *
     * @param epoch           epoch number, larger than the previous one
     * @param trainLoss       training loss (NaN if unknown)
     * @param validationLoss  validation loss, or NaN when there is no validation set
     */
    public void append(int epoch, double trainLoss, double validationLoss) {
        requireFxThread("LossChart.append");
        if (count > 0 && epoch <= epochs[count - 1]) {
            throw new IllegalArgumentException(
                    "epochs must increase: got epoch " + epoch + " after epoch " + (int) epochs[count - 1]);
        }
        ensureCapacity(count + 1);
        epochs[count] = epoch;
        series[0][count] = trainLoss;
        series[1][count] = validationLoss;
        series[2][count] = Double.NaN;
        count++;
        markDirty();
    }

    /**
     * Replaces both series; value i belongs to epoch i + 1. A series may be shorter than the other (or empty):
     * missing values are simply not drawn.
     */
    public void setSeries(double[] trainLosses, int trainCount, double[] validationLosses, int validationCount) {
        setSeries(trainLosses, trainCount, validationLosses, validationCount, null, 0);
    }

    /** Like {@link #setSeries(double[], int, double[], int)} with a third series: the test loss. */
    public void setSeries(
            double[] trainLosses,
            int trainCount,
            double[] validationLosses,
            int validationCount,
            double[] testLosses,
            int testCount) {
        requireFxThread("LossChart.setSeries");
        double[][] given = {trainLosses, validationLosses, testLosses};
        int[] counts = {trainCount, validationCount, testCount};
        int n = 0;
        for (int k = 0; k < NAMES.length; k++) {
            checkCount(NAMES[k], given[k], counts[k]);
            n = Math.max(n, counts[k]);
        }
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            epochs[i] = i + 1;
            for (int k = 0; k < NAMES.length; k++) {
                series[k][i] = i < counts[k] ? given[k][i] : Double.NaN;
            }
        }
        count = n;
        markDirty();
    }

    public void clear() {
        requireFxThread("LossChart.clear");
        count = 0;
        markDirty();
    }

    /** Number of epochs shown. */
    public int getEpochCount() {
        return count;
    }

    private static void checkCount(String name, double[] values, int n) {
        if (n < 0 || n > (values == null ? 0 : values.length)) {
            throw new IllegalArgumentException(name + " count " + n + " is outside 0.."
                    + (values == null ? 0 : values.length) + " (the array length)");
        }
    }

    private void ensureCapacity(int n) {
        if (epochs.length < n) {
            int capacity = Math.max(n, epochs.length * 2);
            epochs = Arrays.copyOf(epochs, capacity);
            for (int k = 0; k < series.length; k++) {
                series[k] = Arrays.copyOf(series[k], capacity);
            }
        }
    }

    // ---------------------------------------------------------------- drawing

    /** Tick labels of the y axis at the current size and data (what is on screen). */
    String[] yTickLabels() {
        return frame(chartWidth(), chartHeight()).yTicks.labels().clone();
    }

    @Override
    AxesFrame frame(double w, double h) {
        double firstEpoch = count > 0 ? epochs[0] : 1;
        double lastEpoch = count > 0 ? epochs[count - 1] : 1;
        AxisScale x = AxisScale.linear(Math.min(1, firstEpoch), Math.max(lastEpoch, Math.min(1, firstEpoch) + 1));
        return AxesFrame.layout(
                w, h, getTitle(), xLabelProperty().get(), yLabelProperty().get(), x, yScale(), 1);
    }

    private AxisScale yScale() {
        boolean log = logScale.get();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : series) {
            for (int i = 0; i < count; i++) {
                double v = values[i];
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (log) {
            if (lo > hi) {
                return new AxisScale(0.01, 1, true);
            }
            if (hi / lo < 1.0001) {
                return new AxisScale(lo / 2, hi * 2, true);
            }
            double pad = Math.pow(hi / lo, RANGE_MARGIN);
            return new AxisScale(lo / pad, hi * pad, true);
        }
        if (lo > hi) {
            return AxisScale.linear(0, 1);
        }
        return AxisScale.padded(lo, hi, RANGE_MARGIN);
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        paint(new CanvasSketch(gc), w, h);
    }

    @Override
    Picture picture() {
        double w = exportWidth();
        double h = exportHeight();
        return new Picture(w, h, s -> paint(s, w, h));
    }

    private void paint(Sketch s, double w, double h) {
        PlotTheme t = theme();
        s.fillRect(0, 0, w, h, t.background);
        AxesFrame f = frame(w, h);
        f.paintGrid(s, t);
        boolean[] drawn = new boolean[NAMES.length];
        boolean any = false;
        for (int k = 0; k < NAMES.length; k++) {
            drawn[k] = drawSeries(s, f, series[k], COLORS[k]);
            any |= drawn[k];
        }
        f.paintAxes(s, t);
        if (!any) {
            f.paintPlaceholder(s, t, "no epochs yet");
            return;
        }
        paintLegend(s, f, t, drawn);
    }

    /** Returns whether the series had anything drawable. */
    private boolean drawSeries(Sketch s, AxesFrame f, double[] values, Color color) {
        if (screenX.length < count) {
            screenX = new double[Math.max(count, screenX.length * 2)];
            screenY = new double[screenX.length];
        }
        boolean log = logScale.get();
        int drawable = 0;
        for (int i = 0; i < count; i++) {
            double v = values[i];
            boolean ok = Double.isFinite(v) && (!log || v > 0);
            screenX[i] = ok ? f.toPixelX(epochs[i]) : Double.NaN;
            screenY[i] = ok ? f.toPixelY(v) : Double.NaN;
            if (ok) {
                drawable++;
            }
        }
        if (drawable == 0) {
            return false;
        }
        s.polyline(screenX, screenY, count, color, 2);
        if (drawable <= MARKER_LIMIT) {
            for (int i = 0; i < count; i++) {
                if (!Double.isNaN(screenX[i])) {
                    s.fillCircle(screenX[i], screenY[i], 2.5, color);
                }
            }
        }
        return true;
    }

    private void paintLegend(Sketch s, AxesFrame f, PlotTheme t, boolean[] drawn) {
        String[] texts = new String[NAMES.length];
        double textWidth = 0;
        int rows = 0;
        for (int k = 0; k < NAMES.length; k++) {
            if (drawn[k]) {
                texts[k] = NAMES[k] + " " + Ticks.compact(lastFinite(series[k]));
                textWidth = Math.max(textWidth, TextStyle.TICK.width(texts[k]));
                rows++;
            }
        }
        double rowHeight = TextStyle.TICK.height() + 2;
        double boxWidth = 8 + 18 + 6 + textWidth + 8;
        double boxHeight = 6 + rows * rowHeight + 4;
        double[] corner = legendPlace.emptiestCorner(f, boxWidth, boxHeight, series, epochs, count, logScale.get());
        double x = corner[0];
        double y = corner[1];
        legendBox = new javafx.geometry.Rectangle2D(x, y, boxWidth, boxHeight);
        s.fillRect(x, y, boxWidth, boxHeight, t.background.deriveColor(0, 1, 1, 0.85));
        s.strokeRect(x, y, boxWidth, boxHeight, t.muted, 1);
        double rowY = y + 6 + rowHeight / 2;
        for (int k = 0; k < NAMES.length; k++) {
            if (drawn[k]) {
                legendRow(s, t, x, rowY, COLORS[k], texts[k]);
                rowY += rowHeight;
            }
        }
    }

    /** Where the legend was last painted, in the chart's pixels; null before. For tests. */
    javafx.geometry.Rectangle2D legendBox() {
        return legendBox;
    }

    private javafx.geometry.Rectangle2D legendBox;
    private final LegendPlace legendPlace = new LegendPlace();

    private static void legendRow(Sketch s, PlotTheme t, double x, double y, Color color, String text) {
        s.line(x + 8, y, x + 26, y, color, 2);
        s.text(text, x + 32, y, TextStyle.TICK, t.foreground, HPos.LEFT, VPos.CENTER);
    }

    private double lastFinite(double[] values) {
        for (int i = count - 1; i >= 0; i--) {
            if (Double.isFinite(values[i])) {
                return values[i];
            }
        }
        return Double.NaN;
    }
}
