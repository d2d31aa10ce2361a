package io.latentlab.ui.lab;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * A normal scroll speed for a vertical {@link ScrollPane}: JavaFX's own scrolls the wheel's 40 px over the whole
 * content height, so a tall panel moves only ~20 px per notch. This moves it by three text lines per notch.
 */
final class WheelScrolling {

    /** About three lines of the 12 px form text. */
    static final double PIXELS_PER_NOTCH = 48;
    /** Pixels per wheel notch when the event carries no multiplier (synthetic or pixel-precise events). */
    private static final double DEFAULT_NOTCH = 40;

    private WheelScrolling() {}

    static void install(ScrollPane pane) {
        pane.addEventFilter(ScrollEvent.SCROLL, e -> {
            Node content = pane.getContent();
            double scrollable = content == null
                    ? 0
                    : content.getLayoutBounds().getHeight()
                            - pane.getViewportBounds().getHeight();
            if (e.getDeltaY() == 0 || scrollable <= 0) {
                return; // nothing to scroll vertically: leave the event to the pane
            }
            double notches = e.getDeltaY() / (e.getMultiplierY() > 1 ? e.getMultiplierY() : DEFAULT_NOTCH);
            double range = pane.getVmax() - pane.getVmin();
            double value = pane.getVvalue() - notches * PIXELS_PER_NOTCH / scrollable * range;
            pane.setVvalue(Math.max(pane.getVmin(), Math.min(pane.getVmax(), value)));
            e.consume();
        });
    }
}
