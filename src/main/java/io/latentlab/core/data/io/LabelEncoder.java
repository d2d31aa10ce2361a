package io.latentlab.core.data.io;

import io.latentlab.core.data.ClassRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one label string per row into class indices. Class names are sorted numerically when they are all
 * numbers (so "2" comes before "10"), otherwise as plain strings; {@code labels[i]} indexes the sorted names.
 */
final class LabelEncoder {

    /** Labels as indices into class names, ready for a {@link io.latentlab.core.data.Dataset}. */
    record Encoded(int[] labels, List<String> classNames) {}

    private final Map<String, Integer> idByName = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] ids = new int[1024];
    private int size;
    private int first; // rows before this one were dropped

    void add(String label) {
        Integer id = idByName.get(label);
        if (id == null) {
            id = names.size();
            idByName.put(label, id);
            names.add(label);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, ids.length + (ids.length >> 1));
        }
        ids[size++] = id;
    }

    int size() {
        return size - first;
    }

    /**
     * True when the first label is not a number but all later ones are: then the first row is most likely
     * a header (e.g. {@code x,y,label} followed by numeric labels).
     */
    boolean firstLooksLikeHeader() {
        if (size() < 2 || isNumber(names.get(ids[first]))) {
            return false;
        }
        boolean[] numeric = new boolean[names.size()];
        for (int k = 0; k < numeric.length; k++) {
            numeric[k] = isNumber(names.get(k));
        }
        for (int i = first + 1; i < size; i++) {
            if (!numeric[ids[i]]) {
                return false;
            }
        }
        return true;
    }

    void dropFirst() {
        if (size() == 0) {
            throw new IllegalStateException("no labels to drop");
        }
        first++;
    }

    /**
     * Sorts the classes and maps every row to its class index. Refuses fewer than two classes: nothing can be
     * compared (silhouette, colours per class) with a single one.
     */
    Encoded encode(Path file) {
        boolean[] used = new boolean[names.size()];
        for (int i = first; i < size; i++) {
            used[ids[i]] = true;
        }
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < used.length; k++) {
            if (used[k]) {
                classes.add(names.get(k));
            }
        }
        String problem = ClassRule.problem(
                size(), classes.size(), classes.isEmpty() ? null : CsvCells.quote(classes.get(0)), false);
        if (problem != null) {
            throw new DataFormatException(file, problem);
        }
        classes.sort(comparator(classes));
        Map<String, Integer> sortedIndex = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            sortedIndex.put(classes.get(k), k);
        }
        int[] remap = new int[names.size()];
        for (int k = 0; k < remap.length; k++) {
            remap[k] = used[k] ? sortedIndex.get(names.get(k)) : -1;
        }
        int[] labels = new int[size()];
        for (int i = first; i < size; i++) {
            labels[i - first] = remap[ids[i]];
        }
        return new Encoded(labels, classes);
    }

    private static Comparator<String> comparator(List<String> classes) {
        for (String c : classes) {
            if (!isNumber(c)) {
                return Comparator.naturalOrder();
            }
        }
        // Ties ("1" vs "1.0") fall back to the text so the order is total and stable.
        return Comparator.<String>comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder());
    }

    static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        // Java also accepts "1d" and "1f"; a label like that is text to the user.
        if (!(c >= '0' && c <= '9') && c != '.') {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
