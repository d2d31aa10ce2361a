package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central differences of the objective on a tiny network, in both precisions. float32 uses a
 * larger step and a looser bound: its objective is only good to ~1e-7 relative, so a difference quotient of it
 * carries an error of about 1e-7·|f|/h, and a larger h meets more ReLU kinks.
 */
class GradientCheckTest {

    private static final int ROWS = 7;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Precision precision : Precision.values()) {
            for (Activation hidden : Activation.values()) {
                b.add(Arguments.of(precision, hidden, Activation.LINEAR, Activation.LINEAR, 0.0));
            }
            for (Activation bottleneck : Activation.values()) {
                b.add(Arguments.of(precision, Activation.TANH, bottleneck, Activation.LINEAR, 0.0));
            }
            b.add(Arguments.of(precision, Activation.RELU, Activation.RELU, Activation.SIGMOID, 0.0));
            b.add(Arguments.of(precision, Activation.ELU, Activation.LINEAR, Activation.SIGMOID, 0.0));
            // A large alpha so the L2 term is a visible part of the gradient.
            b.add(Arguments.of(precision, Activation.RELU, Activation.LINEAR, Activation.LINEAR, 0.7));
            b.add(Arguments.of(precision, Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID, 2.5));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}: hidden {1}, bottleneck {2}, output {3}, alpha {4}")
    @MethodSource("cases")
    void backpropMatchesCentralDifferences(
            Precision precision, Activation hidden, Activation bottleneck, Activation output, double alpha) {
        Architecture arch = new Architecture(List.of(4, 6, 3, 5, 4), List.of(hidden, bottleneck, hidden, output), 2);
        Network net = new Network(arch, precision);
        boolean single = precision == Precision.FLOAT32;
        SplittableRandom rng = new SplittableRandom(42);
        double[] params = new double[net.layout.total];
        for (int i = 0; i < params.length; i++) {
            // Representable in float32, so both precisions start from exactly these parameters.
            params[i] = (float) (rng.nextDouble() - 0.5);
        }
        net.setParams(params);
        double[] x = new double[ROWS * 4];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        HostRows rows = new HostRows(new Matrix(ROWS, 4, x), precision);
        Network.Workspace ws = net.workspace(ROWS + 3, false); // larger than the batch, like a short last batch
        ws.load(rows, RowOrder.identity(ROWS), 0, ROWS);

        net.lossAndGradient(ws, ROWS, alpha);
        double[] analytic = net.copyGrads();

        double h = single ? 3e-3 : 1e-6;
        double maxGrad = 0;
        double maxDiff = 0;
        for (int i = 0; i < params.length; i++) {
            double[] p = params.clone();
            p[i] = params[i] + h;
            net.setParams(p);
            double stepUp = net.copyParams()[i] - params[i]; // the step float32 actually took
            double up = net.objective(ws, ROWS, alpha);
            p[i] = params[i] - h;
            net.setParams(p);
            double stepDown = params[i] - net.copyParams()[i];
            double down = net.objective(ws, ROWS, alpha);
            double numeric = (up - down) / (stepUp + stepDown);
            maxGrad = Math.max(maxGrad, Math.abs(numeric));
            maxDiff = Math.max(maxDiff, Math.abs(numeric - analytic[i]));
        }
        assertTrue(maxGrad > 1e-3, "gradient should not vanish in this set-up, max |g| = " + maxGrad);
        double tolerance = single ? 1e-4 : 1e-7; // float32 measured at about 1e-5
        assertTrue(
                maxDiff <= tolerance * Math.max(1, maxGrad),
                "max |analytic - numeric| = " + maxDiff + " (max |g| " + maxGrad + ")");
    }

    @ParameterizedTest(name = "precision {0}")
    @org.junit.jupiter.params.provider.EnumSource(Precision.class)
    void reportedLossIsSklearnsFormula(Precision precision) {
        Architecture arch = new Architecture(
                List.of(3, 4, 2, 4, 3),
                List.of(Activation.RELU, Activation.LINEAR, Activation.RELU, Activation.LINEAR),
                2);
        Network net = new Network(arch, precision);
        net.setParams(ParameterInit.draw(net.layout, Init.GLOROT_UNIFORM, new SplittableRandom(3)::nextDouble));
        Matrix data = NotebookLikeData.blobs(9, 3, 2, 5);
        Network.Workspace ws = net.workspace(9, false);
        ws.load(new HostRows(data, precision), RowOrder.identity(9), 0, 9);
        double alpha = 0.3;
        double loss = net.lossAndGradient(ws, 9, alpha);

        TrainedAutoencoder model = net.snapshotModel();
        double w2 = 0;
        for (int l = 0; l < model.layerCount(); l++) {
            for (double w : model.weights(l)) {
                w2 += w * w;
            }
        }
        double expected = 0.5 * model.reconstructionMse(data) + 0.5 * alpha * w2 / 9;
        assertEquals(expected, loss, precision == Precision.FLOAT64 ? 1e-12 : 1e-5 * expected);
    }
}
