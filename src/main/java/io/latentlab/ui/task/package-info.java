/**
 * Where long work runs: {@link io.latentlab.ui.task.TaskExecutor} hands work to a background thread and its outcome
 * back to the UI thread; tests use the synchronous {@link io.latentlab.ui.task.DirectTaskExecutor}.
 *
 * <p>May import: JavaFX's {@code Platform} only.
 */
package io.latentlab.ui.task;
