package io.latentlab.core.generate;

import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generated rows in the data's original units and width, with the label of each row: the class it was drawn for,
 * or {@value #UNIFORM_LABEL} for uniform sampling.
 *
 * @param rows         count × features, unscaled
 * @param labels       one label per row
 * @param featureNames the CSV header's feature columns
 * @param imageShape   the rows' image shape, or null for tabular data
 * @param latent       the latent points that were decoded, count × bottleneck
 */
public record GeneratedData(
        Matrix rows, List<String> labels, List<String> featureNames, ImageShape imageShape, Matrix latent) {

    public static final String UNIFORM_LABEL = "generated";

    public GeneratedData {
        Objects.requireNonNull(rows, "rows");
        labels = List.copyOf(labels);
        featureNames = List.copyOf(featureNames);
        if (labels.size() != rows.rows() || featureNames.size() != rows.cols() || latent.rows() != rows.rows()) {
            throw new IllegalArgumentException("generated data: " + rows.rows() + "x" + rows.cols() + " rows, "
                    + labels.size() + " labels, " + featureNames.size() + " feature names, " + latent.rows()
                    + " latent points");
        }
    }

    /** How many rows each label got, in the order the labels first appear. */
    public Map<String, Integer> countsByLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : labels) {
            counts.merge(label, 1, Integer::sum);
        }
        return counts;
    }

    /** E.g. "150 rows of 6 features: 50 per class for 3 classes" or "… uniformly in the latent box". */
    public String describe() {
        Map<String, Integer> counts = countsByLabel();
        String base = rows.rows() + " rows of " + rows.cols() + " features";
        if (counts.size() == 1 && counts.containsKey(UNIFORM_LABEL)) {
            return base + ", uniformly in the latent box";
        }
        int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return base + ": " + (min == max ? String.valueOf(min) : min + "–" + max) + " per class for " + counts.size()
                + " classes";
    }
}
