package io.latentlab.core.ae;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 1-D block of off-heap memory owned by an ND4J array, seen from BLAS as a pointer and from our Java kernels as an
 * NIO buffer (same memory, no copies). Exactly one of {@link #f} / {@link #d} is set, by precision.
 */
final class NativeArray {

    /** Keeps the memory alive and lets ND4J code look at it. */
    final INDArray array;
    final Pointer pointer;
    final FloatBuffer f;
    final DoubleBuffer d;
    final int length;

    NativeArray(Precision precision, int length) {
        this.length = length;
        this.array = Nd4j.create(precision == Precision.FLOAT32 ? DataType.FLOAT : DataType.DOUBLE, Math.max(1, length));
        this.pointer = array.data().addressPointer();
        if (precision == Precision.FLOAT32) {
            this.f = array.data().asNioFloat();
            this.d = null;
        } else {
            this.f = null;
            this.d = array.data().asNioDouble();
        }
    }

    /** A pointer to element {@code offset}, for passing a sub-block (e.g. one layer's weights) to BLAS. */
    Pointer at(long offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        Pointer p = f != null ? new FloatPointer(pointer) : new DoublePointer(pointer);
        return p.position(pointer.position() + offset);
    }
}
