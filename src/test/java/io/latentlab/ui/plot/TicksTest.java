package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(0.2, Ticks.niceStep(0.17), 1e-12);
        assertEquals(0.25, Ticks.niceStep(0.22), 1e-12);
        assertEquals(5, Ticks.niceStep(3.1), 1e-12);
        assertEquals(10, Ticks.niceStep(7), 1e-12);
        assertEquals(1e-3, Ticks.niceStep(1e-3), 1e-15);
    }

    @Test
    void linearTicksAreRoundAndInsideTheRange() {
        Ticks t = Ticks.linear(-0.05, 1.05, 5);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1.0}, t.values(), 1e-12);
        assertArrayEquals(new String[] {"0.00", "0.25", "0.50", "0.75", "1.00"}, t.labels());

        Ticks wide = Ticks.linear(-13, 87, 5);
        assertArrayEquals(new String[] {"0", "20", "40", "60", "80"}, wide.labels());
    }

    @Test
    void labelsHaveNoFloatingPointNoise() {
        Ticks t = Ticks.linear(0.1, 0.7, 6);
        for (String label : t.labels()) {
            assertTrue(label.length() <= 4, label);
        }
    }

    @Test
    void epochTicksNeverFallBetweenWholeEpochs() {
        Ticks t = Ticks.linear(1, 3, 10, 1);
        assertArrayEquals(new double[] {1, 2, 3}, t.values(), 1e-12);
        // Ten epochs in a narrow chart: the nice step 2.5 (ticks 2.5, 5.0, 7.5, 10.0) becomes a whole one.
        Ticks ten = Ticks.linear(1, 10, 4, 1);
        assertArrayEquals(new double[] {3, 6, 9}, ten.values(), 1e-12);
        assertArrayEquals(new String[] {"3", "6", "9"}, ten.labels());
    }

    @Test
    void logTicksArePowersOfTenLabelledAsSuch() {
        Ticks t = Ticks.log10(8e-4, 1.2, 8);
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1}, t.values(), 1e-15);
        assertArrayEquals(new String[] {"10⁻³", "10⁻²", "10⁻¹", "10⁰"}, t.labels());
    }

    @Test
    void manyDecadesAreThinnedToFit() {
        // 11 powers of ten in range: every 2nd fits in 6 ticks, every 3rd in 5.
        assertArrayEquals(
                new String[] {"10⁻⁸", "10⁻⁶", "10⁻⁴", "10⁻²", "10⁰", "10²"},
                Ticks.log10(0.9e-8, 1.1e2, 6).labels());
        assertArrayEquals(
                new String[] {"10⁻⁶", "10⁻³", "10⁰"},
                Ticks.log10(0.9e-8, 1.1e2, 5).labels());
        Ticks fits = Ticks.log10(7e-4, 1.7, 5);
        assertArrayEquals(new String[] {"10⁻³", "10⁻²", "10⁻¹", "10⁰"}, fits.labels());
    }

    @Test
    void shortLogRangesGetIntermediateTicks() {
        Ticks t = Ticks.log10(0.015, 0.09, 6);
        assertArrayEquals(new double[] {0.02, 0.05}, t.values(), 1e-15);
        assertArrayEquals(new String[] {"0.02", "0.05"}, t.labels());
    }

    @Test
    void intermediateTicksAreAllLabelledInOneStyle() {
        // The loss chart's range after a few epochs: the decade among the multiples is "0.01", not "10⁻²".
        assertArrayEquals(
                new String[] {"0.002", "0.005", "0.01", "0.02"},
                Ticks.log10(0.0019, 0.045, 6).labels());
        // Too small for short decimals: every tick a power of ten.
        assertArrayEquals(
                new String[] {"2×10⁻⁶", "5×10⁻⁶", "10⁻⁵", "2×10⁻⁵"},
                Ticks.log10(1.9e-6, 2.4e-5, 6).labels());
    }

    @Test
    void emptyOrInvalidRangesGiveNoTicks() {
        assertEquals(0, Ticks.linear(1, 1, 5).size());
        assertEquals(0, Ticks.linear(Double.NaN, 1, 5).size());
        assertEquals(0, Ticks.log10(0, 1, 5).size());
    }
}
