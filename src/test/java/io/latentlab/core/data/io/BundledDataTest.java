package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertEquals(new ImageShape(8, 8), d.imageShape());
    }

    @Test
    void fashionMnistIsTheOfficialSplitWithItsClassNames() {
        Dataset test = BundledData.fashionMnistTest();
        assertEquals("fashion-mnist-test", test.name());
        assertEquals(10_000, test.rows());
        assertEquals(784, test.features());
        assertEquals(new ImageShape(28, 28), test.imageShape());
        assertEquals(
                List.of(
                        "T-shirt/top",
                        "Trouser",
                        "Pullover",
                        "Dress",
                        "Coat",
                        "Sandal",
                        "Shirt",
                        "Sneaker",
                        "Bag",
                        "Ankle boot"),
                test.classNames());
        int[] counts = new int[10];
        for (int label : test.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, counts);
        // The first test image is an ankle boot, the second a pullover (as in the Fashion-MNIST README's figure).
        assertEquals(9, test.labels()[0]);
        assertEquals(2, test.labels()[1]);
        double max = 0;
        for (double v : test.x().data()) {
            assertTrue(v >= 0 && v <= 255 && v == Math.rint(v), "pixel " + v);
            max = Math.max(max, v);
        }
        assertEquals(255, max);

        Dataset train = BundledData.fashionMnistTrain();
        assertEquals(60_000, train.rows());
        assertEquals(784, train.features());
        assertEquals(new ImageShape(28, 28), train.imageShape());
        assertEquals(test.classNames(), train.classNames());
        Arrays.fill(counts, 0);
        for (int label : train.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000}, counts);
    }
}
