/**
 * The autoencoder engine: configuration, training, the trained model and its export.
 *
 * <ul>
 *   <li>{@link io.latentlab.core.ae.AutoencoderConfig} (with {@code notebook()}, {@code recommended()} and a
 *       builder) groups a {@link io.latentlab.core.ae.NetworkConfig} (the structure) and a
 *       {@link io.latentlab.core.ae.TrainingConfig} (how it is trained); all parts are immutable, validated records
 *       that read and write as JSON and report invalid values by path.</li>
 *   <li>{@link io.latentlab.core.ae.TrainingSession} trains on already-scaled rows, streams an
 *       {@link io.latentlab.core.ae.EpochEvent} per epoch to its listeners and can be paused, stepped, cancelled or
 *       given a new learning rate (from the next epoch) from another thread ({@code TrainingControls}). It returns
 *       a {@link io.latentlab.core.ae.TrainingResult} holding an immutable
 *       {@link io.latentlab.core.ae.TrainedAutoencoder} and the config that reproduces it; after it stopped it can
 *       {@code continueTraining}, exactly as one longer run would go on ({@code TrainingRun} keeps the state).</li>
 *   <li>{@link io.latentlab.core.ae.WeightsJson} and {@link io.latentlab.core.ae.NpzWriter} export models.</li>
 *   <li>{@link io.latentlab.core.ae.TrainingBenchmark} times epochs for the CLI's {@code bench}.</li>
 * </ul>
 *
 * <p>Numerics follow scikit-learn's MLPRegressor (objective, reported loss, Adam/SGD formulas, stopping rule), so
 * the notebook preset behaves like the notebook. How it is fast: all parameters live in one flat ND4J buffer (all
 * weights first, then all biases) with one matching gradient buffer; activations and deltas are preallocated per
 * batch size; matrix products call the OpenBLAS that ND4J ships directly (row-major cblas on pointers into those
 * buffers, which skips {@code Nd4j.gemm}'s ~15-20 µs per call). Nothing is allocated per mini-batch. Training is
 * single-threaded and deterministic for a given seed.
 *
 * <p>How the training code is laid out, written once for float32 and float64:
 * <ul>
 *   <li>{@code Network} runs forward and backward passes; {@code ElementwiseOps} holds the per-element steps
 *       (bias and activation, output delta, activation derivative, batch loading with noise).</li>
 *   <li>{@code GradientOptimizer} is one update rule with its own state and the live learning rate (changed from any
 *       thread); {@code Adam} and {@code Sgd} implement it. The session hands it a rate asked for at the start of
 *       the next epoch, records the change as a {@link io.latentlab.core.ae.LearningRateChange}, and {@link io.latentlab.core.ae.TrainingResult#learningRates()} records
 *       the rate of each epoch.</li>
 *   <li>{@code Kernels} is the only place where the precisions differ: BLAS calls (gemm, gemv, ger, axpy, dot, copy,
 *       scal) and a few one-operation loops BLAS lacks (ReLU mask, ordered sum of squares, the optimizers' vector
 *       operations on {@code HostVector}s, which the JIT vectorises). Each computes in its own precision, so float32
 *       training is genuinely float32 arithmetic, bit for bit what it was when written out per precision.</li>
 *   <li>{@code NativeArray} (off-heap, shared with BLAS), {@code HostRows} (the data on the heap) and
 *       {@code HostVector} (the optimizers' heap copies) store values in the training precision and hand them out as
 *       doubles where precision-free code needs single elements.</li>
 * </ul>
 *
 * <p>May import: {@code core.data}, {@code core.math}, {@code core.io}, {@code core.validation}, ND4J/JavaCPP,
 * Jackson. Never {@code core.config} or {@code core.pipeline} (they build on this package).
 */
package io.latentlab.core.ae;
