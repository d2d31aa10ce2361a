package io.latentlab.core.data.io;

import java.util.Arrays;

/** A growable array of primitive doubles, so large files are read without boxing. */
final class DoubleList {

    private final java.nio.file.Path file;
    private double[] data = new double[1 << 14];
    private int size;

    /** @param file names the source when the values outgrow the memory */
    DoubleList(java.nio.file.Path file) {
        this.file = file;
    }

    void add(double value) {
        if (size == data.length) {
            long grown = data.length + (long) (data.length >> 1);
            Decompression.checkMemory(file, grown);
            data = Arrays.copyOf(data, (int) grown);
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
