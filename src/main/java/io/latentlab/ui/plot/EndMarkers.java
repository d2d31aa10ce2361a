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
 * in one plot is marked in the other too). A mark outside the view is hidden, and the line with it.
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
        boolean showA = place(f, where.apply(a), ringA, labelA);
        boolean showB = place(f, where.apply(b), ringB, labelB);
        if (showA && showB) {
            line.setStartX(ringA.getCenterX());
            line.setStartY(ringA.getCenterY());
            line.setEndX(ringB.getCenterX());
            line.setEndY(ringB.getCenterY());
            line.setVisible(true);
        }
    }

    private static boolean place(AxesFrame f, Point2D p, Circle ring, Text label) {
        if (p == null || !Double.isFinite(p.getX()) || !Double.isFinite(p.getY())) {
            return false;
        }
        double x = f.toPixelX(p.getX());
        double y = f.toPixelY(p.getY());
        if (!f.insidePlot(x, y)) {
            return false;
        }
        ring.setCenterX(x);
        ring.setCenterY(y);
        ring.setVisible(true);
        if (label != null) {
            label.setX(x + 8);
            label.setY(y - 8);
            label.setVisible(true);
        }
        return true;
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
