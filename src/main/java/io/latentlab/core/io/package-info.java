/**
 * Writing files safely: {@link io.latentlab.core.io.AtomicFiles} writes to a temporary file beside the target and
 * moves it into place, so a reader never sees half a file.
 *
 * <p>May import: the JDK, and jackson-core for the JSON read limits ({@link io.latentlab.core.io.SafeInput}).
 */
package io.latentlab.core.io;
