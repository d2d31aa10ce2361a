/**
 * Structured validation errors shared by the config records of {@code core.ae} and {@code core.config}.
 *
 * <p>A record's validating constructor throws {@link io.latentlab.core.validation.InvalidValueException} with the
 * path of its own offending component; code that builds records from a tree (the JSON reader, the parameter form,
 * a builder) prefixes where that record sits. Nothing here depends on other packages, so both config packages can
 * use it without depending on each other.
 */
package io.latentlab.core.validation;
