/**
 * The training timeline: {@link io.latentlab.core.timeline.LatentTimeline} keeps, per epoch, the latent coordinates
 * of a fixed sample of the test rows, copied from what the training session already streams (no extra forward
 * pass), bounded in rows and in frames so a long run keeps an evenly thinned history.
 *
 * <p>May import: {@code core.data}. Never {@code cli}, {@code ui} or JavaFX.
 */
package io.latentlab.core.timeline;
