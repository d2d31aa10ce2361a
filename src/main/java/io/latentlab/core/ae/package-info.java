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
 *       given a new learning rate from another thread. It returns a {@link io.latentlab.core.ae.TrainingResult}
 *       holding an immutable {@link io.latentlab.core.ae.TrainedAutoencoder}.</li>
 *   <li>{@link io.latentlab.core.ae.WeightsJson} and {@link io.latentlab.core.ae.NpzWriter} export models.</li>
 *   <li>{@link io.latentlab.core.ae.TrainingBenchmark} times epochs for the CLI's {@code bench}.</li>
 * </ul>
 *
 * <p>Numerics follow scikit-learn's MLPRegressor (objective, reported loss, Adam/SGD formulas, stopping rule), so
 * the notebook preset behaves like the notebook. How it is fast: all parameters live in one flat ND4J buffer (all
 * weights first, then all biases) with one matching gradient buffer; activations and deltas are preallocated per
 * batch size; matrix products call the OpenBLAS that ND4J ships directly (row-major cblas on pointers into those
 * buffers, which skips {@code Nd4j.gemm}'s ~15-20 µs per call); element-wise steps are single fused Java passes over
 * the buffers' NIO views; the optimizer copies the flat buffers to heap arrays in bulk, where the JIT vectorises its
 * loop. Nothing is allocated per mini-batch. Training is single-threaded and deterministic for a given seed.
 */
package io.latentlab.core.ae;
