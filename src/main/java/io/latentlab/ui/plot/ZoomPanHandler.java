package io.latentlab.ui.plot;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Scatter plot plugin: the wheel (or a pinch) zooms around the cursor, dragging pans, a double-click restores the
 * automatic range. It only turns gestures into {@link ViewRange} calls; the range does the arithmetic.
 */
final class ZoomPanHandler {

    private static final double WHEEL_ZOOM_PER_NOTCH = 1.2;
    /** Scroll delta of one wheel notch on desktop platforms. */
    private static final double WHEEL_NOTCH = 40;
    /** A click with a shaky hand is not a pan. */
    private static final double DRAG_THRESHOLD_PX = 2;

    private final ScatterPlot plot;
    private final ViewRange range;
    private final HoverTooltip hover;
    private double pressX;
    private double pressY;
    private ViewRange.Extent pressView;
    private boolean pressed;
    private boolean dragged;

    ZoomPanHandler(ScatterPlot plot, ViewRange range, HoverTooltip hover) {
        this.plot = plot;
        this.range = range;
        this.hover = hover;
        plot.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), Math.pow(WHEEL_ZOOM_PER_NOTCH, -e.getDeltaY() / WHEEL_NOTCH));
            }
            e.consume();
        });
        plot.addEventHandler(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() > 0) {
                zoomAt(e.getX(), e.getY(), 1 / e.getZoomFactor());
            }
            e.consume();
        });
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressed) {
                pressed = false;
                plot.setCursor(null);
                hover.resume(e.getX(), e.getY());
            }
        });
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged) {
                range.reset();
            }
        });
    }

    /** Whether the last press turned into a pan (then its click is not a click). */
    boolean wasDragged() {
        return dragged;
    }

    /** Zooms by {@code factor} (below 1 = in) keeping the data point under (localX, localY) in place. */
    void zoomAt(double localX, double localY, double factor) {
        AxesFrame f = plot.currentFrame();
        ViewRange.Extent v = range.current();
        boolean inside = f.insidePlot(localX, localY);
        double cx = inside ? f.toDataX(localX) : (v.x0() + v.x1()) / 2;
        double cy = inside ? f.toDataY(localY) : (v.y0() + v.y1()) / 2;
        range.zoomAbout(cx, cy, factor);
        hover.rehover();
    }

    private void press(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            pressed = true;
            dragged = false;
            pressX = e.getX();
            pressY = e.getY();
            pressView = range.current();
        }
    }

    private void drag(MouseEvent e) {
        if (!pressed) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) {
            return;
        }
        dragged = true;
        plot.setCursor(Cursor.MOVE);
        hover.pause();
        AxesFrame f = plot.currentFrame();
        range.panFrom(pressView, dx / f.plotWidth, dy / f.plotHeight);
    }
}
