package io.latentlab.ui.explore;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.NoiseConfig;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.explore.LatentBox;
import io.latentlab.core.explore.LatentMap;
import io.latentlab.core.pipeline.Baseline;

/**
 * One pulse's view of the lab: the maps to decode with and the range a picture is drawn in. Built only when the
 * source changed, so the per-baseline work (PCA's map, the value range) is done once per data set.
 *
 * @param autoencoder null without a model
 * @param box         the test rows' latent box, null without a model
 * @param pca         null without data
 * @param lowest      the smallest scaled test value (paper, an empty bar)
 * @param highest     the largest (full ink, a full bar)
 */
record Frame(
        Baseline baseline,
        TrainedAutoencoder model,
        Matrix latentTest,
        AutoencoderConfig config,
        LatentMap autoencoder,
        LatentBox box,
        LatentMap pca,
        LatentBox pcaBox,
        double lowest,
        double highest) {

    static final Frame EMPTY = new Frame(null, null, null, null, null, null, null, null, 0, 1);

    /** The frame for what {@code source} shows now, reusing {@code last}'s per-data work when the data are the same. */
    static Frame of(ExploreSource source, Frame last) {
        Baseline b = source.baseline();
        TrainedAutoencoder model = source.model();
        Matrix latent = source.latentTest();
        AutoencoderConfig config = source.modelConfig();
        if (b == last.baseline && model == last.model && latent == last.latentTest && config == last.config) {
            return last;
        }
        if (b == null) {
            return EMPTY;
        }
        LatentMap pca = b == last.baseline ? last.pca : LatentMap.pcaPlane(b);
        LatentBox pcaBox = b == last.baseline ? last.pcaBox : LatentBox.of(b.pcaPlane());
        double lowest = last.lowest;
        double highest = last.highest;
        if (b != last.baseline) {
            double[] range = range(b.data().test().x());
            lowest = range[0];
            highest = range[1];
        }
        boolean fits = model != null && model.inputWidth() == b.data().features();
        LatentMap ae = fits ? (model == last.model ? last.autoencoder : LatentMap.of(model)) : null;
        LatentBox box = !fits
                ? null
                : latent != null && latent.cols() == model.bottleneckWidth()
                        ? (latent == last.latentTest ? last.box : LatentBox.of(latent))
                        : new LatentBox(
                                new double[model.bottleneckWidth()],
                                new double[model.bottleneckWidth()],
                                new double[model.bottleneckWidth()]);
        return new Frame(b, fits ? model : null, latent, config, ae, box, pca, pcaBox, lowest, highest);
    }

    /**
     * The code at the plot spot (x, y) of a view of {@code units}, the other units at the test rows' mean; a 1-D
     * code is the x coordinate alone.
     */
    static double[] spotCode(LatentBox box, UnitPair units, double x, double y) {
        if (box.width() == 1) {
            return new double[] {x};
        }
        UnitPair shown = units.fits(box.width()) ? units : UnitPair.FIRST;
        return box.at(shown.x(), x, shown.y(), y);
    }

    ImageShape image() {
        return baseline == null ? null : baseline.data().test().imageShape();
    }

    int testRows() {
        return baseline == null ? 0 : baseline.data().test().x().rows();
    }

    double[] testRow(int row) {
        return baseline.data().test().x().row(row);
    }

    NoiseConfig noise() {
        return config == null ? NoiseConfig.none() : config.training().noise();
    }

    /** The seed a row's corruption uses: the model's seed and the row, so a run's pictures are reproducible. */
    long noiseSeed(int row) {
        return (config == null ? 0L : config.training().seed()) * 1_000_003L + row;
    }

    /** The class name of test row {@code row}, or "" without labels. */
    String className(int row) {
        int[] labels = baseline.data().test().labels();
        if (labels == null) {
            return "";
        }
        java.util.List<String> names = baseline.data().test().classNames();
        int label = labels[row];
        return names != null && label < names.size() ? names.get(label) : Integer.toString(label);
    }

    /** Values drawn from the test rows to find the range (a fixed stride through them: the same every time). */
    static final int RANGE_SAMPLE = 200_000;

    /**
     * The values drawn as paper and as full ink: the 0.1 % and 99.9 % quantiles of the scaled test values, not
     * their extremes. Min-max scaling is fitted on the training rows, so a pixel rarely inked there scales to 50
     * or 200 in a test row; with that as full ink every picture came out a washed-out grey.
     */
    static double[] range(Matrix x) {
        double[] d = x.data();
        int stride = Math.max(1, d.length / RANGE_SAMPLE);
        // Coprime with the row width, or the sample would see only some columns (a picture's left edge, say).
        while (java.math.BigInteger.valueOf(stride)
                        .gcd(java.math.BigInteger.valueOf(x.cols()))
                        .intValue()
                != 1) {
            stride++;
        }
        double[] sample = new double[(d.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < d.length; i += stride) {
            if (Double.isFinite(d[i])) {
                sample[n++] = d[i];
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        java.util.Arrays.sort(sample, 0, n);
        double lo = sample[(int) Math.floor(0.001 * (n - 1))];
        double hi = sample[(int) Math.ceil(0.999 * (n - 1))];
        if (!(hi > lo)) { // nearly constant: the extremes, if they differ
            lo = sample[0];
            hi = sample[n - 1];
        }
        return hi > lo ? new double[] {lo, hi} : new double[] {0, 1};
    }
}
