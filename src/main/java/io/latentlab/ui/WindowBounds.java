package io.latentlab.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the remembered size, made to fit the screen it opens on (a size saved on a larger
 * monitor, or the 1440 × 900 default on a smaller screen, would open cut off), and the remembered position only
 * while it still lies on a screen.
 *
 * @param x NaN: let the system place it
 * @param y NaN with x
 */
record WindowBounds(double x, double y, double width, double height) {

    /**
     * @param screen   the visual bounds of the screen the window opens on
     * @param onScreen whether a window at the remembered position and fitted size would show on some screen
     */
    static WindowBounds fit(
            UserSettings settings, Rectangle2D screen, java.util.function.Predicate<Rectangle2D> onScreen) {
        double width = Math.min(settings.width(), screen.getWidth());
        double height = Math.min(settings.height(), screen.getHeight());
        boolean placed = Double.isFinite(settings.x())
                && Double.isFinite(settings.y())
                && onScreen.test(new Rectangle2D(settings.x(), settings.y(), width, height));
        return placed
                ? new WindowBounds(settings.x(), settings.y(), width, height)
                : new WindowBounds(Double.NaN, Double.NaN, width, height);
    }
}
