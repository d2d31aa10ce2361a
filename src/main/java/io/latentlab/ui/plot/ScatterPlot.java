package io.latentlab.ui.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

import io.latentlab.core.data.Matrix;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * 2-D scatter plot of many points coloured by class, drawn on a canvas through a pixel buffer (20,000 points take
 * a few milliseconds). Wheel zooms around the cursor, dragging pans, double-click restores the automatic range,
 * hovering shows the nearest point's row, class and coordinates.
 *
 * <p>JavaFX thread only (see {@link CanvasChart}). Data setters copy into arrays that are reused while the point
 * count does not grow, so feeding a new frame per training epoch allocates nothing per point.
 */
public final class ScatterPlot extends CanvasChart {

    static final double POINT_RADIUS = 2.0;
    static final double POINT_ALPHA = 0.5;
    static final double HOVER_DISTANCE_PX = 6;
    private static final double RANGE_MARGIN = 0.05;
    private static final double WHEEL_ZOOM_PER_NOTCH = 1.2;
    private static final double WHEEL_NOTCH = 40;

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] labels = new int[0];
    private int count;
    private boolean labelled;
    private final ReadOnlyObjectWrapper<List<String>> classNames =
            new ReadOnlyObjectWrapper<>(this, "classNames", List.of());

    private final ClassVisibility.Link visibility = new ClassVisibility.Link(this::onVisibilityChanged);
    private boolean[] hiddenByClass = new boolean[0];
    private final IntPredicate visiblePoint = i -> !isHiddenClass(labelled ? labels[i] : 0);

    private double autoX0 = 0;
    private double autoX1 = 1;
    private double autoY0 = 0;
    private double autoY1 = 1;
    private double viewX0 = 0;
    private double viewX1 = 1;
    private double viewY0 = 0;
    private double viewY1 = 1;
    private boolean userView;
    private final ReadOnlyObjectWrapper<Rectangle2D> view =
            new ReadOnlyObjectWrapper<>(this, "view", new Rectangle2D(0, 0, 1, 1));

    private final PointGrid grid = new PointGrid();
    private boolean gridValid;
    private int[] pixels = new int[0];
    private WritableImage image;
    private DotStamp stamp;
    private int[] classRgb = new int[0];
    private AxesFrame lastFrame;

    private final Label tooltip = new Label();
    private final Circle highlight = new Circle(POINT_RADIUS + 2.5);
    /** Marks the last clicked data position (the latent plot decodes it). */
    private final Circle probeMarker = new Circle(7);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Point2D> probe =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "probe");
    private boolean probeEnabled;
    private final ReadOnlyIntegerWrapper hoveredIndex = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    private double pressX;
    private double pressY;
    private double pressViewX0;
    private double pressViewX1;
    private double pressViewY0;
    private double pressViewY1;
    private boolean panning;
    private boolean dragged;

    public ScatterPlot() {
        getStyleClass().add("scatter-plot");
        tooltip.getStyleClass().add("plot-tooltip");
        tooltip.setManaged(false);
        tooltip.setMouseTransparent(true);
        tooltip.setVisible(false);
        tooltip.setFont(TextStyle.TICK.font);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        highlight.setVisible(false);
        highlight.setFill(Color.TRANSPARENT);
        highlight.setStrokeWidth(1.5);
        probeMarker.setFill(Color.TRANSPARENT);
        probeMarker.setStrokeWidth(2);
        probeMarker.setStroke(Color.web("#EE6352"));
        probeMarker.setMouseTransparent(true);
        probeMarker.setVisible(false);
        getChildren().addAll(highlight, probeMarker, tooltip);
        styleOverlays();
        darkProperty().addListener(o -> {
            styleOverlays();
            classRgb = new int[0]; // class colours depend on the background
        });
        installMouseHandlers();
    }

    // ---------------------------------------------------------------- data

    /**
     * Replaces the points. Arrays are copied (the caller may reuse them); rows with a non-finite coordinate are
     * kept (so row indices stay aligned) but not drawn.
     *
     * @param xs         x coordinates
     * @param ys         y coordinates, same length as xs
     * @param labels     class index per row (0-based), or null for unlabelled data
     * @param classNames names of the classes; may be null, then classes are named by their index
     * @throws IllegalArgumentException for mismatched lengths or a label outside the class list
     * @throws IllegalStateException    when not called on the JavaFX application thread
     */
    public void setPoints(double[] xs, double[] ys, int[] labels, List<String> classNames) {
        requireFxThread("ScatterPlot.setPoints");
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys must have the same length, got " + xs.length + " and "
                    + ys.length);
        }
        load(xs, 0, 1, ys, 0, 1, xs.length, labels, classNames);
    }

    /**
     * Replaces the points with the rows of a two-column matrix (e.g. a 2-D projection).
     *
     * @see #setPoints(double[], double[], int[], List)
     */
    public void setPoints(Matrix xy, int[] labels, List<String> classNames) {
        requireFxThread("ScatterPlot.setPoints");
        Objects.requireNonNull(xy, "xy");
        if (xy.cols() != 2) {
            throw new IllegalArgumentException("a scatter plot needs a matrix with 2 columns, got " + xy.rows()
                    + "x" + xy.cols());
        }
        load(xy.data(), 0, 2, xy.data(), 1, 2, xy.rows(), labels, classNames);
    }

    /** Removes all points (the class names stay, so a shared legend does not flicker). */
    public void clear() {
        requireFxThread("ScatterPlot.clear");
        count = 0;
        gridValid = false;
        updateAutoRange();
        refreshHover();
        markDirty();
    }

    private void load(double[] xSrc, int xOffset, int stride, double[] ySrc, int yOffset, int yStride, int n,
                      int[] newLabels, List<String> names) {
        if (newLabels != null && newLabels.length != n) {
            throw new IllegalArgumentException("labels must have one entry per point: " + n + " points but "
                    + newLabels.length + " labels");
        }
        List<String> resolvedNames = resolveClassNames(newLabels, names, n);
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            xs[i] = xSrc[xOffset + i * stride];
            ys[i] = ySrc[yOffset + i * yStride];
        }
        labelled = newLabels != null;
        if (labelled) {
            System.arraycopy(newLabels, 0, labels, 0, n);
        }
        count = n;
        if (!resolvedNames.equals(classNames.get())) {
            classNames.set(resolvedNames);
        }
        visibility.get().resetFor(resolvedNames);
        gridValid = false;
        updateAutoRange();
        refreshHover();
        markDirty();
    }

    private static List<String> resolveClassNames(int[] labels, List<String> names, int n) {
        int maxLabel = -1;
        if (labels != null) {
            for (int i = 0; i < n; i++) {
                if (labels[i] < 0) {
                    throw new IllegalArgumentException("labels must be class indices >= 0, row " + i + " has "
                            + labels[i]);
                }
                maxLabel = Math.max(maxLabel, labels[i]);
            }
        }
        if (names != null && !names.isEmpty()) {
            if (maxLabel >= names.size()) {
                throw new IllegalArgumentException("label " + maxLabel + " has no class name: only "
                        + names.size() + " class names given");
            }
            return List.copyOf(names);
        }
        List<String> generated = new ArrayList<>(maxLabel + 1);
        for (int c = 0; c <= maxLabel; c++) {
            generated.add(Integer.toString(c));
        }
        return List.copyOf(generated);
    }

    private void ensureCapacity(int n) {
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
            labels = new int[n];
        }
    }

    /** Number of rows currently plotted (including ones with non-finite coordinates). */
    public int getPointCount() {
        return count;
    }

    /** Class names of the current data; bind a {@link Legend}'s class names to this. */
    public ReadOnlyObjectProperty<List<String>> classNamesProperty() {
        return classNames.getReadOnlyProperty();
    }

    public List<String> getClassNames() {
        return classNames.get();
    }

    /** Which classes are not drawn; share one instance between plots and a {@link Legend}. */
    public ClassVisibility getClassVisibility() {
        return visibility.get();
    }

    public void setClassVisibility(ClassVisibility shared) {
        visibility.set(shared);
    }

    private void onVisibilityChanged() {
        refreshHover();
        markDirty();
    }

    private boolean isHiddenClass(int classIndex) {
        return visibility.get().isHidden(classIndex);
    }

    // ---------------------------------------------------------------- view (zoom / pan)

    /** The visible data range (x, y, width, height in data units). */
    public ReadOnlyObjectProperty<Rectangle2D> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public Rectangle2D getView() {
        return view.get();
    }

    /** True after the user (or {@link #setView}) fixed the range; new data then no longer re-fits it. */
    public boolean isViewFixed() {
        return userView;
    }

    /** Shows exactly this data range (e.g. to sync two plots) until {@link #resetView()}. */
    public void setView(Rectangle2D range) {
        Objects.requireNonNull(range, "range");
        if (!(range.getWidth() > 0) || !(range.getHeight() > 0) || !Double.isFinite(range.getMaxX())
                || !Double.isFinite(range.getMaxY())) {
            throw new IllegalArgumentException("view range needs a finite positive width and height, got " + range);
        }
        applyView(range.getMinX(), range.getMaxX(), range.getMinY(), range.getMaxY(), true);
    }

    /** Back to the automatic range: all data with a small margin, following new data again. */
    public void resetView() {
        applyView(autoX0, autoX1, autoY0, autoY1, false);
    }

    private void updateAutoRange() {
        FiniteBounds bounds = FiniteBounds.of(xs, ys, count);
        double minX = bounds.minX();
        double maxX = bounds.maxX();
        double minY = bounds.minY();
        double maxY = bounds.maxY();
        if (bounds.count() == 0) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        double[] rangeX = padded(minX, maxX);
        double[] rangeY = padded(minY, maxY);
        autoX0 = rangeX[0];
        autoX1 = rangeX[1];
        autoY0 = rangeY[0];
        autoY1 = rangeY[1];
        if (!userView) {
            applyView(autoX0, autoX1, autoY0, autoY1, false);
        }
    }

    private static double[] padded(double lo, double hi) {
        if (hi - lo <= Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12) {
            double half = lo == 0 ? 0.5 : Math.abs(lo) * 0.1;
            return new double[] {lo - half, hi + half};
        }
        double margin = (hi - lo) * RANGE_MARGIN;
        return new double[] {lo - margin, hi + margin};
    }

    private void applyView(double x0, double x1, double y0, double y1, boolean fixed) {
        userView = fixed;
        if (x0 == viewX0 && x1 == viewX1 && y0 == viewY0 && y1 == viewY1) {
            return;
        }
        viewX0 = x0;
        viewX1 = x1;
        viewY0 = y0;
        viewY1 = y1;
        view.set(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
        markDirty();
    }

    /** Zooms by {@code factor} (below 1 = in) keeping the data point under (localX, localY) in place. */
    void zoomAt(double localX, double localY, double factor) {
        AxesFrame f = currentFrame();
        double cx = f.insidePlot(localX, localY) ? f.toDataX(localX) : (viewX0 + viewX1) / 2;
        double cy = f.insidePlot(localX, localY) ? f.toDataY(localY) : (viewY0 + viewY1) / 2;
        double minSpan = 1e-9 * Math.max(1, Math.max(Math.abs(cx), Math.abs(cy)));
        double fx = Math.max(factor, minSpan / (viewX1 - viewX0));
        double fy = Math.max(factor, minSpan / (viewY1 - viewY0));
        applyView(cx - (cx - viewX0) * fx, cx + (viewX1 - cx) * fx, cy - (cy - viewY0) * fy,
                cy + (viewY1 - cy) * fy, true);
        if (!Double.isNaN(mouseX)) {
            hoverAt(mouseX, mouseY);
        }
    }

    private void installMouseHandlers() {
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), Math.pow(WHEEL_ZOOM_PER_NOTCH, -e.getDeltaY() / WHEEL_NOTCH));
            }
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() > 0) {
                zoomAt(e.getX(), e.getY(), 1 / e.getZoomFactor());
            }
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                panning = true;
                dragged = false;
                pressX = e.getX();
                pressY = e.getY();
                pressViewX0 = viewX0;
                pressViewX1 = viewX1;
                pressViewY0 = viewY0;
                pressViewY1 = viewY1;
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!panning) {
                return;
            }
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (!dragged && Math.hypot(dx, dy) < 2) {
                return; // a click with a shaky hand is not a pan
            }
            dragged = true;
            setCursor(Cursor.MOVE);
            hideHover();
            AxesFrame f = currentFrame();
            double shiftX = -dx / f.plotWidth * (pressViewX1 - pressViewX0);
            double shiftY = dy / f.plotHeight * (pressViewY1 - pressViewY0);
            applyView(pressViewX0 + shiftX, pressViewX1 + shiftX, pressViewY0 + shiftY, pressViewY1 + shiftY, true);
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (panning) {
                panning = false;
                setCursor(null);
                hoverAt(e.getX(), e.getY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged) {
                resetView();
            } else if (probeEnabled && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !dragged) {
                AxesFrame f = currentFrame();
                if (f.insidePlot(e.getX(), e.getY())) {
                    probe.set(new Point2D(f.toDataX(e.getX()), f.toDataY(e.getY())));
                    setNeedsLayout(true);
                }
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
            hideHover();
        });
    }

    // ---------------------------------------------------------------- hover

    /** Row index of the point under the mouse, or -1. */
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    /** The tooltip text currently shown, or "" when none is. */
    public String getTooltipText() {
        return tooltip.isVisible() ? tooltip.getText() : "";
    }

    private void hoverAt(double x, double y) {
        mouseX = x;
        mouseY = y;
        AxesFrame f = currentFrame();
        if (count == 0 || panning && dragged || !f.insidePlot(x, y)) {
            hideHover();
            return;
        }
        if (!gridValid) {
            grid.build(xs, ys, count);
            gridValid = true;
        }
        int index = grid.nearest(xs, ys, f.toDataX(x), f.toDataY(y), f.plotWidth / (viewX1 - viewX0),
                f.plotHeight / (viewY1 - viewY0), HOVER_DISTANCE_PX, visiblePoint);
        if (index < 0) {
            hideHover();
            return;
        }
        hoveredIndex.set(index);
        tooltip.setText(describe(index));
        tooltip.setVisible(true);
        highlight.setVisible(true);
        setNeedsLayout(true); // positions the overlays, does not redraw the points
    }

    private String describe(int index) {
        StringBuilder sb = new StringBuilder("row ").append(index);
        if (labelled) {
            int c = labels[index];
            sb.append("\nclass ").append(classNames.get().get(c));
        }
        String xName = xLabelProperty().get().isEmpty() ? "x" : xLabelProperty().get();
        String yName = yLabelProperty().get().isEmpty() ? "y" : yLabelProperty().get();
        sb.append('\n').append(xName).append(" = ").append(Ticks.compact(xs[index]));
        sb.append('\n').append(yName).append(" = ").append(Ticks.compact(ys[index]));
        return sb.toString();
    }

    private void refreshHover() {
        if (hoveredIndex.get() >= 0 && !Double.isNaN(mouseX)) {
            hoverAt(mouseX, mouseY);
        } else if (hoveredIndex.get() >= 0) {
            hideHover();
        }
    }

    private void hideHover() {
        hoveredIndex.set(-1);
        tooltip.setVisible(false);
        highlight.setVisible(false);
    }

    /** When enabled, a single click inside the plot sets {@link #probeProperty()} to its data coordinates. */
    public void setProbeEnabled(boolean enabled) {
        probeEnabled = enabled;
        if (!enabled) {
            clearProbe();
        }
    }

    /** Data coordinates of the last click (null when none). */
    public javafx.beans.property.ReadOnlyObjectProperty<Point2D> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    public void clearProbe() {
        probe.set(null);
        probeMarker.setVisible(false);
    }

    @Override
    protected void layoutOverlays() {
        Point2D p = probe.get();
        if (p != null && lastFrame != null) {
            probeMarker.setCenterX(lastFrame.toPixelX(p.getX()));
            probeMarker.setCenterY(lastFrame.toPixelY(p.getY()));
            probeMarker.setVisible(lastFrame.insidePlot(probeMarker.getCenterX(), probeMarker.getCenterY()));
        }
        int index = hoveredIndex.get();
        if (index < 0 || index >= count || lastFrame == null) {
            return;
        }
        double px = lastFrame.toPixelX(xs[index]);
        double py = lastFrame.toPixelY(ys[index]);
        highlight.setCenterX(px);
        highlight.setCenterY(py);
        tooltip.autosize();
        double w = tooltip.getWidth();
        double h = tooltip.getHeight();
        double tx = mouseX + 14 + w > getWidth() ? mouseX - 10 - w : mouseX + 14;
        double ty = mouseY + 14 + h > getHeight() ? mouseY - 10 - h : mouseY + 14;
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    private void styleOverlays() {
        PlotTheme t = theme();
        tooltip.setTextFill(t.foreground);
        tooltip.setPadding(new Insets(4, 7, 4, 7));
        tooltip.setBackground(new Background(new BackgroundFill(t.tooltipBackground, new CornerRadii(4),
                Insets.EMPTY)));
        tooltip.setBorder(new Border(new BorderStroke(t.muted, BorderStrokeStyle.SOLID, new CornerRadii(4),
                BorderWidths.DEFAULT)));
        highlight.setStroke(t.foreground);
    }

    // ---------------------------------------------------------------- drawing

    private AxesFrame currentFrame() {
        return frame(chartWidth(), chartHeight());
    }

    private AxesFrame frame(double w, double h) {
        return AxesFrame.layout(w, h, getTitle(), xLabelProperty().get(), yLabelProperty().get(),
                AxisScale.linear(viewX0, viewX1), AxisScale.linear(viewY0, viewY1), 0);
    }

    /** Local (this node's) coordinates of a data point under the current view. */
    Point2D dataToLocal(double x, double y) {
        AxesFrame f = currentFrame();
        return new Point2D(f.toPixelX(x), f.toPixelY(y));
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        PlotTheme t = theme();
        CanvasSketch s = new CanvasSketch(gc);
        s.fillRect(0, 0, w, h, t.background);
        AxesFrame f = frame(w, h);
        lastFrame = f;
        double scale = renderScale();
        rasterize(f, t, scale);
        gc.drawImage(image, f.left, f.top, f.plotWidth, f.plotHeight);
        f.paintAxes(s, t);
        if (count == 0) {
            s.text("no data", f.left + f.plotWidth / 2, f.top + f.plotHeight / 2, TextStyle.LABEL, t.muted,
                    HPos.CENTER, VPos.CENTER);
        }
    }

    /** Plot area (background, grid, points) into the reused pixel buffer and image. */
    private void rasterize(AxesFrame f, PlotTheme t, double scale) {
        int bw = Math.max(1, (int) Math.round(f.plotWidth * scale));
        int bh = Math.max(1, (int) Math.round(f.plotHeight * scale));
        if (pixels.length < bw * bh) {
            pixels = new int[bw * bh];
        }
        Arrays.fill(pixels, 0, bw * bh, Palette.argb(t.background));
        int gridRgb = Palette.argb(t.grid);
        for (double v : f.xTicks.values()) {
            int col = (int) Math.floor(f.x.fraction(v) * bw);
            for (int row = 0; row < bh && col >= 0 && col < bw; row++) {
                pixels[row * bw + col] = gridRgb;
            }
        }
        for (double v : f.yTicks.values()) {
            int row = (int) Math.floor((1 - f.y.fraction(v)) * bh);
            if (row >= 0 && row < bh) {
                Arrays.fill(pixels, row * bw, row * bw + bw, gridRgb);
            }
        }
        double radius = POINT_RADIUS * scale;
        if (stamp == null || stamp.radius != radius) {
            stamp = new DotStamp(radius, POINT_ALPHA);
        }
        refreshClassColours();
        double kx = bw / (viewX1 - viewX0);
        double ky = bh / (viewY1 - viewY0);
        double reach = stamp.extent + 1;
        for (int i = 0; i < count; i++) {
            int c = labelled ? labels[i] : 0;
            if (hiddenByClass[c]) {
                continue;
            }
            double x = (xs[i] - viewX0) * kx;
            double y = (viewY1 - ys[i]) * ky;
            // Written so NaN fails the test and is skipped.
            if (x > -reach && x < bw + reach && y > -reach && y < bh + reach) {
                stamp.blend(pixels, bw, bh, x, y, classRgb[c]);
            }
        }
        if (image == null || image.getWidth() != bw || image.getHeight() != bh) {
            image = new WritableImage(bw, bh);
        }
        image.getPixelWriter().setPixels(0, 0, bw, bh, PixelFormat.getIntArgbPreInstance(), pixels, 0, bw);
    }

    private void refreshClassColours() {
        int classes = Math.max(1, classNames.get().size());
        if (classRgb.length < classes) {
            classRgb = new int[classes];
            hiddenByClass = new boolean[classes];
            for (int c = 0; c < classes; c++) {
                classRgb[c] = Palette.argb(Palette.color(c, isDark()));
            }
        }
        for (int c = 0; c < classes; c++) {
            hiddenByClass[c] = isHiddenClass(c);
        }
    }

    @Override
    public String toSvg() {
        requireFxThread("ScatterPlot.toSvg");
        double w = getWidth() > 1 ? chartWidth() : prefWidth(-1);
        double h = getHeight() > 1 ? chartHeight() : prefHeight(-1);
        PlotTheme t = theme();
        AxesFrame f = frame(w, h);
        List<String> names = classNames.get();
        // Legend beside the plot, in as many columns as the height needs.
        int visibleClasses = 0;
        double columnWidth = 0;
        if (labelled) {
            for (int c = 0; c < names.size(); c++) {
                if (!isHiddenClass(c)) {
                    visibleClasses++;
                    columnWidth = Math.max(columnWidth, Math.ceil(30 + TextStyle.LABEL.width(names.get(c))));
                }
            }
        }
        double rowHeight = TextStyle.LABEL.height() + 4;
        int rowsPerColumn = Math.max(1, (int) ((h - f.top - AxesFrame.PAD) / rowHeight));
        int columns = (visibleClasses + rowsPerColumn - 1) / rowsPerColumn;
        double legendWidth = columns * columnWidth;
        SvgSketch s = new SvgSketch(w + legendWidth, h, getTitle());
        s.fillRect(0, 0, w + legendWidth, h, t.background);
        f.paintGrid(s, t);
        int classes = labelled ? names.size() : 1;
        for (int c = 0; c < classes; c++) {
            if (isHiddenClass(c)) {
                continue;
            }
            s.beginCircleGroup(Palette.color(c, isDark()), POINT_ALPHA, labelled ? "class-" + c : "points");
            for (int i = 0; i < count; i++) {
                if ((labelled ? labels[i] : 0) == c && xs[i] >= viewX0 && xs[i] <= viewX1 && ys[i] >= viewY0
                        && ys[i] <= viewY1) {
                    s.groupCircle(f.toPixelX(xs[i]), f.toPixelY(ys[i]), POINT_RADIUS);
                }
            }
            s.endGroup();
        }
        f.paintAxes(s, t);
        int entry = 0;
        for (int c = 0; c < names.size() && labelled; c++) {
            if (!isHiddenClass(c)) {
                double x = w + 4 + (entry / rowsPerColumn) * columnWidth;
                double y = f.top + (entry % rowsPerColumn) * rowHeight;
                s.fillRect(x, y + 3, 10, 10, Palette.color(c, isDark()));
                s.text(names.get(c), x + 16, y + 8, TextStyle.LABEL, t.foreground, HPos.LEFT, VPos.CENTER);
                entry++;
            }
        }
        return s.finish();
    }
}
