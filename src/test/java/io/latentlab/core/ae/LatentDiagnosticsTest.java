package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatentDiagnosticsTest {

    @Test
    void flagsAReluUnitForcedDead() {
        Matrix x = NotebookLikeData.blobs(300, 6, 3, 11);
        Architecture arch = new Architecture(List.of(6, 3, 6), List.of(Activation.RELU, Activation.LINEAR), 1);
        double[] w = new double[18];
        for (int i = 0; i < 6; i++) {
            w[i * 3] = 0.5 + 0.1 * i; // unit 0 follows the inputs
            w[i * 3 + 1] = -1.0; // unit 1: inputs in [0, 1] and a bias of -0.5 keep it below zero
            w[i * 3 + 2] = i % 2 == 0 ? 1 : -1;
        }
        double[] b = {0.0, -0.5, 0.5};
        List<double[]> weights = new ArrayList<>(List.of(w, new double[18]));
        TrainedAutoencoder model = new TrainedAutoencoder(arch, weights, List.of(b, new double[6]));
        Matrix z = model.encode(x);
        LatentDiagnostics d = LatentDiagnostics.of(z.data(), z.rows(), 3, Activation.RELU);
        assertArrayEquals(new boolean[] {false, true, false}, d.dead());
        assertEquals(0.0, d.activeFraction()[1]);
        assertEquals(1.0, d.activeFraction()[0]);
        assertEquals(1, d.deadCount());
        assertTrue(d.variance()[0] > 1e-3);
    }

    @Test
    void constantOutputIsDeadForAnyActivation() {
        double[] z = {0.3, 1.0, 0.3, 2.0, 0.3, -1.0};
        LatentDiagnostics d = LatentDiagnostics.of(z, 3, 2, Activation.LINEAR);
        assertArrayEquals(new boolean[] {true, false}, d.dead());
        assertArrayEquals(new double[] {1.0, 1.0}, d.activeFraction(), "linear units are always active");
        assertEquals(14.0 / 9, d.variance()[1], 1e-12, "population variance of 1, 2, -1");
    }

    @Test
    void saturatedSigmoidCountsAsInactive() {
        double[] z = {1.0, 0.5, 1.0, 0.6, 1.0, 0.4};
        LatentDiagnostics d = LatentDiagnostics.of(z, 3, 2, Activation.SIGMOID);
        assertEquals(0.0, d.activeFraction()[0]);
        assertTrue(d.dead()[0]);
        assertFalse(d.dead()[1]);
    }
}
