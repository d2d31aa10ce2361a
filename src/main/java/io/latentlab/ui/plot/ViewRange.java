package io.latentlab.ui.plot;

/**
 * The data range a scatter plot shows: either the automatic range (all finite data plus a margin, following new
 * data) or a range the user fixed by zooming, panning or {@link #show}. Pure arithmetic, no JavaFX, so the
 * zoom and pan math is tested without a toolkit; the owner hears of every change through {@code onChange}.
 */
final class ViewRange {

    static final double AUTO_MARGIN = 0.05;
    /** Zooming in stops at this span relative to the coordinates' size, before doubles lose the view. */
    private static final double MIN_RELATIVE_SPAN = 1e-9;

    /** An x and a y interval in data units. */
    record Extent(double x0, double x1, double y0, double y1) {

        double width() {
            return x1 - x0;
        }

        double height() {
            return y1 - y0;
        }
    }

    private final Runnable onChange;
    private Extent auto = new Extent(0, 1, 0, 1);
    private Extent view = auto;
    private boolean fixed;

    ViewRange(Runnable onChange) {
        this.onChange = onChange;
    }

    Extent current() {
        return view;
    }

    Extent automatic() {
        return auto;
    }

    /** True once the user fixed the range; new data then no longer re-fits it. */
    boolean isFixed() {
        return fixed;
    }

    AxisScale xScale() {
        return AxisScale.linear(view.x0, view.x1);
    }

    AxisScale yScale() {
        return AxisScale.linear(view.y0, view.y1);
    }

    /** New data: recomputes the automatic range, which is shown unless the view is fixed. */
    void fit(FiniteBounds bounds) {
        AxisScale x = bounds.count() == 0
                ? AxisScale.padded(0, 1, AUTO_MARGIN)
                : AxisScale.padded(bounds.minX(), bounds.maxX(), AUTO_MARGIN);
        AxisScale y = bounds.count() == 0
                ? AxisScale.padded(0, 1, AUTO_MARGIN)
                : AxisScale.padded(bounds.minY(), bounds.maxY(), AUTO_MARGIN);
        auto = new Extent(x.lo(), x.hi(), y.lo(), y.hi());
        if (!fixed) {
            apply(auto, false);
        }
    }

    /** Shows exactly this range until {@link #reset()}. */
    void show(Extent range) {
        if (!(range.width() > 0)
                || !(range.height() > 0)
                || !Double.isFinite(range.x1)
                || !Double.isFinite(range.y1)
                || !Double.isFinite(range.x0)
                || !Double.isFinite(range.y0)) {
            throw new IllegalArgumentException("view range needs a finite positive width and height, got " + range);
        }
        apply(range, true);
    }

    /** Back to the automatic range, following new data again. */
    void reset() {
        apply(auto, false);
    }

    /** Scales the view by {@code factor} (below 1 = zoom in) keeping the data point (cx, cy) where it is. */
    void zoomAbout(double cx, double cy, double factor) {
        double minSpan = MIN_RELATIVE_SPAN * Math.max(1, Math.max(Math.abs(cx), Math.abs(cy)));
        double fx = Math.max(factor, minSpan / view.width());
        double fy = Math.max(factor, minSpan / view.height());
        apply(
                new Extent(
                        cx - (cx - view.x0) * fx,
                        cx + (view.x1 - cx) * fx,
                        cy - (cy - view.y0) * fy,
                        cy + (view.y1 - cy) * fy),
                true);
    }

    /**
     * Pans from {@code start} (the view when the drag began) as if the content were dragged right by
     * {@code rightFraction} of the plot width and down by {@code downFraction} of its height.
     */
    void panFrom(Extent start, double rightFraction, double downFraction) {
        double shiftX = -rightFraction * start.width();
        double shiftY = downFraction * start.height();
        apply(new Extent(start.x0 + shiftX, start.x1 + shiftX, start.y0 + shiftY, start.y1 + shiftY), true);
    }

    private void apply(Extent next, boolean fix) {
        fixed = fix;
        if (next.equals(view)) {
            return;
        }
        view = next;
        onChange.run();
    }
}
