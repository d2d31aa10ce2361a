package io.latentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.latentlab.testing.SklearnFixture;
import io.latentlab.testing.Ulps;
import org.junit.jupiter.api.Test;

/** make_blobs parity: the same seed gives scikit-learn's numbers bit for bit (see {@link Ulps} for the one caveat). */
class BlobsTest {

    @Test
    void reproducesSklearnMakeBlobsWithDrawnCentres() {
        // make_blobs(n_samples=300, n_features=5, centers=3, random_state=0): std 1, box (-10, 10), shuffled
        SklearnFixture f = SklearnFixture.load("blobs_300x5_c3_rs0");
        Dataset d = Blobs.make(300, 3, 5, null, new double[] {1, 1, 1}, -10, 10, true, 0);
        Ulps.assertNearlyBitwise(f.x().data(), d.x().data(), "X");
        assertArrayEquals(f.y(), d.labels());
    }

    @Test
    void reproducesSklearnMakeBlobsWithGivenCentresAndStds() {
        // make_blobs(n_samples=200, n_features=3, centers=[[0,0,0],[0.3,0.3,0.3]], cluster_std=[1.0,0.05],
        // random_state=2)
        SklearnFixture f = SklearnFixture.load("overlap_200x3_c2_pointlike");
        Dataset d = Blobs.make(
                200, 2, 3, new double[][] {{0, 0, 0}, {0.3, 0.3, 0.3}}, new double[] {1.0, 0.05}, -10, 10, true, 2);
        Ulps.assertNearlyBitwise(f.x().data(), d.x().data(), "X");
        assertArrayEquals(f.y(), d.labels());
    }

    @Test
    void reproducesSklearnWithAnotherStd() {
        // make_blobs(n_samples=400, n_features=10, centers=4, cluster_std=0.5, random_state=1)
        SklearnFixture f = SklearnFixture.load("blobs_400x10_c4_std05_rs1");
        Dataset d = Blobs.make(400, 4, 10, null, new double[] {0.5, 0.5, 0.5, 0.5}, -10, 10, true, 1);
        Ulps.assertNearlyBitwise(f.x().data(), d.x().data(), "X");
    }

    @Test
    void samplesAreSpreadEvenlyAndUnshuffledRowsAreGrouped() {
        Dataset d = Blobs.make(10, 3, 2, null, new double[] {1, 1, 1}, -1, 1, false, 1);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 2}, d.labels());
    }

    @Test
    void refusesMismatchedStds() {
        assertEquals(
                "clusterStd has 2 values for 3 centres",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Blobs.make(10, 3, 2, null, new double[] {1, 1}, -1, 1, false, 1))
                        .getMessage());
    }
}
