package io.latentlab.ui.plot;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * Scatter plot plugin: the data coordinates under the mouse while it hovers over the plot area (null outside it
 * and while a drag pans), so a listener can decode where the user points. It only publishes the newest position;
 * whoever listens coalesces the work.
 */
final class PointerTracker {

    private final ReadOnlyObjectWrapper<Point2D> pointer;

    PointerTracker(ScatterPlot plot) {
        pointer = new ReadOnlyObjectWrapper<>(plot, "pointer");
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            AxesFrame f = plot.currentFrame();
            pointer.set(
                    f.insidePlot(e.getX(), e.getY()) ? new Point2D(f.toDataX(e.getX()), f.toDataY(e.getY())) : null);
        });
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointer.set(null));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer.set(null));
    }

    ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }
}
