package io.latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The scatter plot's points as primitive arrays: coordinates, a class per row and the class names. The arrays are
 * reused while the point count does not grow, so a new frame per training epoch allocates nothing per point.
 * Rows with a non-finite coordinate are kept (row indices stay aligned with the caller's data) but never drawn.
 */
final class PointData {

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] labels = new int[0];
    private int count;
    private boolean labelled;
    private List<String> classNames = List.of();

    /**
     * Copies n points, reading x at {@code xSrc[xOffset + i * xStride]} and likewise y, so both separate arrays
     * and the two columns of a row-major matrix load without an intermediate copy.
     *
     * @param newLabels class index per row (0-based), or null for unlabelled data
     * @param names     class names, or null/empty to name the classes by their index
     * @throws IllegalArgumentException for mismatched lengths or a label outside the class list
     */
    void load(
            double[] xSrc,
            int xOffset,
            int xStride,
            double[] ySrc,
            int yOffset,
            int yStride,
            int n,
            int[] newLabels,
            List<String> names) {
        if (newLabels != null && newLabels.length != n) {
            throw new IllegalArgumentException(
                    "labels must have one entry per point: " + n + " points but " + newLabels.length + " labels");
        }
        List<String> resolvedNames = resolveClassNames(newLabels, names, n);
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
            labels = new int[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = xSrc[xOffset + i * xStride];
            ys[i] = ySrc[yOffset + i * yStride];
        }
        labelled = newLabels != null;
        if (labelled) {
            System.arraycopy(newLabels, 0, labels, 0, n);
        }
        count = n;
        classNames = resolvedNames;
    }

    /** Removes all points; the class names stay, so a shared legend does not flicker. */
    void clear() {
        count = 0;
    }

    private static List<String> resolveClassNames(int[] labels, List<String> names, int n) {
        int maxLabel = -1;
        if (labels != null) {
            for (int i = 0; i < n; i++) {
                if (labels[i] < 0) {
                    throw new IllegalArgumentException(
                            "labels must be class indices >= 0, row " + i + " has " + labels[i]);
                }
                maxLabel = Math.max(maxLabel, labels[i]);
            }
        }
        if (names != null && !names.isEmpty()) {
            if (maxLabel >= names.size()) {
                throw new IllegalArgumentException(
                        "label " + maxLabel + " has no class name: only " + names.size() + " class names given");
            }
            return List.copyOf(names);
        }
        List<String> generated = new ArrayList<>(maxLabel + 1);
        for (int c = 0; c <= maxLabel; c++) {
            generated.add(Integer.toString(c));
        }
        return List.copyOf(generated);
    }

    int count() {
        return count;
    }

    /** False for unlabelled data, whose points all belong to class 0 for drawing. */
    boolean labelled() {
        return labelled;
    }

    List<String> classNames() {
        return classNames;
    }

    /** Classes to draw: the named ones, or the single class of unlabelled data. */
    int classCount() {
        return labelled ? classNames.size() : 1;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    int classOf(int i) {
        return labelled ? labels[i] : 0;
    }

    /** The coordinate arrays themselves (valid up to {@link #count()}), for the hover index. */
    double[] xs() {
        return xs;
    }

    double[] ys() {
        return ys;
    }

    FiniteBounds bounds() {
        return FiniteBounds.of(xs, ys, count);
    }
}
