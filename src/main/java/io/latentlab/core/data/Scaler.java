package io.latentlab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fitted per-feature affine scaling {@code x' = x * scale + offset}, fitted on training rows only and applied to
 * any rows (test values may fall outside [0, 1]). Kinds follow scikit-learn:
 * <ul>
 *   <li>{@code minmax}: MinMaxScaler to [0, 1]; {@code scale = 1/(max-min)}, {@code offset = -min*scale}, computed
 *   in that order as sklearn does so results agree to the last bit; a constant column maps to 0.</li>
 *   <li>{@code standard}: StandardScaler (population variance); a constant column maps to 0.</li>
 *   <li>{@code none}: identity.</li>
 * </ul>
 */
public record Scaler(ScalingMethod method, double[] scale, double[] offset, Map<String, double[]> parameters) {

    public static Scaler fit(ScalingMethod method, Matrix train) {
        return switch (method) {
            case MINMAX -> fitMinMax(train);
            case STANDARD -> fitStandard(train);
            case NONE -> identity(train.cols());
        };
    }

    /**
     * Rebuilds a fitted scaler from its saved parameters ({@code data_min} and {@code data_range} for minmax,
     * {@code mean} and {@code scale} for standard), with the same arithmetic as {@link #fit}.
     */
    public static Scaler fromPreprocessing(String kind, Map<String, double[]> params, int features) {
        ScalingMethod method = ScalingMethod.parse(kind);
        double[] scale = new double[features];
        double[] offset = new double[features];
        switch (method) {
            case MINMAX -> {
                double[] min = require(params, "data_min", features);
                double[] range = require(params, "data_range", features);
                for (int j = 0; j < features; j++) {
                    requireScale("data_range", range, j, true);
                    scale[j] = 1.0 / handleZero(range[j]);
                    offset[j] = 0.0 - min[j] * scale[j];
                }
            }
            case STANDARD -> {
                double[] mean = require(params, "mean", features);
                double[] std = require(params, "scale", features);
                for (int j = 0; j < features; j++) {
                    requireScale("scale", std, j, false);
                    scale[j] = 1.0 / handleZero(std[j]);
                    offset[j] = -mean[j] * scale[j];
                }
            }
            case NONE -> {
                return identity(features);
            }
        }
        return new Scaler(method, scale, offset, Map.copyOf(params));
    }

    /**
     * A saved range or deviation must be a finite positive number; a range of 0 is what {@link #fit} saves for a
     * constant feature (as sklearn does), so minmax accepts it.
     */
    private static void requireScale(String name, double[] values, int j, boolean zeroAllowed) {
        double v = values[j];
        if (!Double.isFinite(v) || v < 0 || (v == 0 && !zeroAllowed)) {
            throw new IllegalArgumentException("preprocessing." + name + "[" + j + "] must be a finite "
                    + (zeroAllowed ? "number >= 0" : "positive number") + ", got " + v);
        }
    }

    private static double[] require(Map<String, double[]> params, String name, int features) {
        double[] v = params.get(name);
        if (v == null || v.length != features) {
            throw new IllegalArgumentException("saved scaler needs " + name + " with " + features + " values, got "
                    + (v == null ? "none" : v.length));
        }
        return v;
    }

    public Matrix transform(Matrix x) {
        if (x.cols() != scale.length) {
            throw new IllegalArgumentException(
                    "scaler was fitted on " + scale.length + " features, data has " + x.cols());
        }
        double[] in = x.data();
        double[] out = new double[in.length];
        int d = x.cols();
        for (int i = 0; i < x.rows(); i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                // Two separate roundings (no fma), exactly like NumPy's X *= scale_; X += min_.
                double scaled = in[base + j] * scale[j];
                out[base + j] = scaled + offset[j];
            }
        }
        return new Matrix(x.rows(), d, out);
    }

    /**
     * Undoes {@link #transform}: {@code x = (x' - offset) / scale}, scikit-learn's {@code inverse_transform} order of
     * operations, so scaled rows (such as decoded ones) come back in the data's original units.
     */
    public Matrix inverseTransform(Matrix scaled) {
        if (scaled.cols() != scale.length) {
            throw new IllegalArgumentException(
                    "scaler was fitted on " + scale.length + " features, data has " + scaled.cols());
        }
        double[] in = scaled.data();
        double[] out = new double[in.length];
        int d = scaled.cols();
        for (int i = 0; i < scaled.rows(); i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                out[base + j] = (in[base + j] - offset[j]) / scale[j];
            }
        }
        return new Matrix(scaled.rows(), d, out);
    }

    private static Scaler fitMinMax(Matrix train) {
        int d = train.cols();
        double[] min = new double[d];
        double[] max = new double[d];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] x = train.data();
        for (int i = 0; i < train.rows(); i++) {
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j];
                if (v < min[j]) {
                    min[j] = v;
                }
                if (v > max[j]) {
                    max[j] = v;
                }
            }
        }
        double[] range = new double[d];
        double[] scale = new double[d];
        double[] offset = new double[d];
        for (int j = 0; j < d; j++) {
            range[j] = max[j] - min[j];
            if (!Double.isFinite(range[j])) {
                throw new IllegalArgumentException(String.format(
                        java.util.Locale.ROOT,
                        "feature %d (column %d of the features) cannot be scaled: its range max - min = %s - (%s)"
                                + " is too large for a double; rescale that column",
                        j + 1,
                        j + 1,
                        max[j],
                        min[j]));
            }
            scale[j] = 1.0 / handleZero(range[j]);
            offset[j] = 0.0 - min[j] * scale[j];
        }
        Map<String, double[]> params = new LinkedHashMap<>();
        params.put("data_min", min);
        params.put("data_max", max);
        params.put("data_range", range);
        return new Scaler(ScalingMethod.MINMAX, scale, offset, params);
    }

    private static Scaler fitStandard(Matrix train) {
        int d = train.cols();
        int n = train.rows();
        double[] mean = train.columnMeans();
        double[] x = train.data();
        double[] var = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = x[i * d + j] - mean[j];
                var[j] += c * c;
            }
        }
        double[] std = new double[d];
        double[] scale = new double[d];
        double[] offset = new double[d];
        for (int j = 0; j < d; j++) {
            var[j] /= n;
            if (!Double.isFinite(mean[j]) || !Double.isFinite(var[j])) {
                throw new IllegalArgumentException("feature " + (j + 1) + " (column " + (j + 1)
                        + " of the features) cannot be standardised: its "
                        + (Double.isFinite(mean[j]) ? "variance" : "mean")
                        + " is too large for a double; rescale that column");
            }
            std[j] = handleZero(Math.sqrt(var[j]));
            scale[j] = 1.0 / std[j];
            offset[j] = -mean[j] * scale[j];
        }
        Map<String, double[]> params = new LinkedHashMap<>();
        params.put("mean", mean);
        params.put("scale", std);
        return new Scaler(ScalingMethod.STANDARD, scale, offset, params);
    }

    private static Scaler identity(int d) {
        double[] one = new double[d];
        java.util.Arrays.fill(one, 1.0);
        return new Scaler(ScalingMethod.NONE, one, new double[d], Map.of());
    }

    /** sklearn's _handle_zeros_in_scale: a (near-)zero range or deviation becomes 1 so the column maps to 0. */
    private static double handleZero(double s) {
        return s < 10 * Math.ulp(1.0) ? 1.0 : s;
    }
}
