package io.latentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlobsTest {

    @Test
    void sameSeedGivesIdenticalDataAndOtherSeedDoesNot() {
        double[][] centers = Blobs.randomCenters(4, 3, -1, 1, 7);
        Dataset a = Blobs.generate(101, centers, new double[] {0.2, 0.2, 0.2, 0.2}, true, 7);
        Dataset b = Blobs.generate(101, Blobs.randomCenters(4, 3, -1, 1, 7), new double[] {0.2, 0.2, 0.2, 0.2}, true, 7);
        assertEquals(a.x(), b.x());
        assertArrayEquals(a.labels(), b.labels());
        Dataset c = Blobs.generate(101, Blobs.randomCenters(4, 3, -1, 1, 8), new double[] {0.2, 0.2, 0.2, 0.2}, true, 8);
        assertNotEquals(a.x(), c.x());
    }

    @Test
    void samplesAreSpreadEvenlyLikeMakeBlobs() {
        Dataset d = Blobs.generate(10, Blobs.randomCenters(3, 2, -1, 1, 1), new double[] {1, 1, 1}, true, 1);
        int[] counts = new int[3];
        for (int label : d.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {4, 3, 3}, counts);
    }

    @Test
    void centresLieInTheBoxAndBlobsHaveTheirOwnSpread() {
        double[][] centers = Blobs.randomCenters(20, 50, -1, 1, 17);
        for (double[] c : centers) {
            for (double v : c) {
                assertTrue(v >= -1 && v < 1, "centre coordinate " + v + " outside the box");
            }
        }
        double[][] two = {{0, 0}, {10, 10}};
        Dataset d = Blobs.generate(40000, two, new double[] {0.5, 2.0}, false, 3);
        double[] sd = new double[2];
        double[] mean = new double[2];
        int[] n = new int[2];
        for (int i = 0; i < d.rows(); i++) {
            int c = d.labels()[i];
            mean[c] += d.x().get(i, 0);
            sd[c] += Math.pow(d.x().get(i, 0) - two[c][0], 2);
            n[c]++;
        }
        assertEquals(0.0, mean[0] / n[0], 0.02);
        assertEquals(10.0, mean[1] / n[1], 0.05);
        assertEquals(0.5, Math.sqrt(sd[0] / n[0]), 0.01);
        assertEquals(2.0, Math.sqrt(sd[1] / n[1]), 0.04);
    }

    @Test
    void unshuffledRowsAreGroupedByCentre() {
        Dataset d = Blobs.generate(6, new double[][] {{0}, {5}}, new double[] {0.1, 0.1}, false, 2);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, d.labels());
    }
}
