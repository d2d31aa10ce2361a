/**
 * The command line (picocli): {@code run}, {@code generate}, {@code sweep}, {@code bench} and {@code presets}. The only code that writes to stdout:
 * results on stdout, progress on stderr, exit code 2 for bad input.
 *
 * <p>May import: {@code core..} (mainly {@code core.pipeline} and {@code core.config}), picocli. Never
 * {@code ui} or JavaFX.
 */
package io.latentlab.cli;
