/**
 * ND4J set up once, the same way for the command line, the window, tests and benchmarks (thread counts, data type,
 * OpenBLAS's kernels: Haswell's, and for float32 the AVX-512 ones where they run, {@link
 * io.latentlab.core.math.SingleKernels}).
 *
 * <p>May import: ND4J, JavaCPP's OpenBLAS bindings, JNA (the only package that does).
 */
package io.latentlab.core.math;
