/**
 * ND4J set up once, the same way for the command line, the window, tests and benchmarks (thread counts, data type).
 *
 * <p>May import: ND4J.
 */
package io.latentlab.core.math;
