/** Cooperative cancellation of long headless work (data preparation, scores) by thread interruption. */
package io.latentlab.core.concurrent;
