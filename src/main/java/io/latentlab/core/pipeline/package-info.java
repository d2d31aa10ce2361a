/**
 * The notebook's pipeline, once, for every front end. {@link io.latentlab.core.pipeline.Pipeline} runs it in
 * stages — prepare ({@link io.latentlab.core.pipeline.Baseline}), train (a session), evaluate
 * ({@link io.latentlab.core.pipeline.Outcome} with its {@link io.latentlab.core.pipeline.Report}) — and
 * {@link io.latentlab.core.pipeline.RunArtifacts} writes the files. The command line runs the stages in a row;
 * the window drives them one at a time; so both give the same numbers by construction.
 *
 * <p>May import: every other {@code core} package, Jackson. Never {@code cli}, {@code ui} or JavaFX.
 */
package io.latentlab.core.pipeline;
