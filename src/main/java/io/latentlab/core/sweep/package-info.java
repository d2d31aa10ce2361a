/**
 * Seed sweeps: one experiment config trained for several model seeds, one after another, through the one
 * {@link io.latentlab.core.pipeline.Pipeline} — the data and PCA baseline are prepared once (the model seed changes
 * neither), then each seed is trained and evaluated exactly as {@code run --model-seed S} does, so a row of
 * {@link io.latentlab.core.sweep.SweepRow} holds that run's scores. {@link io.latentlab.core.sweep.SeedSweep} runs
 * it with progress and cancellation; {@link io.latentlab.core.sweep.SweepCsv} writes the table. The command line's
 * {@code sweep} and the window's Seed sweep… both use it.
 *
 * <p>May import: {@code core.pipeline}, {@code core.ae}, {@code core.config}, {@code core.io},
 * {@code core.validation}. Never {@code cli}, {@code ui} or JavaFX.
 */
package io.latentlab.core.sweep;
