package io.latentlab.core.pipeline;

import io.latentlab.core.data.ClassRule;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.data.io.DataFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks on loaded data that name the problem before it shows up as a puzzling score or advice. */
final class DataChecks {

    private DataChecks() {}

    /**
     * The label rule of {@link ClassRule} for a whole data set; {@code file} is null for generated data.
     *
     * @throws DataFormatException      for a file
     * @throws IllegalArgumentException for generated data (e.g. blobs with one cluster)
     */
    static void classes(Dataset d, String file, boolean perRow) {
        if (!d.hasLabels()) {
            return;
        }
        int classes = ClassRule.distinct(d.labels());
        String only = classes == 1 ? "\"" + d.classNames().get(d.labels()[0]) + "\"" : null;
        String problem = ClassRule.problem(d.rows(), classes, only, perRow);
        if (problem == null) {
            return;
        }
        if (file != null) {
            throw new DataFormatException(Path.of(file), problem);
        }
        throw new IllegalArgumentException(d.name() + ": " + problem);
    }

    /**
     * Refuses training rows that are all identical (every feature has zero range: nothing to learn, every score
     * degenerate); returns a warning naming the constant features when only some are.
     */
    static String constantFeatures(Dataset train) {
        Matrix x = train.x();
        int rows = x.rows();
        int cols = x.cols();
        double[] d = x.data();
        List<Integer> constant = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            double first = d[c];
            boolean same = true;
            for (int r = 1; r < rows && same; r++) {
                same = Double.compare(d[r * cols + c], first) == 0;
            }
            if (same) {
                constant.add(c + 1);
            }
        }
        if (constant.isEmpty()) {
            return null;
        }
        if (constant.size() == cols) {
            throw new IllegalArgumentException(train.name() + ": all " + rows
                    + " training rows are identical (every feature has zero range), so there is nothing to learn"
                    + " and nothing to compare");
        }
        List<Integer> shown = constant.subList(0, Math.min(constant.size(), 10));
        return "feature" + (constant.size() == 1 ? " " : "s ")
                + shown.toString().replaceAll("[\\[\\]]", "")
                + (constant.size() > shown.size() ? ", ..." : "") + " (of " + cols
                + ")" + (constant.size() == 1 ? " has" : " have")
                + " zero range in the training rows: constant, they carry no information";
    }
}
