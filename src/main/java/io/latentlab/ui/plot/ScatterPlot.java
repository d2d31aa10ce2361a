package io.latentlab.ui.plot;

import io.latentlab.core.data.Matrix;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;

/**
 * 2-D scatter plot of many points coloured by class, drawn on a canvas through a pixel buffer (20,000 points take
 * a few milliseconds). Wheel zooms around the cursor, dragging pans, double-click restores the automatic range,
 * hovering shows the nearest point's row, class and coordinates, and its picture when the rows are images
 * ({@link #setRowImages}), which can also be drawn in place of the dots ({@link #showImagesProperty()}).
 *
 * <p>The chart only wires its collaborators: {@link PointData} holds the points, {@link ViewRange} the visible
 * range, {@link ClassVisibility} the hidden classes, the plugins {@link ZoomPanHandler}, {@link HoverTooltip} and
 * {@link ProbeMarker} handle the mouse, and {@link PointLayer} draws the points (and {@link ThumbnailLayer} the
 * pictures) onto any {@link Sketch}, so the screen and the SVG export share one painting path.
 *
 * <p>JavaFX thread only (see {@link CanvasChart}). Data setters copy into arrays that are reused while the point
 * count does not grow, so feeding a new frame per training epoch allocates nothing per point.
 */
public final class ScatterPlot extends CanvasChart {

    private final PointData data = new PointData();
    private final ReadOnlyObjectWrapper<List<String>> classNames =
            new ReadOnlyObjectWrapper<>(this, "classNames", List.of());
    private final ReadOnlyObjectWrapper<Rectangle2D> view =
            new ReadOnlyObjectWrapper<>(this, "view", new Rectangle2D(0, 0, 1, 1));
    private final ViewRange range = new ViewRange(this::onViewChanged);
    private final HoverTooltip hover = new HoverTooltip(this);
    private final ClassVisibility.Link visibility = new ClassVisibility.Link(this::onVisibilityChanged);
    private final ZoomPanHandler zoomPan = new ZoomPanHandler(this, range, hover);
    private final ProbeMarker probe = new ProbeMarker(this, zoomPan::wasDragged);
    private final EndMarkers ends = new EndMarkers();
    private final PointerTracker pointer = new PointerTracker(this);
    private final PointLayer points = new PointLayer();
    private final PointRaster raster = new PointRaster();
    private final ThumbnailLayer thumbnails = new ThumbnailLayer();
    private final BooleanProperty showImages = new SimpleBooleanProperty(this, "showImages", false);
    /** The frame of the last paint, which the overlays line up with. */
    private AxesFrame lastFrame;

    public ScatterPlot() {
        getStyleClass().add("scatter-plot");
        getChildren().addAll(ends.overlay(), hover.ring(), probe.overlay(), hover.label());
        hover.style(theme());
        darkProperty().addListener(o -> hover.style(theme()));
        showImages.addListener(o -> markDirty());
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
            throw new IllegalArgumentException(
                    "xs and ys must have the same length, got " + xs.length + " and " + ys.length);
        }
        data.load(xs, 0, 1, ys, 0, 1, xs.length, labels, classNames);
        onDataChanged();
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
            throw new IllegalArgumentException(
                    "a scatter plot needs a matrix with 2 columns, got " + xy.rows() + "x" + xy.cols());
        }
        data.load(xy.data(), 0, 2, xy.data(), 1, 2, xy.rows(), labels, classNames);
        onDataChanged();
    }

    /** Removes all points (the class names stay, so a shared legend does not flicker). */
    public void clear() {
        requireFxThread("ScatterPlot.clear");
        data.clear();
        onDataChanged();
    }

    private void onDataChanged() {
        if (!data.classNames().equals(classNames.get())) {
            classNames.set(data.classNames());
        }
        visibility.get().resetFor(data.classNames());
        range.fit(data.bounds());
        hover.dataChanged();
        markDirty();
    }

    /**
     * The rows' pictures, aligned with the points (row i is point i), or null for data that are not images. The
     * same pictures again (a new frame of the same data set) keep the sample and the cached thumbnails.
     */
    public void setRowImages(RowImages images) {
        requireFxThread("ScatterPlot.setRowImages");
        RowImages before = thumbnails.images();
        thumbnails.setImages(images);
        if (thumbnails.images() != before) {
            hover.dataChanged();
            markDirty();
        }
    }

    public RowImages getRowImages() {
        return thumbnails.images();
    }

    private int[] rowNumbers;

    /**
     * The data row each point stands for, when the points are some of the rows (a live sample); null when point i
     * is row i. Only what the tooltip calls the row changes.
     */
    public void setRowNumbers(int[] rows) {
        requireFxThread("ScatterPlot.setRowNumbers");
        rowNumbers = rows;
    }

    /** The data row of point {@code index} (see {@link #setRowNumbers}). */
    public int rowNumberOf(int index) {
        int[] rows = rowNumbers;
        return rows == null || index >= rows.length ? index : rows[index];
    }

    /** Draws a sample of the rows' pictures at their points, the rest as faint dots; ignored without pictures. */
    public BooleanProperty showImagesProperty() {
        return showImages;
    }

    /** Whether thumbnails are drawn now: asked for, and the data are images. */
    public boolean isShowingImages() {
        return showImages.get() && thumbnails.images() != null;
    }

    /** The coordinates of point {@code i} as drawn (x, y), e.g. for tests of what a plot shows. */
    public Point2D getPoint(int i) {
        return new Point2D(data.x(i), data.y(i));
    }

    /** Number of rows currently plotted (including ones with non-finite coordinates). */
    public int getPointCount() {
        return data.count();
    }

    /** Class names of the current data; bind a {@link Legend}'s class names to this. */
    public ReadOnlyObjectProperty<List<String>> classNamesProperty() {
        return classNames.getReadOnlyProperty();
    }

    public List<String> getClassNames() {
        return classNames.get();
    }

    /** Omits the classes {@code shared} hides; share one instance between plots and a {@link Legend}. */
    public void setClassVisibility(ClassVisibility shared) {
        visibility.set(shared);
    }

    private void onVisibilityChanged() {
        hover.refresh();
        markDirty();
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
        return range.isFixed();
    }

    /** Shows exactly this data range (e.g. to sync two plots) until {@link #resetView()}. */
    public void setView(Rectangle2D r) {
        Objects.requireNonNull(r, "range");
        range.show(new ViewRange.Extent(r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY()));
    }

    /** Back to the automatic range: all data with a small margin, following new data again. */
    public void resetView() {
        range.reset();
    }

    private void onViewChanged() {
        ViewRange.Extent v = range.current();
        view.set(new Rectangle2D(v.x0(), v.y0(), v.width(), v.height()));
        markDirty();
    }

    // ---------------------------------------------------------------- hover and probe

    /** Row index of the point under the mouse, or -1. */
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hover.hoveredIndexProperty();
    }

    /** The tooltip text currently shown, or "" when none is. */
    public String getTooltipText() {
        return hover.text();
    }

    /** The picture in the tooltip shown now, or null (none shown, or the rows are not images). */
    Node tooltipGraphic() {
        return hover.graphic();
    }

    /** When enabled, a single click inside the plot sets {@link #probeProperty()} to its data coordinates. */
    public void setProbeEnabled(boolean enabled) {
        probe.setEnabled(enabled);
    }

    /** Data coordinates of the last click (null when none). */
    public ReadOnlyObjectProperty<Point2D> probeProperty() {
        return probe.probeProperty();
    }

    public void clearProbe() {
        probe.clear();
    }

    /** Data coordinates under the hovering mouse (null outside the plot area and while panning). */
    public ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return pointer.pointerProperty();
    }

    /**
     * Marks the ends of an interpolation, A and B (either may be null: not picked, or not in this plot), joined
     * by a dashed line when both show.
     */
    public void setEnds(PlotMark a, PlotMark b) {
        ends.set(a, b);
        requestOverlayLayout();
    }

    /** Marks the row picked for its reconstruction (null: none, or not drawn here). */
    public void setPicked(PlotMark row) {
        ends.setPicked(row);
        requestOverlayLayout();
    }

    /** Where the ends A and B and the picked row are marked now, in data coordinates (null: not), for tests. */
    public Point2D[] markedEnds() {
        return new Point2D[] {resolve(ends.first()), resolve(ends.second()), resolve(ends.picked())};
    }

    /** Data coordinates of point {@code index} as drawn now, or null when there is no such point. */
    public Point2D pointAt(int index) {
        return resolve(PlotMark.point(index));
    }

    private Point2D resolve(PlotMark m) {
        return m == null ? null : m.resolve(data);
    }

    @Override
    protected void layoutOverlays() {
        ends.layout(lastFrame, this::resolve);
        probe.layout(lastFrame);
        hover.layout(lastFrame);
    }

    // ---------------------------------------------------------------- for the plugins

    PointData data() {
        return data;
    }

    ClassVisibility classVisibility() {
        return visibility.get();
    }

    /** Lays out the overlays on the next pulse without redrawing the points. */
    void requestOverlayLayout() {
        setNeedsLayout(true);
    }

    AxesFrame currentFrame() {
        return frame(chartWidth(), chartHeight());
    }

    /** Local (this node's) coordinates of a data point under the current view. */
    Point2D dataToLocal(double x, double y) {
        AxesFrame f = currentFrame();
        return new Point2D(f.toPixelX(x), f.toPixelY(y));
    }

    // ---------------------------------------------------------------- drawing

    @Override
    AxesFrame frame(double w, double h) {
        return AxesFrame.layout(
                w, h, getTitle(), xLabelProperty().get(), yLabelProperty().get(), range.xScale(), range.yScale(), 0);
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        lastFrame = frame(w, h);
        paint(new CanvasSketch(gc, raster, renderScale()), lastFrame, w);
    }

    /** The one painting path of screen and export; {@code fullWidth} includes an export's legend beside the plot. */
    private void paint(Sketch s, AxesFrame f, double fullWidth) {
        PlotTheme t = theme();
        s.fillRect(0, 0, fullWidth, f.height, t.background);
        f.paintGrid(s, t);
        boolean pictures = isShowingImages();
        points.paint(s, f, data, visibility.get(), isDark(), pictures);
        if (pictures) {
            thumbnails.paint(s, f, data, visibility.get(), isDark());
        }
        f.paintAxes(s, t);
        if (data.count() == 0) {
            f.paintPlaceholder(s, t, "no data");
        }
    }

    /** The chart with its class legend inside on the right, at the chart's size. */
    @Override
    Picture picture() {
        double w = exportWidth();
        double h = exportHeight();
        ExportLegend legend = new ExportLegend(
                data.labelled() ? data.classNames() : List.of(), visibility.get(), isDark(), frame(w, h));
        AxesFrame f = frame(w - legend.width(), h);
        return new Picture(w, h, s -> {
            paint(s, f, w);
            legend.paint(s, theme(), w - legend.width());
        });
    }
}
