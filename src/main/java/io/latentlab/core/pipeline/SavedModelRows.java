package io.latentlab.core.pipeline;

import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.Scaler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Data for a saved model (weights.json, a saved experiment) rather than for training: the rows scaled with the
 * model's own scaler, so that the same raw rows encode to the same latent coordinates as where it was trained.
 */
final class SavedModelRows {

    private SavedModelRows() {}

    /**
     * The baseline's rows scaled with a saved model's scaler, so the same raw data encodes to the same latent
     * coordinates as where the model was trained.
     */
    static Baseline rescaleFor(Baseline b, SavedModel saved) {
        PreparedData rescaled = rescale(b.data(), saved);
        // PCA's reconstruction error is in the units of the rows PCA was fitted on: beside the model's, it means
        // something only when the saved scaler gives the same rows.
        boolean sameRows = Arrays.equals(
                        rescaled.train().x().data(), b.data().train().x().data())
                && Arrays.equals(rescaled.test().x().data(), b.data().test().x().data());
        List<String> warnings = new ArrayList<>(b.warnings());
        if (!sameRows && b.pcaReconstructionMse() != null) {
            warnings.add("PCA's reconstruction MSE is left out: the saved model scales the data differently from"
                    + " the scaler PCA was fitted with, so the two errors would be in different units");
        }
        return new Baseline(
                b.config(),
                rescaled,
                b.pca(),
                b.pcaTest(),
                sameRows ? b.pcaReconstructionMse() : null,
                b.originalSilhouette(),
                b.pcaScores(),
                b.timing(),
                warnings,
                null); // other rows: their distances differ
    }

    /** Prepared rows scaled with a saved model's scaler instead of their own (what {@link #rescaleFor} shows). */
    static PreparedData rescale(PreparedData d, SavedModel saved) {
        TrainedAutoencoder model = saved.model();
        if (model.inputWidth() != d.features()) {
            throw new IllegalArgumentException(
                    "the saved model takes " + model.inputWidth() + " features, but the data has " + d.features());
        }
        Scaler scaler = Scaler.fromPreprocessing(
                saved.preprocessing().kind(), saved.preprocessing().arrays(), d.features());
        return new PreparedData(
                d.name(),
                d.rawTrain(),
                d.rawTest(),
                d.rawTrain().withX(scaler.transform(d.rawTrain().x())),
                d.rawTest().withX(scaler.transform(d.rawTest().x())),
                scaler,
                d.preSplit());
    }
}
