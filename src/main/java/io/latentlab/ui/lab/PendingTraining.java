package io.latentlab.ui.lab;

import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.data.Matrix;
import java.util.Arrays;

/**
 * Training progress waiting to be shown. The training thread adds every epoch; the UI thread drains once per
 * frame and sees only the newest values (plus the whole loss history). Callers synchronise.
 */
final class PendingTraining {

    record Snapshot(
            int epoch,
            double trainLoss,
            double validationLoss,
            double elapsedSeconds,
            LossHistory history,
            Matrix latent,
            Double liveSilhouette,
            int silhouetteEpoch,
            LatentDiagnostics diagnostics) {}

    private double[] train = new double[256];
    private double[] validation = new double[256];
    private double[] test = new double[256];
    private int count;
    private EpochEvent latest;
    private Matrix latent;
    private Double liveSilhouette;
    private int silhouetteEpoch;
    private boolean dirty;

    /** A live silhouette of the snapshot of {@code epoch}, computed off the training thread. */
    void addSilhouette(double silhouette, int epoch) {
        if (latest == null) {
            return; // cleared meanwhile
        }
        liveSilhouette = silhouette;
        silhouetteEpoch = epoch;
        dirty = true;
    }

    void add(EpochEvent e) {
        if (count == train.length) {
            train = Arrays.copyOf(train, count * 2);
            validation = Arrays.copyOf(validation, count * 2);
            test = Arrays.copyOf(test, count * 2);
        }
        train[count] = e.trainLoss();
        validation[count] = e.validationLoss();
        test[count] = e.testLoss();
        count++;
        latest = e;
        if (e.hasSnapshot()) {
            latent = e.latentSnapshot();
        }
        dirty = true;
    }

    /** The newest state since the last drain, or null when nothing happened. */
    Snapshot drain() {
        if (!dirty) {
            return null;
        }
        dirty = false;
        Snapshot s = new Snapshot(
                latest.epoch(),
                latest.trainLoss(),
                latest.validationLoss(),
                latest.elapsedSeconds(),
                new LossHistory(
                        Arrays.copyOf(train, count),
                        Arrays.copyOf(validation, count),
                        Arrays.copyOf(test, count),
                        count),
                latent,
                liveSilhouette,
                silhouetteEpoch,
                latest.latent());
        latent = null;
        liveSilhouette = null;
        return s;
    }

    void clear() {
        count = 0;
        latest = null;
        latent = null;
        liveSilhouette = null;
        dirty = false;
    }
}
