/**
 * Structured validation errors shared by the config records of {@code core.ae} and {@code core.config}.
 *
 * <p>A record's validating constructor throws {@link io.latentlab.core.validation.InvalidValueException} with the
 * path of its own offending component; code that builds records from a tree (the JSON reader, the parameter form,
 * a builder) prefixes where that record sits. Nothing here depends on other packages, so both config packages can
 * use it without depending on each other. {@link io.latentlab.core.validation.UserMessage} and
 * {@link io.latentlab.core.validation.PlainNumber} give the words and numbers a user reads, the same on the command
 * line and in the window.
 */
package io.latentlab.core.validation;
