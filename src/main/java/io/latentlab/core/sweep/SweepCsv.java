package io.latentlab.core.sweep;

import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.pipeline.CsvCell;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A sweep as CSV: {@code model,seed,silhouette,trustworthiness,knn_accuracy,reconstruction_mse_test,dead_units,
 * epochs,stopped_because}, one row per seed ({@code model} = {@code autoencoder}) and then PCA's baseline row
 * ({@code model} = {@code pca}, empty where a column does not apply). Numbers in shortest round-trip form, as in
 * metrics.csv, so a row compares cell for cell with {@code run --model-seed S}.
 */
public final class SweepCsv {

    public static final String FILE_NAME = "sweep.csv";

    private SweepCsv() {}

    public static String toCsv(SweepResult result) {
        StringBuilder csv = new StringBuilder("model,seed");
        for (SweepRow.Measure m : SweepRow.Measure.values()) {
            csv.append(',').append(m.id());
        }
        csv.append(",epochs,stopped_because\n");
        for (SweepRow r : result.seeds()) {
            row(csv, r);
        }
        if (result.pca() != null) {
            row(csv, result.pca());
        }
        return csv.toString();
    }

    public static void write(SweepResult result, Path file) throws IOException {
        AtomicFiles.writeString(file, toCsv(result));
    }

    private static void row(StringBuilder csv, SweepRow r) {
        csv.append(r.isPca() ? "pca" : "autoencoder").append(',').append(r.isPca() ? "" : r.seed());
        for (SweepRow.Measure m : SweepRow.Measure.values()) {
            Double v = r.value(m);
            csv.append(',');
            if (v != null) {
                csv.append(m == SweepRow.Measure.DEAD_UNITS ? String.valueOf(r.deadUnits()) : CsvCell.number(v));
            }
        }
        csv.append(',')
                .append(r.epochs() == null ? "" : r.epochs())
                .append(',')
                .append(r.stoppedBecause() == null ? "" : CsvCell.text(r.stoppedBecause()))
                .append('\n');
    }
}
