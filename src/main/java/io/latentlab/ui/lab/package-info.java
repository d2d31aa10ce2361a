/**
 * The lab window. View-models, one per feature, hold state as read-only properties and offer commands:
 * {@link io.latentlab.ui.lab.DataViewModel} (stage 1 and the PCA plot), {@link io.latentlab.ui.lab.TrainingViewModel}
 * (the training session and its controls; a finished run goes on when only epochs, stopping rule or learning rate
 * changed) with {@link io.latentlab.ui.lab.TrainingProgress} (what it shows while training), {@link io.latentlab.ui.lab.ResultsViewModel} (scores, latent
 * plot) and {@link io.latentlab.ui.lab.FilesViewModel} (experiments and exports, through
 * {@link io.latentlab.ui.lab.FileDialogs}) and {@link io.latentlab.ui.lab.DiscardUndo} (every model thrown away can
 * be brought back) and {@link io.latentlab.ui.lab.GenerateViewModel} (new rows from the decoder, saved or opened as
 * data) and {@link io.latentlab.ui.lab.SweepViewModel} (model seeds trained in the background, against PCA) and
 * {@link io.latentlab.ui.lab.TimelineViewModel} (the training replay), composed by
 * {@link io.latentlab.ui.lab.LabViewModel} with {@code ui.explore}'s view-model, which reads the data and model through
 * {@link io.latentlab.ui.lab.LabExploreSource}. They never touch a scene graph. Views — {@link io.latentlab.ui.lab.LabView}
 * and its regions (menu bar, training tool bar, parameter panel, plots, results) — only bind and forward events.
 *
 * <p>May import: {@code ui.explore}, {@code ui.form}, {@code ui.plot}, {@code ui.task}, {@code core.pipeline},
 * {@code core.generate}, {@code core.sweep}, {@code core.config}, {@code core.ae} value types, {@code core.about}
 * (version and credits for the About box), JavaFX, ControlsFX. Not the engine's internals (metrics, PCA, file formats, a
 * {@code TrainingSession} constructor): the window goes through {@code core.pipeline} (ArchUnit-enforced).
 */
package io.latentlab.ui.lab;
