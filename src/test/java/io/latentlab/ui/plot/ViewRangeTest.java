package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom, pan and reset arithmetic; plain doubles, no JavaFX toolkit. */
class ViewRangeTest {

    private int changes;
    private final ViewRange range = new ViewRange(() -> changes++);

    private static void assertExtent(double x0, double x1, double y0, double y1, ViewRange.Extent e) {
        assertEquals(x0, e.x0(), 1e-12, "x0 of " + e);
        assertEquals(x1, e.x1(), 1e-12, "x1 of " + e);
        assertEquals(y0, e.y0(), 1e-12, "y0 of " + e);
        assertEquals(y1, e.y1(), 1e-12, "y1 of " + e);
    }

    @Test
    void fitAddsAFivePercentMarginAndFollowsNewDataUntilFixed() {
        range.fit(new FiniteBounds(1, 5, 2, 6, 3));
        assertExtent(0.8, 5.2, 1.8, 6.2, range.current());
        assertFalse(range.isFixed());
        range.fit(new FiniteBounds(0, 10, 0, 10, 3));
        assertExtent(-0.5, 10.5, -0.5, 10.5, range.current());
        range.zoomAbout(5, 5, 0.5);
        range.fit(new FiniteBounds(0, 100, 0, 100, 3));
        assertExtent(2.25, 7.75, 2.25, 7.75, range.current());
        assertExtent(-5, 105, -5, 105, range.automatic());
    }

    @Test
    void emptyOrSingleValueDataStillGetsAUsableRange() {
        range.fit(new FiniteBounds(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 0, 0));
        assertExtent(-0.05, 1.05, -0.05, 1.05, range.current());
        range.fit(new FiniteBounds(3, 3, 0, 0, 1));
        assertExtent(2.7, 3.3, -0.5, 0.5, range.current());
    }

    @Test
    void zoomKeepsThePointUnderTheCursorInPlace() {
        range.fit(new FiniteBounds(0, 10, 0, 10, 2));
        ViewRange.Extent before = range.current();
        range.zoomAbout(2, 8, 0.5);
        ViewRange.Extent after = range.current();
        assertEquals(before.width() / 2, after.width(), 1e-12);
        assertEquals(before.height() / 2, after.height(), 1e-12);
        // The focus keeps its relative position: (2 - x0) / width is unchanged.
        assertEquals((2 - before.x0()) / before.width(), (2 - after.x0()) / after.width(), 1e-12);
        assertEquals((8 - before.y0()) / before.height(), (8 - after.y0()) / after.height(), 1e-12);
        assertTrue(range.isFixed());
        range.zoomAbout(2, 8, 2);
        assertExtent(before.x0(), before.x1(), before.y0(), before.y1(), range.current());
    }

    @Test
    void zoomingInStopsBeforeTheSpanVanishes() {
        range.show(new ViewRange.Extent(1000, 1001, 0, 1));
        for (int i = 0; i < 200; i++) {
            range.zoomAbout(1000.5, 0.5, 0.1);
        }
        assertEquals(1e-9 * 1000.5, range.current().width(), 1e-12); // doubles near 1000 resolve ~1e-13
        assertTrue(range.current().height() > 0);
    }

    @Test
    void panMovesTheViewAgainstTheDragByTheDraggedFraction() {
        ViewRange.Extent start = new ViewRange.Extent(0, 10, 0, 20);
        range.show(start);
        range.panFrom(start, 0.1, 0.25); // content dragged right and down
        assertExtent(-1, 9, 5, 25, range.current());
        range.panFrom(start, -0.5, 0); // always relative to the start, not cumulative
        assertExtent(5, 15, 0, 20, range.current());
    }

    @Test
    void resetReturnsToTheAutomaticRangeAndOnlyRealChangesNotify() {
        range.fit(new FiniteBounds(0, 10, 0, 10, 2));
        int afterFit = changes;
        range.fit(new FiniteBounds(0, 10, 0, 10, 2));
        assertEquals(afterFit, changes, "the same range again is no change");
        range.zoomAbout(5, 5, 0.5);
        range.reset();
        assertExtent(-0.5, 10.5, -0.5, 10.5, range.current());
        assertFalse(range.isFixed());
        assertEquals(afterFit + 2, changes);
    }

    @Test
    void aShownRangeMustBeFiniteAndPositive() {
        assertThrows(IllegalArgumentException.class, () -> range.show(new ViewRange.Extent(1, 1, 0, 1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> range.show(new ViewRange.Extent(0, 1, 0, Double.POSITIVE_INFINITY)));
        assertThrows(IllegalArgumentException.class, () -> range.show(new ViewRange.Extent(0, Double.NaN, 0, 1)));
        range.show(new ViewRange.Extent(-2, 2, -1, 1));
        assertTrue(range.isFixed());
        assertEquals(new ViewRange.Extent(-2, 2, -1, 1), range.current());
    }
}
