package io.latentlab.core.ae;

import io.latentlab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes NumPy's {@code .npz}: a zip of {@code .npy} files, here float64 little-endian, C order, stored
 * uncompressed. {@code numpy.load(path)} reads it.
 */
public final class NpzWriter {

    /** Header blocks are padded to this many bytes, as NumPy does. */
    private static final int ALIGN = 64;

    private NpzWriter() {}

    /**
     * @param arrays name → {@code double[][]} (2-D, rectangular) or {@code double[]} (1-D), in file order
     */
    public static void write(Path target, LinkedHashMap<String, ?> arrays) throws IOException {
        Check.notNull(arrays, "arrays");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : arrays.entrySet()) {
            String name = e.getKey();
            if (name == null || name.isEmpty() || name.contains("/")) {
                throw new IllegalArgumentException(
                        "array name must be non-empty and contain no '/', got '" + name + "'");
            }
            files.put(name + ".npy", npy(name, e.getValue()));
        }
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                byte[] bytes = f.getValue();
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /**
     * The arrays a Python user needs to run the model: {@code W0, b0, W1, b1, ...} (x @ W + b orientation) and the
     * preprocessing arrays (e.g. {@code data_min}, {@code data_range}).
     */
    public static LinkedHashMap<String, Object> modelArrays(TrainedAutoencoder model, Preprocessing preprocessing) {
        LinkedHashMap<String, Object> arrays = new LinkedHashMap<>();
        for (int l = 0; l < model.layerCount(); l++) {
            arrays.put("W" + l, model.weightMatrix(l));
            arrays.put("b" + l, model.biases(l));
        }
        if (preprocessing != null) {
            for (Map.Entry<String, double[]> e : preprocessing.arrays().entrySet()) {
                if (arrays.containsKey(e.getKey())) {
                    throw new IllegalArgumentException(
                            "preprocessing array '" + e.getKey() + "' clashes with a weight array");
                }
                arrays.put(e.getKey(), e.getValue());
            }
        }
        return arrays;
    }

    static byte[] npy(String name, Object value) {
        int[] shape;
        double[] flat;
        if (value instanceof double[] v) {
            shape = new int[] {v.length};
            flat = v;
        } else if (value instanceof double[][] m) {
            int cols = m.length == 0 ? 0 : m[0].length;
            flat = new double[Math.multiplyExact(m.length, cols)];
            for (int i = 0; i < m.length; i++) {
                if (m[i].length != cols) {
                    throw new IllegalArgumentException(
                            "array '" + name + "' row " + i + " has " + m[i].length + " values, expected " + cols);
                }
                System.arraycopy(m[i], 0, flat, i * cols, cols);
            }
            shape = new int[] {m.length, cols};
        } else {
            throw new IllegalArgumentException("array '" + name + "' must be double[] or double[][], got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + shape[0] + ", " + shape[1] + ")";
        StringBuilder header =
                new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': " + shapeText + ", }");
        int preamble = 6 + 2 + 2; // magic, version 1.0, header length
        while ((preamble + header.length() + 1) % ALIGN != 0) {
            header.append(' ');
        }
        header.append('\n');
        byte[] headerBytes = header.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.allocate(preamble + headerBytes.length + flat.length * 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 0x93)
                .put("NUMPY".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .put((byte) 0);
        buf.putShort((short) headerBytes.length);
        buf.put(headerBytes);
        for (double d : flat) {
            buf.putDouble(d);
        }
        return buf.array();
    }
}
