package io.latentlab.core.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's scores that are not finite numbers (report.json writes them as null): one warning sentence each, so
 * a null that means "could not be computed" is never silent.
 */
final class NonFiniteScores {
    private NonFiniteScores() {}

    static List<String> warnings(Report r) {
        List<String> out = new ArrayList<>();
        Report.SilhouetteScores s = r.silhouette();
        if (s != null) {
            check(out, "silhouette.original", s.original());
            check(out, "silhouette.pca", s.pca());
            check(out, "silhouette.latent", s.latent());
        }
        if (r.metrics() != null) {
            metrics(out, "metrics.pca", r.metrics().pca());
            metrics(out, "metrics.latent", r.metrics().latent());
        }
        if (r.reconstructionMse() != null) {
            check(out, "reconstruction_mse.train", r.reconstructionMse().train());
            check(out, "reconstruction_mse.test", r.reconstructionMse().test());
        }
        if (r.pca() != null) {
            array(out, "pca.explained_variance_ratio", r.pca().explainedVarianceRatio());
            array(out, "pca.explained_variance", r.pca().explainedVariance());
            if (r.pca().reconstructionMse() != null) {
                check(
                        out,
                        "pca.reconstruction_mse.train",
                        r.pca().reconstructionMse().train());
                check(
                        out,
                        "pca.reconstruction_mse.test",
                        r.pca().reconstructionMse().test());
            }
        }
        if (r.training() != null) {
            array(out, "training.loss_curve", r.training().lossCurve());
            array(out, "training.val_loss_curve", r.training().valLossCurve());
        }
        if (r.latent() != null) {
            array(out, "latent.active_fraction", r.latent().activeFraction());
            array(out, "latent.variance", r.latent().variance());
        }
        return out;
    }

    private static void metrics(List<String> out, String at, Report.EmbeddingMetrics m) {
        if (m != null) {
            check(out, at + ".trustworthiness", m.trustworthiness());
            check(out, at + ".knn_accuracy", m.knnAccuracy());
        }
    }

    private static void check(List<String> out, String at, Double v) {
        if (v != null && !Double.isFinite(v)) {
            out.add(at + " could not be computed ("
                    + (Double.isNaN(v) ? "it is undefined" : "it is too large for a double")
                    + "); it is null in report.json");
        }
    }

    private static void array(List<String> out, String at, double[] values) {
        if (values == null) {
            return;
        }
        int bad = 0;
        for (double v : values) {
            bad += Double.isFinite(v) ? 0 : 1;
        }
        if (bad > 0) {
            out.add(at + " has " + bad + " value" + (bad == 1 ? "" : "s")
                    + " that could not be computed (not a finite number); null in report.json");
        }
    }
}
