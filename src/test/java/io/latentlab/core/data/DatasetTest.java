package io.latentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /** Three 1x2 "images" with labels a, b, a. */
    private static Dataset images() {
        Matrix x = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        return new Dataset("img", x, new int[] {0, 1, 0}, List.of("a", "b"), new ImageShape(1, 2));
    }

    @Test
    void tabularByDefault() {
        Dataset d = new Dataset("t", Matrix.of(new double[][] {{1, 2}}), null, List.of());
        assertNull(d.imageShape());
        assertFalse(d.isImages());
        assertTrue(d.withImageShape(new ImageShape(2, 1)).isImages());
    }

    @Test
    void theShapeMustCoverTheFeatures() {
        Matrix x = Matrix.of(new double[][] {{1, 2, 3}});
        var e = assertThrows(
                IllegalArgumentException.class, () -> new Dataset("t", x, null, List.of(), new ImageShape(2, 2)));
        assertEquals("dataset 't' has 3 features, but images of 2x2 have 4 pixels", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ImageShape(0, 3));
        assertEquals(784, new ImageShape(28, 28).pixels());
    }

    @Test
    void derivedDatasetsKeepTheShapeWhileTheyAreStillImages() {
        Dataset d = images();
        Dataset sub = d.subset(new int[] {2, 1});
        assertEquals(new ImageShape(1, 2), sub.imageShape());
        assertArrayEquals(new int[] {0, 1}, sub.labels());
        assertEquals(new ImageShape(1, 2), d.withX(Matrix.zeros(3, 2)).imageShape(), "scaled pixels");
        assertNull(d.withX(Matrix.zeros(3, 1)).imageShape(), "a projection is no image");
        Dataset relabelled = d.withLabels(new int[] {1, 0, 1}, List.of("x", "y"));
        assertEquals(List.of("x", "y"), relabelled.classNames());
        assertEquals(new ImageShape(1, 2), relabelled.imageShape());
    }
}
