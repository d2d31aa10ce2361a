package io.latentlab.core.pca;

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
        int d = mean.length;
        if (x.cols() != d) {
            throw new IllegalArgumentException("PCA was fitted on " + d + " features, data has " + x.cols());
        }
        int k = components.length;
        double[] in = x.data();
        double[] out = new double[x.rows() * k];
        double[] centred = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = in[i * d + j] - mean[j];
            }
            for (int c = 0; c < k; c++) {
                double[] axis = components[c];
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += centred[j] * axis[j];
                }
                out[i * k + c] = s;
            }
        }
        return new Matrix(x.rows(), k, out);
    }
}
