package io.latentlab.core.pipeline;

import io.latentlab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The report's scores as a table for a spreadsheet: {@code measure,pca,latent}, one measure a row, empty where a
 * value does not apply. The same numbers as report.json, in shortest round-trip form.
 */
public final class MetricsCsv {
    private MetricsCsv() {}

    public static String toCsv(Report r) {
        StringBuilder csv = new StringBuilder("measure,pca,latent\n");
        Report.EmbeddingMetrics latent = r.metrics().latent();
        row(csv, "silhouette_original", r.silhouette().original(), null);
        row(csv, "silhouette", r.silhouette().pca(), r.silhouette().latent());
        row(
                csv,
                "trustworthiness",
                r.metrics().pca().trustworthiness(),
                latent == null ? null : latent.trustworthiness());
        row(csv, "knn_accuracy", r.metrics().pca().knnAccuracy(), latent == null ? null : latent.knnAccuracy());
        Report.Reconstruction pcaMse = r.pca().reconstructionMse();
        row(
                csv,
                "reconstruction_mse_train",
                pcaMse == null ? null : pcaMse.train(),
                r.reconstructionMse() == null ? null : r.reconstructionMse().train());
        row(
                csv,
                "reconstruction_mse_test",
                pcaMse == null ? null : pcaMse.test(),
                r.reconstructionMse() == null ? null : r.reconstructionMse().test());
        row(
                csv,
                "explained_variance_ratio_2",
                Arrays.stream(r.pca().explainedVarianceRatio()).limit(2).sum(),
                null);
        row(
                csv,
                "dead_latent_units",
                null,
                r.latent() == null ? null : (double) r.latent().deadUnits().length);
        return csv.toString();
    }

    public static void write(Report r, Path file) throws IOException {
        AtomicFiles.writeString(file, toCsv(r));
    }

    private static void row(StringBuilder csv, String measure, Double pca, Double latent) {
        csv.append(CsvCell.text(measure))
                .append(',')
                .append(cell(pca))
                .append(',')
                .append(cell(latent))
                .append('\n');
    }

    private static String cell(Double v) {
        return v == null ? "" : CsvCell.number(v);
    }
}
