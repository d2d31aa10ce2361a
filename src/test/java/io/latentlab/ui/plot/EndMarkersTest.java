package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The A–B line is drawn where it crosses the plot area, also when both ends are zoomed out of view. */
class EndMarkersTest {

    private final AxesFrame frame =
            AxesFrame.layout(400, 300, "t", "x", "y", AxisScale.linear(0, 1), AxisScale.linear(0, 1), 0);

    @Test
    void aLineThroughTheViewIsCutAtItsEdges() {
        double y = frame.top + frame.plotHeight / 2;
        double[] seg = EndMarkers.clip(frame, frame.left - 50, y, frame.left + frame.plotWidth + 50, y);
        assertArrayEquals(new double[] {frame.left, y, frame.left + frame.plotWidth, y}, seg, 1e-9);
    }

    @Test
    void aLineInsideIsWholeAndOneOutsideIsNotDrawn() {
        double x0 = frame.left + 10;
        double y0 = frame.top + 10;
        double[] inside = {x0, y0, x0 + 20, y0 + 30};
        assertArrayEquals(inside, EndMarkers.clip(frame, inside[0], inside[1], inside[2], inside[3]), 1e-9);
        assertNull(EndMarkers.clip(frame, frame.left - 40, frame.top - 40, frame.left - 10, frame.top + 500));
    }
}
