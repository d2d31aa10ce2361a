package io.latentlab.core.metrics;

import java.util.Arrays;

/**
 * Arbitrary integer labels renumbered {@code 0..k-1} in increasing label order (like scikit-learn's LabelEncoder),
 * with the size of each class.
 */
record LabelCodes(int[] codes, int[] classSizes) {

    static LabelCodes of(int[] labels) {
        int[] distinct = Arrays.stream(labels).sorted().distinct().toArray();
        int[] codes = new int[labels.length];
        int[] sizes = new int[distinct.length];
        for (int i = 0; i < labels.length; i++) {
            int code = Arrays.binarySearch(distinct, labels[i]);
            codes[i] = code;
            sizes[code]++;
        }
        return new LabelCodes(codes, sizes);
    }

    int classCount() {
        return classSizes.length;
    }
}
