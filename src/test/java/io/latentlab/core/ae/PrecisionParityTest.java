package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * float32 and float64 training run the same code on the same problem, so they must tell the same story: the loss
 * curves and final weights agree to what float32 rounding over a short run allows.
 */
class PrecisionParityTest {

    private static final Matrix DATA = NotebookLikeData.blobs(240, 12, 4, 7);

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("Adam, tanh", OptimizerConfig.adam(1e-3), Activation.TANH, 0.0),
                Arguments.of(
                        "SGD + Nesterov, sigmoid, L2", OptimizerConfig.sgd(0.05, 0.9, true), Activation.SIGMOID, 1e-3),
                Arguments.of("SGD, elu", OptimizerConfig.sgd(0.02, 0.5, false), Activation.ELU, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void bothPrecisionsTrainAlike(String name, OptimizerConfig optimizer, Activation hidden, double alpha) {
        AutoencoderConfig config = AutoencoderConfig.builder()
                .layers(List.of(16, 8), 2, List.of(8, 16))
                .activations(hidden, Activation.LINEAR, Activation.LINEAR)
                .optimizer(optimizer)
                .alpha(alpha)
                .batchSize(32)
                .seed(11)
                .stopping(StoppingConfig.none())
                .maxEpochs(15)
                .build();
        TrainingResult single = new TrainingSession(
                        config.toBuilder().precision(Precision.FLOAT32).build(), DATA, null)
                .run();
        TrainingResult dbl = new TrainingSession(
                        config.toBuilder().precision(Precision.FLOAT64).build(), DATA, null)
                .run();

        assertEquals(15, single.epochs());
        assertEquals(15, dbl.epochs());
        double[] a = single.lossCurve();
        double[] b = dbl.lossCurve();
        assertTrue(b[14] < b[0], "the problem should actually train: " + b[0] + " -> " + b[14]);
        for (int e = 0; e < a.length; e++) {
            assertEquals(b[e], a[e], 1e-4 * b[e], "loss of epoch " + (e + 1));
        }
        double maxDiff = 0;
        for (int l = 0; l < dbl.model().layerCount(); l++) {
            maxDiff = Math.max(
                    maxDiff, maxAbsDiff(single.model().weights(l), dbl.model().weights(l)));
            maxDiff = Math.max(
                    maxDiff, maxAbsDiff(single.model().biases(l), dbl.model().biases(l)));
        }
        assertTrue(maxDiff < 1e-4, "largest weight difference " + maxDiff);
    }

    private static double maxAbsDiff(double[] x, double[] y) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i] - y[i]));
        }
        return max;
    }
}
