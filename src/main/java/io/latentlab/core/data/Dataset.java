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
 * @param imageShape when each row is an image (its pixels row by row), the image's height and width, so that
 *                   {@code imageShape.pixels() == d}; {@code null} for tabular data
 */
public record Dataset(String name, Matrix x, int[] labels, List<String> classNames, ImageShape imageShape) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        if (labels != null) {
            if (labels.length != x.rows()) {
                throw new IllegalArgumentException(
                        "dataset '" + name + "' has " + x.rows() + " rows but " + labels.length + " labels");
            }
            for (int label : labels) {
                if (label < 0 || label >= classNames.size()) {
                    throw new IllegalArgumentException(
                            "label index " + label + " outside 0.." + (classNames.size() - 1));
                }
            }
        }
        if (x.cols() > MAX_FEATURES) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "dataset '%s' has %,d features, more than the %,d Latent Lab handles (PCA works on a features"
                            + " x features covariance matrix); select or pool columns first",
                    name,
                    x.cols(),
                    MAX_FEATURES));
        }
        if (imageShape != null && imageShape.pixels() != x.cols()) {
            throw new IllegalArgumentException("dataset '" + name + "' has " + x.cols() + " features, but images of "
                    + imageShape + " have " + imageShape.pixels() + " pixels");
        }
    }

    /**
     * The most features a data set may have, from files as from blobs: PCA's covariance matrix has features²
     * entries (800 MB at this width), and one array view of it holds at most 2^28.
     */
    public static final int MAX_FEATURES = 10_000;

    /** Tabular data: no image shape. */
    public Dataset(String name, Matrix x, int[] labels, List<String> classNames) {
        this(name, x, labels, classNames, null);
    }

    /** Whether the rows are images of {@link #imageShape()}. */
    public boolean isImages() {
        return imageShape != null;
    }

    /** The same data with each row read as an image of the given shape (null: tabular). */
    public Dataset withImageShape(ImageShape shape) {
        return new Dataset(name, x, labels, classNames, shape);
    }

    /** The same rows with other labels, keeping the name and image shape. */
    public Dataset withLabels(int[] newLabels, List<String> newClassNames) {
        return new Dataset(name, x, newLabels, newClassNames, imageShape);
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

    /** The rows at the given indices, keeping the class names and image shape. */
    public Dataset subset(int[] indices) {
        int[] sub = null;
        if (labels != null) {
            sub = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                sub[i] = labels[indices[i]];
            }
        }
        return new Dataset(name, x.selectRows(indices), sub, classNames, imageShape);
    }

    /**
     * The same labels with other features, such as the scaled rows. The image shape is kept while the column
     * count still matches it; features of another width (a projection) are no longer images.
     */
    public Dataset withX(Matrix newX) {
        ImageShape shape = imageShape != null && imageShape.pixels() == newX.cols() ? imageShape : null;
        return new Dataset(name, newX, labels, classNames, shape);
    }
}
