package io.latentlab.core.ae;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 1-D block of off-heap memory owned by an ND4J array, seen from BLAS as a pointer and from our Java loops as an
 * NIO buffer (same memory, no copies). Exactly one of {@link #f} / {@link #d} is set, by precision. Values go in and
 * out as doubles: float32 values widen exactly, and {@link #put} rounds to the storage precision, so precision-free
 * code can read and write either kind.
 */
final class NativeArray {

    static {
        // Before the first native call loads OpenBLAS: its kernels and thread counts are chosen there.
        io.latentlab.core.math.Nd4jRuntime.ensureConfigured();
    }

    /** Keeps the memory alive and lets ND4J code look at it. */
    final INDArray array;

    final Pointer pointer;
    final FloatBuffer f;
    final DoubleBuffer d;
    /** The same memory as raw bits (ints for float32, longs for float64), for exact sign tests without branches. */
    final IntBuffer fBits;

    final LongBuffer dBits;
    final int length;
    /** The same memory, re-positioned by {@link #zero}: a view of its own, so that {@link #pointer} never moves. */
    private final Pointer zeroView;

    /** float32 storage; a final flag rather than two subclasses keeps every call site monomorphic. */
    private final boolean single;

    NativeArray(Precision precision, int length) {
        this.length = length;
        this.single = precision == Precision.FLOAT32;
        this.array = Nd4j.create(single ? DataType.FLOAT : DataType.DOUBLE, Math.max(1, length));
        this.pointer = array.data().addressPointer();
        this.f = single ? array.data().asNioFloat() : null;
        this.d = single ? null : array.data().asNioDouble();
        ByteBuffer bytes = array.data().asNio().duplicate().order(ByteOrder.nativeOrder());
        this.fBits = single ? bytes.asIntBuffer() : null;
        this.dBits = single ? null : bytes.asLongBuffer();
        this.zeroView = single ? new FloatPointer(pointer) : new DoublePointer(pointer);
    }

    /** A pointer to element {@code offset}, for passing a sub-block (e.g. one layer's weights) to BLAS. */
    Pointer at(long offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        Pointer p = single ? new FloatPointer(pointer) : new DoublePointer(pointer);
        return p.position(pointer.position() + offset);
    }

    double get(int i) {
        return single ? f.get(i) : d.get(i);
    }

    /** Stores {@code value} rounded to the storage precision. */
    void put(int i, double value) {
        if (single) {
            f.put(i, (float) value);
        } else {
            d.put(i, value);
        }
    }

    /** Sets elements {@code from..from+count)} to +0. One thread at a time: it moves a view of its own. */
    void zero(int from, int count) {
        java.util.Objects.checkFromIndexSize(from, count, length); // memset checks nothing
        if (count > 0) {
            long start = pointer.position() + from;
            // memset in native code: a Java bulk copy of a zero block read the zeros as well as writing them.
            zeroView.position(start).limit(start + count).zero();
        }
    }

    void fill(double value) {
        for (int i = 0; i < length; i++) {
            put(i, value);
        }
    }

    /** Copies {@code count} elements from {@code from} into {@code dst[dstFrom..]}. */
    void read(int from, double[] dst, int dstFrom, int count) {
        if (single) {
            FloatBuffer fb = f;
            for (int i = 0; i < count; i++) {
                dst[dstFrom + i] = fb.get(from + i);
            }
        } else {
            d.get(from, dst, dstFrom, count);
        }
    }

    /** Copies {@code src[srcFrom..srcFrom+count)} to elements {@code from..}, rounded to the storage precision. */
    void write(double[] src, int srcFrom, int from, int count) {
        if (single) {
            // A local: the JIT cannot hoist a field load past the buffer's raw stores.
            FloatBuffer fb = f;
            for (int i = 0; i < count; i++) {
                fb.put(from + i, (float) src[srcFrom + i]);
            }
        } else {
            d.put(from, src, srcFrom, count);
        }
    }

    /** Bulk-copies {@code count} values of {@code src} (same precision) from {@code srcFrom} to element {@code at}. */
    void copyFrom(HostRows src, int srcFrom, int at, int count) {
        if (single) {
            f.put(at, src.f, srcFrom, count);
        } else {
            d.put(at, src.d, srcFrom, count);
        }
    }
}
