package io.latentlab.core.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * What {@code run} writes to {@code report.json}. Keys are snake_case and stable (documented in README); a value
 * that does not apply (no labels, no autoencoder yet) is {@code null}, never missing.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "format",
    "version",
    "dataset",
    "silhouette",
    "pca",
    "metrics",
    "training",
    "reconstruction_mse",
    "latent",
    "timing",
    "warnings"
})
public record Report(
        String format,
        int version,
        DatasetInfo dataset,
        SilhouetteScores silhouette,
        PcaInfo pca,
        Metrics metrics,
        Training training,
        Reconstruction reconstructionMse,
        Latent latent,
        Map<String, Double> timing,
        List<String> warnings) {

    public static final String FORMAT = "latent-lab-report";
    public static final int VERSION = 1;

    /** The same report with other warnings. */
    public Report withWarnings(List<String> newWarnings) {
        return new Report(
                format,
                version,
                dataset,
                silhouette,
                pca,
                metrics,
                training,
                reconstructionMse,
                latent,
                timing,
                List.copyOf(newWarnings));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"name", "source", "rows_train", "rows_test", "features", "labels", "class_names"})
    public record DatasetInfo(
            String name,
            String source,
            int rowsTrain,
            int rowsTest,
            int features,
            Integer labels,
            List<String> classNames) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"original", "pca", "latent"})
    public record SilhouetteScores(Double original, Double pca, Double latent) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"components", "explained_variance_ratio", "explained_variance", "reconstruction_mse"})
    public record PcaInfo(
            int components,
            double[] explainedVarianceRatio,
            double[] explainedVariance,
            Reconstruction reconstructionMse) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"neighbors", "sample_rows", "pca", "latent"})
    public record Metrics(int neighbors, Integer sampleRows, EmbeddingMetrics pca, EmbeddingMetrics latent) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"trustworthiness", "knn_accuracy"})
    public record EmbeddingMetrics(Double trustworthiness, Double knnAccuracy) {
        static EmbeddingMetrics of(EmbeddingScores s) {
            return new EmbeddingMetrics(s.trustworthiness(), s.knnAccuracy());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({
        "epochs",
        "stopped_because",
        "message",
        "loss_curve",
        "val_loss_curve",
        "learning_rates",
        "seconds",
        "seconds_per_epoch"
    })
    public record Training(
            int epochs,
            String stoppedBecause,
            String message,
            double[] lossCurve,
            double[] valLossCurve,
            double[] learningRates,
            double seconds,
            double secondsPerEpoch) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Reconstruction(double train, double test) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"dimensions", "dead_units", "active_fraction", "variance"})
    public record Latent(int dimensions, int[] deadUnits, double[] activeFraction, double[] variance) {}
}
