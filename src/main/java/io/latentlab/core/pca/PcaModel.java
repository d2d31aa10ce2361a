package io.latentlab.core.pca;

import io.latentlab.core.concurrent.Cancellation;
import io.latentlab.core.data.Matrix;

/**
 * A fitted PCA, immutable.
 *
 * @param mean                   per-feature mean of the training rows
 * @param components             k x d; row k is principal axis k (unit length)
 * @param explainedVariance      variance along each axis, ddof = 1
 * @param explainedVarianceRatio explained variance over the total variance
 * @param singularValues         singular values of the centred training data
 * @param totalVariance          sum of the per-feature variances (ddof = 1)
 * @param trainRows              rows the model was fitted on
 */
public record PcaModel(
        double[] mean,
        double[][] components,
        double[] explainedVariance,
        double[] explainedVarianceRatio,
        double[] singularValues,
        double totalVariance,
        int trainRows) {

    public int componentCount() {
        return components.length;
    }

    /** {@code (x - mean) @ components.T}. */
    public Matrix transform(Matrix x) {
        checkWidth(x);
        int k = components.length;
        double[] out = new double[x.rows() * k];
        double[] centred = new double[mean.length];
        for (int i = 0; i < x.rows(); i++) {
            project(x.data(), i, centred, out, i * k);
        }
        return new Matrix(x.rows(), k, out);
    }

    /**
     * The mean squared error, over every row and feature, of {@code x} against its reconstruction from all fitted
     * components, {@code inverseTransform(transform(x))}: the number the autoencoder's reconstruction MSE is
     * compared with. Row by row, so that it never holds a reconstruction of all rows.
     */
    public double reconstructionMse(Matrix x) {
        checkWidth(x);
        int d = mean.length;
        int k = components.length;
        double[] in = x.data();
        double[] centred = new double[d];
        double[] z = new double[k];
        double[] back = new double[d];
        double sum = 0;
        for (int i = 0; i < x.rows(); i++) {
            if ((i & 1023) == 0) {
                Cancellation.check(); // a preparation overtaken or cancelled stops within a block of rows
            }
            project(in, i, centred, z, 0);
            reconstruct(z, 0, k, back, 0);
            for (int j = 0; j < d; j++) {
                double e = back[j] - in[i * d + j];
                sum += e * e;
            }
        }
        return x.rows() == 0 ? 0 : sum / ((double) x.rows() * d);
    }

    private void checkWidth(Matrix x) {
        if (x.cols() != mean.length) {
            throw new IllegalArgumentException("PCA was fitted on " + mean.length + " features, data has " + x.cols());
        }
    }

    /** Row {@code row} of {@code in} centred (into {@code centred}) and projected on every axis, into {@code out}. */
    private void project(double[] in, int row, double[] centred, double[] out, int at) {
        int d = mean.length;
        for (int j = 0; j < d; j++) {
            centred[j] = in[row * d + j] - mean[j];
        }
        for (int c = 0; c < components.length; c++) {
            double[] axis = components[c];
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += centred[j] * axis[j];
            }
            out[at + c] = s;
        }
    }

    /**
     * Back from the first {@code z.cols()} component coordinates to feature space: {@code mean + z @ components[:k]},
     * scikit-learn's {@code inverse_transform} (without whitening). With every component it undoes {@link
     * #transform}; with fewer it gives the closest point of that plane, the PCA analogue of a decoder.
     */
    public Matrix inverseTransform(Matrix z) {
        int k = z.cols();
        if (k < 1 || k > components.length) {
            throw new IllegalArgumentException(
                    "PCA has " + components.length + " components, the coordinates have " + k + " columns");
        }
        int d = mean.length;
        double[] in = z.data();
        double[] out = new double[z.rows() * d];
        for (int i = 0; i < z.rows(); i++) {
            reconstruct(in, i * k, k, out, i * d);
        }
        return new Matrix(z.rows(), d, out);
    }

    /** {@code mean + z @ components[:k]} for the {@code k} coordinates at {@code z[zAt]}, into {@code out[at]}. */
    private void reconstruct(double[] z, int zAt, int k, double[] out, int at) {
        int d = mean.length;
        System.arraycopy(mean, 0, out, at, d);
        for (int c = 0; c < k; c++) {
            double s = z[zAt + c];
            double[] axis = components[c];
            for (int j = 0; j < d; j++) {
                out[at + j] += s * axis[j];
            }
        }
    }
}
