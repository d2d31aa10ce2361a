package io.latentlab.core.data.io;

import java.util.Arrays;

/** A growable array of primitive doubles, so large files are read without boxing. */
final class DoubleList {

    private double[] data = new double[1 << 14];
    private int size;

    void add(double value) {
        if (size == data.length) {
            int grown = data.length + (data.length >> 1);
            if (grown < 0 || grown > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many values for one matrix (" + size + ")");
            }
            data = Arrays.copyOf(data, grown);
        }
        data[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray(int from) {
        return Arrays.copyOfRange(data, from, size);
    }
}
