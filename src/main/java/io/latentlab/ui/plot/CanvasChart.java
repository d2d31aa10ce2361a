package io.latentlab.ui.plot;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Base of the canvas plots: a title, axis labels, light/dark colours and coalesced redrawing.
 *
 * <p>Changes only mark the chart dirty and ask for a layout of this node alone (ancestors are not re-laid out);
 * the redraw happens in {@link #layoutChildren()}, which JavaFX runs at most once per pulse. So a hundred updates
 * between two frames cost one redraw, and {@code snapshot()} (which runs the layout pass first) always sees the
 * latest data.
 *
 * <p>Like all JavaFX nodes these charts must be used on the JavaFX application thread only; data setters check
 * it and throw {@link IllegalStateException} otherwise. Coalesce background events before handing them over.
 */
public abstract class CanvasChart extends Region {

    private final Canvas canvas = new Canvas();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private boolean dirty = true;
    private int redraws;

    protected CanvasChart() {
        canvas.setManaged(false);
        getChildren().add(canvas);
        getStyleClass().add("canvas-chart");
        for (ObservableValue<?> property :
                new ObservableValue<?>[] {title, xLabel, yLabel, dark, widthProperty(), heightProperty()}) {
            property.addListener(o -> markDirty());
        }
        // An opaque, square background makes the chart the root of its own repaints: when only the chart
        // changes, JavaFX paints it alone instead of every panel behind it (most of a frame in software
        // rendering).
        dark.addListener(o -> fillBackground());
        fillBackground();
    }

    /** Text above the plot, e.g. "PCA — silhouette 0.325". */
    public final StringProperty titleProperty() {
        return title;
    }

    public final String getTitle() {
        return title.get();
    }

    public final void setTitle(String value) {
        title.set(value);
    }

    public final StringProperty xLabelProperty() {
        return xLabel;
    }

    public final void setXLabel(String value) {
        xLabel.set(value);
    }

    public final StringProperty yLabelProperty() {
        return yLabel;
    }

    public final void setYLabel(String value) {
        yLabel.set(value);
    }

    /** Dark background with light axes and text when true; bind it to the application's theme. */
    public final BooleanProperty darkProperty() {
        return dark;
    }

    public final boolean isDark() {
        return dark.get();
    }

    public final void setDark(boolean value) {
        dark.set(value);
    }

    /** Layout of title, axes and plot area at a size of w x h. */
    abstract AxesFrame frame(double w, double h);

    /**
     * Whether the title is shown whole at the current size; a long title is first set smaller, then wrapped at
     * its " — ", and only cut off when even that is too wide.
     */
    public final boolean titleFits() {
        return frame(chartWidth(), chartHeight()).titleFits();
    }

    /** Largest side of an exported image in pixels (textures beyond it fail on some GPUs). */
    static final int MAX_IMAGE_SIDE = 8192;

    /**
     * What an export shows, {@code width} x {@code height} chart units: the chart as on screen but without the
     * mouse overlays (hover ring and tooltip, probe marker), plus what a file needs that the window shows elsewhere
     * (the scatter plot's class legend).
     */
    record Picture(double width, double height, Consumer<Sketch> painter) {}

    /** The export's content at the current size (the preferred size before the first layout). */
    abstract Picture picture();

    /**
     * The whole chart as a standalone SVG document: title, axes, data and (scatter plot) class legend, at the
     * chart's size. JavaFX thread only (text is measured with JavaFX fonts).
     */
    public final String toSvg() {
        requireFxThread(getClass().getSimpleName() + ".toSvg");
        Picture p = picture();
        SvgSketch s = new SvgSketch(p.width(), p.height(), getTitle());
        p.painter().accept(s);
        return s.finish();
    }

    /**
     * The same content as {@link #toSvg()} as an image of {@code scale} times the chart's size (2 for print),
     * painted afresh at that resolution rather than enlarged from the screen. JavaFX thread only.
     *
     * @throws IllegalArgumentException when the scale is outside (0, 8] or the image would exceed 8192 pixels
     */
    public final WritableImage toImage(double scale) {
        requireFxThread(getClass().getSimpleName() + ".toImage");
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("image scale must be in (0, 8], got " + scale);
        }
        Picture p = picture();
        long w = Math.round(p.width() * scale);
        long h = Math.round(p.height() * scale);
        if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE) {
            throw new IllegalArgumentException("an image of " + w + "x" + h + " pixels is too large (at most "
                    + MAX_IMAGE_SIDE + " per side); use a smaller scale");
        }
        Canvas target = new Canvas(w, h);
        GraphicsContext gc = target.getGraphicsContext2D();
        gc.scale(scale, scale);
        p.painter().accept(new CanvasSketch(gc, new PointRaster(), scale));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return target.snapshot(parameters, null);
    }

    /** Width of an export: the laid-out width, or the preferred width while the chart has not been laid out. */
    final double exportWidth() {
        return getWidth() > 1 ? chartWidth() : prefWidth(-1);
    }

    final double exportHeight() {
        return getHeight() > 1 ? chartHeight() : prefHeight(-1);
    }

    /** Draws the chart onto the canvas, which has already been cleared and sized to w x h. */
    protected abstract void paint(GraphicsContext gc, double w, double h);

    final PlotTheme theme() {
        return PlotTheme.of(dark.get());
    }

    private void fillBackground() {
        setBackground(new javafx.scene.layout.Background(
                new javafx.scene.layout.BackgroundFill(theme().background, null, null)));
    }

    /** Schedules a redraw on the next pulse; any number of calls before it cost one redraw. */
    protected final void markDirty() {
        dirty = true;
        setNeedsLayout(true);
    }

    /** Current size on whole pixels (never below 1, so a collapsed chart still has a valid layout). */
    final double chartWidth() {
        return Math.max(1, Math.floor(getWidth()));
    }

    final double chartHeight() {
        return Math.max(1, Math.floor(getHeight()));
    }

    /** Output scale of the window (2 on a HiDPI screen), for pixel buffers that should stay sharp. */
    final double renderScale() {
        if (getScene() != null && getScene().getWindow() != null) {
            return Math.max(1, getScene().getWindow().getRenderScaleX());
        }
        return 1;
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            redrawNow();
        }
        layoutOverlays();
    }

    /** Places child nodes other than the canvas (tooltips); called after each layout. */
    protected void layoutOverlays() {}

    /** Redraws immediately, whether dirty or not. */
    final void redrawNow() {
        dirty = false;
        redraws++;
        double w = chartWidth();
        double h = chartHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // Clearing the whole canvas also drops its queued commands, so they never pile up between frames.
        gc.clearRect(0, 0, w, h);
        paint(gc, w, h);
    }

    /** How often the chart has been redrawn (tests check that updates are coalesced). */
    final int redrawCount() {
        return redraws;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 90;
    }

    static void requireFxThread(String method) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(method + " must be called on the JavaFX application thread, not on "
                    + Thread.currentThread().getName());
        }
    }
}
