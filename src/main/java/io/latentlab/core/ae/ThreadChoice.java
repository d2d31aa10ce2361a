package io.latentlab.core.ae;

import io.latentlab.core.math.Nd4jRuntime;

/**
 * How many BLAS/OpenMP threads training uses, chosen per network: a second thread pays only when each
 * matrix product of a step is big enough to split; on small layers the fork/join of every call costs more than
 * the second core gives (measured with {@code bench --workload seed|fashion}, see README's performance table).
 *
 * <p>The rule: two threads (or the machine's cores, if fewer) when the largest layer's forward product,
 * batch x fan-in x fan-out, reaches {@link #TWO_THREAD_MULTIPLY_ADDS}; else one. A thread count the user fixed
 * ({@code -Dlatentlab.threads}, {@code OMP_NUM_THREADS}) always wins.
 */
public final class ThreadChoice {

    /**
     * Multiply-adds of the largest layer product from which two threads train faster. Fashion-MNIST's first layer
     * (256 x 784 x 512, about 1e8) is well above it; the notebook's widest (200 x 100 x 50 = 1e6) well below.
     */
    public static final long TWO_THREAD_MULTIPLY_ADDS = 10_000_000L;

    private ThreadChoice() {}

    /** The thread count the rule gives for {@code architecture} trained in batches of {@code batch} rows. */
    public static int forTraining(Architecture architecture, int batch, int cores) {
        long largest = 0;
        for (int layer = 0; layer < architecture.layerCount(); layer++) {
            largest = Math.max(largest, (long) batch * architecture.fanIn(layer) * architecture.fanOut(layer));
        }
        return largest >= TWO_THREAD_MULTIPLY_ADDS ? Math.max(1, Math.min(2, cores)) : 1;
    }

    /** Applies the rule for a session about to train, unless the user fixed the count. */
    static void apply(Architecture architecture, int batch) {
        if (!Nd4jRuntime.threadsFixedByUser()) {
            Nd4jRuntime.useThreads(
                    forTraining(architecture, batch, Runtime.getRuntime().availableProcessors()));
        }
    }
}
