package io.latentlab.ui.plot;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The drawing operations plots need, so the same painting code produces the screen image (Canvas) and the SVG
 * export, which therefore always match.
 */
interface Sketch {

    void fillRect(double x, double y, double w, double h, Color color);

    void strokeRect(double x, double y, double w, double h, Color color, double lineWidth);

    void line(double x1, double y1, double x2, double y2, Color color, double lineWidth);

    /** Text anchored at (x, y) according to the alignment. */
    void text(String s, double x, double y, TextStyle style, Color color, HPos hAlign, VPos vAlign);

    /** Text rotated a quarter turn counter-clockwise and centred on (cx, cy), for a y-axis label. */
    void verticalText(String s, double cx, double cy, TextStyle style, Color color);

    /** Connected line through the first n points; a NaN coordinate leaves a gap. */
    void polyline(double[] xs, double[] ys, int n, Color color, double lineWidth);

    void fillCircle(double cx, double cy, double r, Color color);

    /** A scatter plot's points, clipped to the batch's rectangle. */
    void dots(DotBatch batch);

    /** Confines what follows, up to {@link #endClip()}, to the rectangle (the plot area). */
    void beginClip(double x, double y, double w, double h);

    void endClip();

    /** A picture scaled to w x h without smoothing, so its pixels stay crisp squares. */
    void image(Image image, double x, double y, double w, double h);
}
