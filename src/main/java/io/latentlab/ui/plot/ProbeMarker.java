package io.latentlab.ui.plot;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Scatter plot plugin: when enabled, a single click inside the plot area publishes its data coordinates (the
 * latent plot decodes them) and marks the spot with a ring that follows zoom and pan.
 */
final class ProbeMarker {

    static final Color MARKER_COLOR = Color.web("#EE6352");

    private final ScatterPlot plot;
    private final BooleanSupplier pressWasDrag;
    private final Circle marker = new Circle(7);
    private final ReadOnlyObjectWrapper<Point2D> probe;
    private boolean enabled;

    /** @param pressWasDrag true when the press that ends in a click panned the plot (then it is no probe) */
    ProbeMarker(ScatterPlot plot, BooleanSupplier pressWasDrag) {
        this.plot = plot;
        this.pressWasDrag = pressWasDrag;
        this.probe = new ReadOnlyObjectWrapper<>(plot, "probe");
        marker.setFill(Color.TRANSPARENT);
        marker.setStrokeWidth(2);
        marker.setStroke(MARKER_COLOR);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
    }

    Node overlay() {
        return marker;
    }

    ReadOnlyObjectProperty<Point2D> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    void setEnabled(boolean value) {
        enabled = value;
        if (!value) {
            clear();
        }
    }

    void clear() {
        probe.set(null);
        marker.setVisible(false);
    }

    private void click(MouseEvent e) {
        if (!enabled || e.getButton() != MouseButton.PRIMARY || pressWasDrag.getAsBoolean()) {
            return;
        }
        if (e.getClickCount() == 2) {
            // A double-click resets the zoom: its first click was no pick, so the spot before it comes back.
            probe.set(beforeClick);
            marker.setVisible(false);
            plot.requestOverlayLayout();
            return;
        }
        AxesFrame f = plot.currentFrame();
        if (e.getClickCount() == 1 && f.insidePlot(e.getX(), e.getY())) {
            beforeClick = probe.get();
            probe.set(new Point2D(f.toDataX(e.getX()), f.toDataY(e.getY())));
            plot.requestOverlayLayout();
        }
    }

    /** The spot before the last click, for a double-click to bring back. */
    private Point2D beforeClick;

    /** Places the ring for the frame of the last paint; hidden while the spot is scrolled out of view. */
    void layout(AxesFrame f) {
        Point2D p = probe.get();
        if (p != null && f != null) {
            marker.setCenterX(f.toPixelX(p.getX()));
            marker.setCenterY(f.toPixelY(p.getY()));
            marker.setVisible(f.insidePlot(marker.getCenterX(), marker.getCenterY()));
        }
    }
}
