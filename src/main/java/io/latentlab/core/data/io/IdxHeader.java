package io.latentlab.core.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The header of an IDX file (the MNIST format): two zero bytes, a type byte ({@link IdxDtype}), the number of
 * dimensions, then each dimension's size as a big-endian 32-bit integer. The data follows, big-endian, last
 * dimension fastest.
 *
 * @param dtype the element type
 * @param dims  the dimension sizes, each at least 1, whose product fits in an int (checked on reading)
 */
record IdxHeader(IdxDtype dtype, int[] dims) {

    /** The most elements one array can hold; larger files are refused before anything is allocated. */
    static final long MAX_ITEMS = Integer.MAX_VALUE - 8;

    /** Reads and checks the header, leaving {@code in} at the first data byte. */
    static IdxHeader read(InputStream in, Path file) throws IOException {
        byte[] magic = new byte[4];
        int got = NpyInput.readFully(in, magic, 0, magic.length);
        if (got == 0) {
            throw new DataFormatException(file, "the file is empty");
        }
        if (got < 2 || magic[0] != 0 || magic[1] != 0) {
            throw new DataFormatException(
                    file,
                    "not an IDX file: it starts with " + hex(magic, Math.min(got, 2))
                            + " instead of the two zero bytes of the IDX magic");
        }
        if (got < magic.length) {
            throw new DataFormatException(
                    file,
                    "the file is cut short inside the IDX header (expected 4 magic bytes, " + "found " + got + ")");
        }
        IdxDtype dtype = IdxDtype.ofCode(magic[2] & 0xFF);
        if (dtype == null) {
            throw new DataFormatException(
                    file, "unknown IDX data type byte " + hex(magic[2]) + "; expected " + IdxDtype.KNOWN);
        }
        int rank = magic[3] & 0xFF;
        if (rank == 0) {
            throw new DataFormatException(file, "the IDX header declares 0 dimensions; at least one is needed");
        }
        byte[] sizes = new byte[4 * rank];
        int read = NpyInput.readFully(in, sizes, 0, sizes.length);
        if (read < sizes.length) {
            throw new DataFormatException(
                    file,
                    "the file is cut short inside the IDX header (" + rank + " dimension sizes need " + sizes.length
                            + " bytes, found " + read + ")");
        }
        int[] dims = new int[rank];
        for (int k = 0; k < rank; k++) {
            int b = 4 * k;
            dims[k] = (sizes[b] & 0xFF) << 24
                    | (sizes[b + 1] & 0xFF) << 16
                    | (sizes[b + 2] & 0xFF) << 8
                    | (sizes[b + 3] & 0xFF);
        }
        long items = 1;
        for (int k = 0; k < rank; k++) {
            if (dims[k] <= 0) {
                throw new DataFormatException(
                        file,
                        "dimension " + (k + 1) + " of " + rank + " has size "
                                + (dims[k] < 0
                                        ? dims[k] + " (" + Integer.toUnsignedString(dims[k]) + " unsigned)"
                                        : "0")
                                + "; sizes must be at least 1");
            }
            // No overflow: items <= MAX_ITEMS < 2^31 before the step, and dims[k] < 2^31.
            items *= dims[k];
            if (items > MAX_ITEMS) {
                throw new DataFormatException(
                        file,
                        "the data is too large to load: dimensions " + dimsText(dims) + " make more than " + MAX_ITEMS
                                + " items");
            }
        }
        return new IdxHeader(dtype, dims);
    }

    /** Total number of elements (at most {@link #MAX_ITEMS}). */
    int itemCount() {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** Bytes of data that must follow the header. */
    long dataBytes() {
        return (long) itemCount() * dtype.size();
    }

    /** Dimensions as a tuple: {@code (60000, 28, 28)}. */
    String dimsText() {
        return dimsText(dims);
    }

    private static String dimsText(int[] dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < dims.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(dims[k]);
        }
        return sb.append(dims.length == 1 ? ",)" : ")").toString();
    }

    private static String hex(byte[] bytes, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            sb.append(k == 0 ? "" : " ").append(hex(bytes[k]));
        }
        return sb.toString();
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }
}
