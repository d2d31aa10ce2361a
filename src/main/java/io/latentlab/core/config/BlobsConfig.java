package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;
import java.util.List;

/**
 * Parameters of {@code make_blobs}. When explicit {@code centers} are given, {@code clusters} and {@code features}
 * follow from them.
 *
 * @param samples    total rows (train + test)
 * @param features   dimensions per row
 * @param clusters   number of centres drawn from the centre box
 * @param centers    explicit centre coordinates, or empty to draw them
 * @param clusterStd one standard deviation for all blobs, or one per centre
 * @param centerBox  [low, high] bounds of the drawn centres
 * @param shuffle    shuffle rows after generating them
 * @param seed       random seed; the same seed gives the same data
 */
public record BlobsConfig(
        int samples,
        int features,
        int clusters,
        List<List<Double>> centers,
        List<Double> clusterStd,
        List<Double> centerBox,
        boolean shuffle,
        long seed) {

    public static final int MAX_SAMPLES = 2_000_000;

    public BlobsConfig {
        centers =
                centers == null ? List.of() : centers.stream().map(List::copyOf).toList();
        clusterStd = clusterStd == null ? List.of(1.0) : List.copyOf(clusterStd);
        centerBox = centerBox == null ? List.of(-10.0, 10.0) : List.copyOf(centerBox);
        if (!centers.isEmpty()) {
            clusters = centers.size();
            features = centers.get(0).size();
            for (int i = 0; i < centers.size(); i++) {
                if (centers.get(i).size() != features) {
                    throw new InvalidValueException(
                            "centers[" + i + "]",
                            "has " + centers.get(i).size() + " coordinates, but centers[0] has " + features);
                }
                for (Double v : centers.get(i)) {
                    if (v == null || !Double.isFinite(v)) {
                        throw new InvalidValueException("centers[" + i + "]", "must hold finite numbers, got " + v);
                    }
                }
            }
        }
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new InvalidValueException("seed", "must be between 0 and 4294967295 (NumPy's range), got " + seed);
        }
        if (samples < 2 || samples > MAX_SAMPLES) {
            throw new InvalidValueException("samples", "must be between 2 and " + MAX_SAMPLES + ", got " + samples);
        }
        if (features < 1 || features > io.latentlab.core.data.Dataset.MAX_FEATURES) {
            throw new InvalidValueException(
                    "features",
                    "must be between 1 and " + io.latentlab.core.data.Dataset.MAX_FEATURES + ", got " + features);
        }
        if (clusters < 1 || clusters > samples) {
            throw new InvalidValueException(
                    "clusters", "must be between 1 and samples (" + samples + "), got " + clusters);
        }
        if (clusterStd.size() != 1 && clusterStd.size() != clusters) {
            throw new InvalidValueException(
                    "clusterStd",
                    "must have one value or one per cluster (" + clusters + "), got " + clusterStd.size());
        }
        for (Double s : clusterStd) {
            if (s == null || !(s >= 0) || !Double.isFinite(s)) {
                throw new InvalidValueException("clusterStd", "must be zero or positive, got " + s);
            }
        }
        if (centerBox.size() != 2) {
            throw new InvalidValueException("centerBox", "must be [low, high], got " + centerBox.size() + " values");
        }
        if (centerBox.get(0) == null
                || centerBox.get(1) == null
                || !Double.isFinite(centerBox.get(0))
                || !Double.isFinite(centerBox.get(1))
                || !(centerBox.get(0) < centerBox.get(1))) {
            throw new InvalidValueException("centerBox", "must be [low, high] with low < high, got " + centerBox);
        }
    }

    /** The notebook's data: 20000 x 50, 20 blobs, std 0.2, centres in [-1, 1], random_state 17. */
    public static BlobsConfig notebook() {
        return new BlobsConfig(20000, 50, 20, List.of(), List.of(0.2), List.of(-1.0, 1.0), true, 17);
    }

    /** The per-centre standard deviations. */
    public double[] stdPerCluster() {
        double[] out = new double[clusters];
        for (int i = 0; i < clusters; i++) {
            out[i] = clusterStd.size() == 1 ? clusterStd.get(0) : clusterStd.get(i);
        }
        return out;
    }

    public BlobsConfig withSeed(long newSeed) {
        return new BlobsConfig(samples, features, clusters, centers, clusterStd, centerBox, shuffle, newSeed);
    }
}
