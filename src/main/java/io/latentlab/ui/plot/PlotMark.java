package io.latentlab.ui.plot;

import javafx.geometry.Point2D;

/**
 * A place to mark on a {@link ScatterPlot}: one of its points (found where it is drawn at each paint, so it follows
 * new coordinates) or fixed data coordinates.
 *
 * @param point the point's index, or −1 for fixed coordinates
 * @param at the fixed data coordinates, or null for a point
 */
public record PlotMark(int point, Point2D at) {

    /** Point {@code index} of the plot; null for a negative index (a row the plot does not show). */
    public static PlotMark point(int index) {
        return index < 0 ? null : new PlotMark(index, null);
    }

    public static PlotMark at(double x, double y) {
        return new PlotMark(-1, new Point2D(x, y));
    }

    /** Where the mark is in data coordinates with the plot's points {@code data}; null for a point it lacks. */
    Point2D resolve(PointData data) {
        if (point < 0) {
            return at;
        }
        return point < data.count() ? new Point2D(data.x(point), data.y(point)) : null;
    }
}
