package io.latentlab.core.math;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One place that sets ND4J up the same way for the CLI, the UI, tests and benchmarks.
 *
 * <p>Threads: on the 2-core machines we measured, one OpenMP/BLAS thread trained 2-4x faster than two,
 * because our matrices (batch 200 x 100) are too small to amortise the fork/join. ND4J reads
 * {@code OMP_NUM_THREADS} at start-up only, so we also set the BLAS and OpenMP counts explicitly.
 */
public final class Nd4jRuntime {

    private static volatile boolean configured;
    private static int threads = 1;

    private Nd4jRuntime() {}

    /**
     * Configures ND4J once: double default data type, {@code latentlab.threads} (default 1) threads, and, before
     * OpenBLAS loads, its kernels where the CPU needs telling ({@link BlasKernel}); once it has loaded, the float32
     * kernels ({@link BlasKernel#installSingleKernels}). Every caller of BLAS calls this first (Kernels and
     * NativeArray in their class initialisers, Pca, PairwiseDistances, the model's forward pass): the kernel table is
     * changed here, under this lock, before any product runs on it.
     */
    public static synchronized void ensureConfigured() {
        if (configured) {
            return;
        }
        threads = Integer.getInteger("latentlab.threads", envThreads());
        BlasKernel.requestBeforeLoading(); // before the first call loads OpenBLAS
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        BlasKernel.installSingleKernels(); // OpenBLAS has loaded, and no product has run on other threads yet
        configured = true;
    }

    /**
     * Sets the BLAS and OpenMP thread counts from now on (both libraries take a new count between calls);
     * returns the previous count. For benchmarks and the per-workload choice of {@code ThreadChoice}.
     */
    public static synchronized int useThreads(int count) {
        ensureConfigured();
        if (count < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + count);
        }
        int before = threads;
        if (count != before) {
            Nd4j.getEnvironment().setMaxThreads(count);
            Nd4j.getEnvironment().setMaxMasterThreads(count);
            Nd4j.factory().blas().setMaxThreads(count);
            threads = count;
        }
        return before;
    }

    /** True when the user fixed the thread count ({@code -Dlatentlab.threads} or {@code OMP_NUM_THREADS}). */
    public static boolean threadsFixedByUser() {
        return Integer.getInteger("latentlab.threads") != null || System.getenv("OMP_NUM_THREADS") != null;
    }

    /** Threads ND4J was told to use (BLAS and OpenMP). */
    public static int threads() {
        ensureConfigured();
        return threads;
    }

    private static int envThreads() {
        String omp = System.getenv("OMP_NUM_THREADS");
        if (omp != null) {
            try {
                return Math.max(1, Integer.parseInt(omp.trim()));
            } catch (NumberFormatException ignored) {
                // fall through to our default
            }
        }
        return 1;
    }
}
