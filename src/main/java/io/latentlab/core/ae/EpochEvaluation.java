package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import java.util.Arrays;

/**
 * What an epoch's event reports besides the training losses: the latent diagnostics of the probe rows, the test
 * loss and the snapshot rows' latent codes. It works on a forward-only network of its own, loaded with the epoch's
 * weights, so it gives the same numbers on the training thread (the command line) and on an {@link EpochPublisher}'s
 * thread (the window). One thread at a time uses it.
 */
final class EpochEvaluation {

    private final Architecture arch;
    private final Network net;
    private final Network.Workspace space;
    private final HostRows trainRows;
    private final int[] probe;
    private final HostRows snapshotHost;
    private final int[] snapshotOrder;
    /** Test loss per epoch (index epoch − 1); NaN without snapshot rows and for an epoch not evaluated (a failure). */
    private double[] testCurve = nans(16);

    /** What one epoch's weights give. */
    record Result(LatentDiagnostics latent, double testLoss, Matrix snapshot) {}

    /**
     * @param capacity rows per forward pass, the same as the training thread's evaluation chunk so that sums
     *                 round alike
     * @param snapshotHost the snapshot rows, or null
     */
    EpochEvaluation(
            Architecture arch,
            Precision precision,
            int capacity,
            HostRows trainRows,
            int[] probe,
            HostRows snapshotHost,
            int[] snapshotOrder) {
        this.arch = arch;
        this.net = new Network(arch, precision, false);
        this.space = net.forwardWorkspace(capacity);
        this.trainRows = trainRows;
        this.probe = probe;
        this.snapshotHost = snapshotHost;
        this.snapshotOrder = snapshotOrder;
    }

    /** Evaluates epoch {@code epoch}'s weights {@code flat}; with {@code snapshot}, encodes the snapshot rows too. */
    Result evaluate(int epoch, double[] flat, boolean snapshot) {
        net.setParams(flat);
        LatentDiagnostics latent = probeDiagnostics();
        double testLoss = snapshotHost == null ? Double.NaN : testLoss();
        if (epoch > testCurve.length) {
            int old = testCurve.length;
            testCurve = Arrays.copyOf(testCurve, Math.max(epoch, 2 * old));
            Arrays.fill(testCurve, old, testCurve.length, Double.NaN);
        }
        testCurve[epoch - 1] = testLoss;
        Matrix codesOfSnapshot = snapshot && snapshotHost != null
                ? new Matrix(
                        snapshotOrder.length, arch.bottleneckWidth(), net.encode(space, snapshotHost, snapshotOrder))
                : null;
        return new Result(latent, testLoss, codesOfSnapshot);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The latent diagnostics of the probe rows under the weights {@code flat} (a run's final model, say). */
    LatentDiagnostics diagnostics(double[] flat) {
        net.setParams(flat);
        return probeDiagnostics();
    }

    private LatentDiagnostics probeDiagnostics() {
        double[] codes = net.encode(space, trainRows, probe);
        return LatentDiagnostics.of(
                codes, probe.length, arch.bottleneckWidth(), arch.activations().get(arch.encoderLayerCount() - 1));
    }

    /** The test losses of epochs 1..{@code epochs}; empty without snapshot rows. */
    double[] testCurve(int epochs) {
        if (snapshotHost == null) {
            return new double[0];
        }
        double[] curve = Arrays.copyOf(testCurve, epochs);
        // Epochs trained after a failure stopped the evaluations lie past the curve's end: no test loss.
        Arrays.fill(curve, Math.min(testCurve.length, epochs), epochs, Double.NaN);
        return curve;
    }

    /** Weights in this evaluation's layout, made into a model (for {@link LatestWeights}). */
    Network network() {
        return net;
    }

    /** Half the mean squared error of the first {@link TrainingSession#TEST_LOSS_ROWS} snapshot rows. */
    private double testLoss() {
        int n = Math.min(TrainingSession.TEST_LOSS_ROWS, snapshotOrder.length);
        return 0.5 * net.sumSquaredError(space, snapshotHost, snapshotOrder, n) / ((double) n * arch.outputWidth());
    }
}
