package io.latentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A range that overflows is refused naming the feature, never scaled to zeros; saved ranges must make sense. */
class ScalerOverflowTest {

    private static Matrix columns(double a, double b) {
        return new Matrix(4, 2, new double[] {1, a, 2, b, 3, a, 4, b});
    }

    @Test
    void overflowingRangesAreRefusedForBothKinds() {
        double[][] cells = {{1.7e308, -1.7e308}, {-1.7e308, 1.7e308}, {Double.MAX_VALUE, -Double.MAX_VALUE}};
        int tried = 0;
        int handled = 0;
        for (double[] c : cells) {
            for (ScalingMethod m : new ScalingMethod[] {ScalingMethod.MINMAX, ScalingMethod.STANDARD}) {
                tried++;
                IllegalArgumentException e =
                        assertThrows(IllegalArgumentException.class, () -> Scaler.fit(m, columns(c[0], c[1])));
                assertTrue(e.getMessage().contains("feature 2"), e.getMessage());
                assertTrue(e.getMessage().contains("too large for a double"), e.getMessage());
                handled++;
            }
        }
        assertEquals(tried, handled);
    }

    @Test
    void largeButRepresentableRangesStillScale() {
        Scaler s = Scaler.fit(ScalingMethod.MINMAX, columns(8e307, -8e307));
        Matrix x = s.transform(columns(8e307, -8e307));
        assertEquals(1.0, x.get(0, 1), 1e-12);
        assertEquals(0.0, x.get(1, 1));
    }

    @Test
    void savedRangesMustBeFiniteAndNotNegative() {
        double[] min = {0, 0};
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> Scaler.fromPreprocessing(
                            "minmax", Map.of("data_min", min, "data_range", new double[] {1, bad}), 2));
            assertTrue(e.getMessage().contains("preprocessing.data_range[1]"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Scaler.fromPreprocessing("standard", Map.of("mean", min, "scale", new double[] {0, 1}), 2));
        assertTrue(e.getMessage().contains("preprocessing.scale[0]"), e.getMessage());
        // A range of 0 is what fit saves for a constant feature.
        Scaler.fromPreprocessing("minmax", Map.of("data_min", min, "data_range", new double[] {0, 1}), 2);
    }
}
