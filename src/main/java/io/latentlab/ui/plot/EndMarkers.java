package io.latentlab.ui.plot;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Scatter plot plugin: the two ends of an interpolation, A and B, as labelled rings joined by a dashed line, and the
 * row picked for its reconstruction, as a plain ring, at data coordinates that follow zoom and pan (so a row picked
 * in one plot is marked in the other too). A mark outside the view is hidden; the line shows the part of it
 * inside the view.
 */
final class EndMarkers {

    private final Circle ringA = ring();
    private final Circle ringB = ring();
    private final Circle ringPicked = ring();
    private final Text labelA = label("A");
    private final Text labelB = label("B");
    private final Line line = new Line();
    private final Group overlay = new Group(line, ringPicked, ringA, ringB, labelA, labelB);
    private PlotMark a;
    private PlotMark b;
    private PlotMark picked;

    EndMarkers() {
        line.setStroke(ProbeMarker.MARKER_COLOR);
        line.setStrokeWidth(1.5);
        line.getStrokeDashArray().setAll(5.0, 4.0);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        hideAll();
    }

    private static Circle ring() {
        Circle c = new Circle(6);
        c.setFill(Color.TRANSPARENT);
        c.setStroke(ProbeMarker.MARKER_COLOR);
        c.setStrokeWidth(2.5);
        return c;
    }

    private static Text label(String s) {
        Text t = new Text(s);
        t.setFont(Font.font(null, FontWeight.BOLD, 12));
        t.setFill(ProbeMarker.MARKER_COLOR);
        return t;
    }

    Node overlay() {
        return overlay;
    }

    /** The ends; either may be null (not picked, or not shown in this plot). */
    void set(PlotMark first, PlotMark second) {
        a = first;
        b = second;
    }

    /** The row picked for its reconstruction (null: none, or not drawn in this plot). */
    void setPicked(PlotMark row) {
        picked = row;
    }

    PlotMark picked() {
        return picked;
    }

    PlotMark first() {
        return a;
    }

    PlotMark second() {
        return b;
    }

    /** Places the marks for the frame of the last paint, a point's where it is drawn now. */
    void layout(AxesFrame f, java.util.function.Function<PlotMark, Point2D> where) {
        hideAll();
        if (f == null) {
            return;
        }
        place(f, where.apply(picked), ringPicked, null);
        Point2D pa = where.apply(a);
        Point2D pb = where.apply(b);
        place(f, pa, ringA, labelA);
        place(f, pb, ringB, labelB);
        // The line shows wherever it crosses the view, also with an end (or both) zoomed out of it.
        double[] seg = finite(pa) && finite(pb)
                ? clip(f, f.toPixelX(pa.getX()), f.toPixelY(pa.getY()), f.toPixelX(pb.getX()), f.toPixelY(pb.getY()))
                : null;
        if (seg != null) {
            line.setStartX(seg[0]);
            line.setStartY(seg[1]);
            line.setEndX(seg[2]);
            line.setEndY(seg[3]);
            line.setVisible(true);
        }
    }

    private static boolean finite(Point2D p) {
        return p != null && Double.isFinite(p.getX()) && Double.isFinite(p.getY());
    }

    /** The part of the segment inside the plot area (Liang–Barsky), or null when it misses the area. */
    static double[] clip(AxesFrame f, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - f.left, f.left + f.plotWidth - x0, y0 - f.top, f.top + f.plotHeight - y0};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null; // parallel to this edge and outside it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 > t1 ? null : new double[] {x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy};
    }

    private static void place(AxesFrame f, Point2D p, Circle ring, Text label) {
        if (!finite(p)) {
            return;
        }
        double x = f.toPixelX(p.getX());
        double y = f.toPixelY(p.getY());
        if (!f.insidePlot(x, y)) {
            return;
        }
        ring.setCenterX(x);
        ring.setCenterY(y);
        ring.setVisible(true);
        if (label != null) {
            label.setX(x + 8);
            label.setY(y - 8);
            label.setVisible(true);
        }
    }

    private void hideAll() {
        line.setVisible(false);
        ringA.setVisible(false);
        ringB.setVisible(false);
        ringPicked.setVisible(false);
        labelA.setVisible(false);
        labelB.setVisible(false);
    }
}
