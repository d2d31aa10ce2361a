package io.latentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    private static final Rectangle2D SMALL_SCREEN = new Rectangle2D(0, 0, 1400, 860);

    private static UserSettings at(double x, double y, double w, double h) {
        return new UserSettings(false, x, y, w, h, null, List.of());
    }

    @Test
    void theDefaultSizeShrinksToASmallerScreen() {
        WindowBounds b = WindowBounds.fit(at(Double.NaN, Double.NaN, 1440, 900), SMALL_SCREEN, r -> true);
        assertEquals(1400, b.width());
        assertEquals(860, b.height());
        assertTrue(Double.isNaN(b.x()) && Double.isNaN(b.y()), "no remembered place: the system places it");
    }

    @Test
    void aSizeThatFitsAndAPlaceOnScreenStay() {
        WindowBounds b = WindowBounds.fit(at(20, 30, 1200, 800), SMALL_SCREEN, SMALL_SCREEN::intersects);
        assertEquals(new WindowBounds(20, 30, 1200, 800), b);
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneIsForgotten() {
        WindowBounds b = WindowBounds.fit(at(3000, 30, 1200, 800), SMALL_SCREEN, SMALL_SCREEN::intersects);
        assertTrue(Double.isNaN(b.x()), "x " + b.x());
        assertEquals(1200, b.width());
    }
}
