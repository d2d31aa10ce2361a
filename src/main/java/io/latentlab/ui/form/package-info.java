/**
 * The parameter panels as state: text fields and choices, parsed and validated into an experiment config on every
 * change, with each problem pinned to its field. No scene graph here, so tests use it without a toolkit.
 *
 * <p>May import: {@code core.config}, {@code core.ae} (config records and enums), {@code core.validation},
 * JavaFX properties (not controls).
 */
package io.latentlab.ui.form;
