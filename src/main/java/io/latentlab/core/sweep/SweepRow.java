package io.latentlab.core.sweep;

import io.latentlab.core.pipeline.Report;

/**
 * One row of a sweep: a model seed's scores on the test rows (what {@code run --model-seed S} reports), or PCA's
 * (then {@code seed}, the reconstruction error, dead units, epochs and stop reason are null). A score that does
 * not apply or could not be computed is null, as in report.json.
 */
public record SweepRow(
        Long seed,
        Double silhouette,
        Double trustworthiness,
        Double knnAccuracy,
        Double reconstructionMseTest,
        Integer deadUnits,
        Integer epochs,
        String stoppedBecause) {

    /** The measures a sweep compares, in the table's order. */
    public enum Measure {
        SILHOUETTE("silhouette", "Silhouette (2-D)"),
        TRUSTWORTHINESS("trustworthiness", "Trustworthiness"),
        KNN_ACCURACY("knn_accuracy", "kNN accuracy"),
        RECONSTRUCTION_MSE_TEST("reconstruction_mse_test", "Reconstruction MSE (test)"),
        DEAD_UNITS("dead_units", "Dead latent units");

        private final String id;
        private final String label;

        Measure(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The CSV column, like metrics.csv's measure names. */
        public String id() {
            return id;
        }

        /** For tables a person reads. */
        public String label() {
            return label;
        }
    }

    public boolean isPca() {
        return seed == null;
    }

    /** The value of {@code m}, or null. */
    public Double value(Measure m) {
        return switch (m) {
            case SILHOUETTE -> silhouette;
            case TRUSTWORTHINESS -> trustworthiness;
            case KNN_ACCURACY -> knnAccuracy;
            case RECONSTRUCTION_MSE_TEST -> reconstructionMseTest;
            case DEAD_UNITS -> deadUnits == null ? null : deadUnits.doubleValue();
        };
    }

    /** The autoencoder's scores in a run's report. */
    public static SweepRow of(long seed, Report r) {
        Report.EmbeddingMetrics latent = r.metrics().latent();
        return new SweepRow(
                seed,
                r.silhouette().latent(),
                latent == null ? null : latent.trustworthiness(),
                latent == null ? null : latent.knnAccuracy(),
                r.reconstructionMse() == null ? null : r.reconstructionMse().test(),
                r.latent() == null ? null : r.latent().deadUnits().length,
                r.training() == null ? null : r.training().epochs(),
                r.training() == null ? null : r.training().stoppedBecause());
    }

    /** PCA's scores in a run's report (the same for every seed: the model seed does not change the data). */
    public static SweepRow pca(Report r) {
        return new SweepRow(
                null,
                r.silhouette().pca(),
                r.metrics().pca().trustworthiness(),
                r.metrics().pca().knnAccuracy(),
                r.pca().reconstructionMse() == null
                        ? null
                        : r.pca().reconstructionMse().test(),
                null,
                null,
                null);
    }
}
