package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochEvaluationTest {

    @Test
    void epochsNeverEvaluatedHaveNoTestLossEvenPastTheCurvesCapacity() {
        Matrix rows = NotebookLikeData.blobs(40, 6, 2, 3);
        AutoencoderConfig config =
                AutoencoderConfig.builder().encoder(List.of(4)).bottleneck(2).build();
        Architecture arch = Architecture.of(config, rows.cols());
        Network net = new Network(arch, Precision.FLOAT64);
        HostRows host = net.kernels.host(rows);
        int[] all = RowOrder.identity(rows.rows());
        EpochEvaluation evaluation = new EpochEvaluation(arch, Precision.FLOAT64, 16, host, all, host, all);
        double[] weights = net.copyParams();
        for (int epoch = 1; epoch <= 3; epoch++) {
            evaluation.evaluate(epoch, weights, false);
        }

        // A failure stopped the evaluations after epoch 3; training had got to epoch 20 (the curve holds 16).
        double[] curve = evaluation.testCurve(20);

        assertEquals(20, curve.length);
        for (int e = 1; e <= 3; e++) {
            assertTrue(Double.isFinite(curve[e - 1]), "epoch " + e + " was evaluated");
        }
        for (int e = 4; e <= 20; e++) {
            assertTrue(Double.isNaN(curve[e - 1]), "epoch " + e + " was not: " + curve[e - 1]);
        }
    }
}
