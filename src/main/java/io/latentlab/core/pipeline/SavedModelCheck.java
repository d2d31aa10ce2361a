package io.latentlab.core.pipeline;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.Matrix;
import java.util.Locale;

/**
 * Refuses a saved model whose numbers are finite one by one but not together: data that its scaler maps to
 * infinity, or weights so large that the data encodes to non-finite latent coordinates. The message names the JSON
 * path to look at.
 */
final class SavedModelCheck {
    private SavedModelCheck() {}

    /** The scaled rows first: a scaler that maps data to infinity is named before the weights are blamed. */
    static void requireScaledInRange(PreparedData scaled) {
        scaledInRange(scaled.train().x(), "training");
        scaledInRange(scaled.test().x(), "test");
    }

    /** The rows' latent coordinates, as the model encodes them, all within what can be scored. */
    static void requireLatentInRange(TrainedAutoencoder model, Matrix trainLatent, Matrix testLatent) {
        latentInRange(model, trainLatent, "training");
        latentInRange(model, testLatent, "test");
    }

    private static void scaledInRange(Matrix x, String which) {
        int at = firstTooLarge(x.data());
        if (at >= 0) {
            int j = at % x.cols();
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the saved scaler maps feature %d of the %s rows to %s (row %d); check"
                            + " preprocessing.data_range[%d] (or preprocessing.scale[%d])",
                    j + 1,
                    which,
                    x.data()[at],
                    at / x.cols() + 1,
                    j,
                    j));
        }
    }

    private static void latentInRange(TrainedAutoencoder model, Matrix latent, String which) {
        int at = firstTooLarge(latent.data());
        if (at >= 0) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the weights are too large: encoding the %s rows gives %s (row %d, latent unit %d), beyond"
                            + " what distances can be measured on; the largest weight is %s",
                    which,
                    latent.data()[at],
                    at / latent.cols() + 1,
                    at % latent.cols() + 1,
                    largestWeight(model)));
        }
    }

    /**
     * Latent coordinates beyond this cannot be scored: a squared distance between two of them overflows to infinity
     * (and the silhouette, trustworthiness and kNN accuracy to NaN).
     */
    static final double LARGEST_LATENT = 1e150;

    private static int firstTooLarge(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!(Math.abs(v[i]) <= LARGEST_LATENT)) {
                return i;
            }
        }
        return -1;
    }

    /** The largest |parameter| of the encoder, as its JSON path and value. */
    static String largestWeight(TrainedAutoencoder model) {
        String where = "none";
        double largest = -1;
        for (int l = 0; l < model.architecture().encoderLayerCount(); l++) {
            int fanOut = model.architecture().fanOut(l);
            double[] w = model.weights(l);
            for (int i = 0; i < w.length; i++) {
                if (Math.abs(w[i]) > largest) {
                    largest = Math.abs(w[i]);
                    where = "layers[" + l + "].W[" + i / fanOut + "][" + i % fanOut + "] = " + w[i];
                }
            }
            double[] b = model.biases(l);
            for (int i = 0; i < b.length; i++) {
                if (Math.abs(b[i]) > largest) {
                    largest = Math.abs(b[i]);
                    where = "layers[" + l + "].b[" + i + "] = " + b[i];
                }
            }
        }
        return where;
    }
}
