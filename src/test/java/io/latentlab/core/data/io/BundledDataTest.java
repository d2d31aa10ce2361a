package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledDataTest {

    @Test
    void digitsHasTheKnownShapeAndClassCounts() {
        Dataset d = BundledData.digits();
        assertEquals("digits", d.name());
        assertEquals(1797, d.rows());
        assertEquals(64, d.features());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classNames());
        int[] counts = new int[10];
        for (int label : d.labels()) {
            counts[label]++;
        }
        // As listed for sklearn.datasets.load_digits.
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, counts);
        for (double v : d.x().data()) {
            assertTrue(v >= 0 && v <= 16 && v == Math.rint(v), "pixel count " + v);
        }
        // First row of the file: 0,0,5,13,9,1,0,0,... label 0.
        assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, java.util.Arrays.copyOf(d.x().row(0), 8));
        assertEquals(0, d.labels()[0]);
    }
}
