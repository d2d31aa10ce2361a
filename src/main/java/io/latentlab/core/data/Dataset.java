package io.latentlab.core.data;

import java.util.List;
import java.util.Objects;

/**
 * Feature rows with optional class labels. Labels are stored as indices {@code 0..classNames.size()-1} into
 * {@code classNames}, so string labels ("cat") and integer labels ("3") are handled alike.
 *
 * @param name       what the user would call the data ("blobs", "digits", a file name)
 * @param x          n x d features
 * @param labels     one class index per row, or {@code null} when the data has no labels
 * @param classNames display names of the classes, indexed by label; empty when unlabelled
 */
public record Dataset(String name, Matrix x, int[] labels, List<String> classNames) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        if (labels != null) {
            if (labels.length != x.rows()) {
                throw new IllegalArgumentException("dataset '" + name + "' has " + x.rows() + " rows but "
                        + labels.length + " labels");
            }
            for (int label : labels) {
                if (label < 0 || label >= classNames.size()) {
                    throw new IllegalArgumentException("label index " + label + " outside 0.." + (classNames.size() - 1));
                }
            }
        }
    }

    public int rows() {
        return x.rows();
    }

    public int features() {
        return x.cols();
    }

    public boolean hasLabels() {
        return labels != null;
    }

    public int classCount() {
        return classNames.size();
    }

    /** The rows at the given indices, keeping the class names. */
    public Dataset subset(int[] indices) {
        int[] sub = null;
        if (labels != null) {
            sub = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                sub[i] = labels[indices[i]];
            }
        }
        return new Dataset(name, x.selectRows(indices), sub, classNames);
    }

    public Dataset withX(Matrix newX) {
        return new Dataset(name, newX, labels, classNames);
    }
}
