package io.latentlab.core.ae;

import java.util.SplittableRandom;

/** Row-index arrays for the training loop: the identity and its seeded Fisher-Yates shuffle. */
final class RowOrder {
    private RowOrder() {}

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Fisher-Yates, in place. */
    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
