package io.latentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values printed by NumPy's RandomState (Debian python3-numpy) for the same seeds. */
class NumpyRandomStateTest {

    @Test
    void matchesNumpyDrawForDraw() {
        // r = RandomState(17); r.random_sample(), r.normal(), r.normal(), r.uniform(-1, 1)
        NumpyRandomState r = new NumpyRandomState(17);
        assertEquals(0.2946650026871097, r.nextDouble());
        assertEquals(-1.376092572760178, r.nextGaussian());
        assertEquals(0.13644422519358523, r.nextGaussian());
        assertEquals(-0.8641992836174173, r.uniform(-1, 1));
    }

    @Test
    void permutationMatchesNumpy() {
        // RandomState(1).permutation(10)
        assertArrayEquals(new int[] {2, 9, 6, 4, 0, 3, 1, 7, 8, 5}, new NumpyRandomState(1).permutation(10));
    }
}
