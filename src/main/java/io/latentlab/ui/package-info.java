/**
 * The JavaFX application: {@link io.latentlab.ui.LatentLabApp} builds the lab's view-model and view and shows them.
 *
 * <p>May import: {@code ui..}, {@code core.config}, JavaFX.
 */
package io.latentlab.ui;
