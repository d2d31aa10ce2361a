package io.latentlab.core.io;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Work that must finish before the cleanup of a shutdown (SIGTERM, Ctrl-C) abandons unfinished file sets: a run
 * interrupted while training holds the shutdown until it has written the results so far. {@link FileSet}'s
 * shutdown hook waits for every hold, at most {@link #MAX_WAIT_SECONDS}, before it refuses new sets.
 */
public final class ShutdownGrace {

    /** The longest a shutdown waits for held work; then the files are abandoned as without a hold. */
    public static final long MAX_WAIT_SECONDS = 60;

    private static final Set<CountDownLatch> HOLDS = ConcurrentHashMap.newKeySet();

    private ShutdownGrace() {}

    /** A hold on the shutdown's cleanup until {@link Hold#release()}. */
    public static Hold hold() {
        CountDownLatch latch = new CountDownLatch(1);
        HOLDS.add(latch);
        return new Hold(latch);
    }

    /** Waits until every hold is released, or {@link #MAX_WAIT_SECONDS} have passed. */
    static void awaitAll() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS);
        for (CountDownLatch latch : HOLDS) {
            try {
                if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One hold; releasing twice is harmless. */
    public static final class Hold {
        private final CountDownLatch latch;

        private Hold(CountDownLatch latch) {
            this.latch = latch;
        }

        public void release() {
            latch.countDown();
            HOLDS.remove(latch);
        }
    }
}
