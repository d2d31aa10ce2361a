package io.latentlab.core.data;

/**
 * The one rule for labels, whatever their source (a CSV column, a labels file, the blobs generator): silhouette and
 * kNN accuracy compare classes, so there must be at least two, and several rows must share a class.
 */
public final class ClassRule {

    private ClassRule() {}

    /**
     * What is wrong with {@code classes} distinct labels over {@code rows} rows, or null when nothing is.
     *
     * @param onlyClass the single class's name as it should be shown (e.g. quoted), or null
     * @param perRow    whether to refuse a label of its own for every row (checked on whole data sets; a small
     *                  pre-split test file may legitimately have one row per class)
     */
    public static String problem(int rows, int classes, String onlyClass, boolean perRow) {
        if (classes < 2) {
            return "all " + rows + " rows have the same label" + (onlyClass == null ? "" : " " + onlyClass)
                    + "; at least two classes are needed (silhouette and kNN accuracy compare classes)";
        }
        if (perRow && rows > 2 && classes >= rows) {
            return "each of the " + rows + " rows has a label of its own; silhouette and kNN accuracy need classes"
                    + " that several rows share (if the label column is an ID, use no label column)";
        }
        return null;
    }

    /** The number of distinct labels. */
    public static int distinct(int[] labels) {
        return (int) java.util.Arrays.stream(labels).distinct().count();
    }
}
