package io.latentlab.core.ae;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the epochs' evaluations and listeners on a thread of its own, in the order they were handed over, so that a
 * live view costs the training thread one copy of the weights per epoch. At most {@link #PENDING} epochs wait
 * besides the one being evaluated; the training thread waits when more would (so memory stays bounded and no epoch
 * is skipped). A listener's failure is thrown on the training thread at its next hand-over, at {@link #awaitIdle}
 * or at {@link #finish}.
 */
final class EpochPublisher {

    /** Epochs that may wait for evaluation; each holds a copy of the weights. */
    static final int PENDING = 2;

    private static final Runnable END = () -> {};

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(PENDING);
    private final Thread thread;
    private volatile Throwable failure;
    /** Epochs handed over (training thread) and done with (this thread), for {@link #awaitIdle}. */
    private final Object progress = new Object();

    private long submitted;
    private long done;

    EpochPublisher() {
        thread = new Thread(this::work, "latent-lab-epoch-events");
        thread.setDaemon(true); // a window closed while training does not wait for it
        thread.start();
    }

    /** Hands over one epoch's work; waits while {@link #PENDING} epochs are waiting already. */
    void submit(Runnable epochWork) {
        rethrow();
        put(epochWork);
        synchronized (progress) {
            submitted++;
        }
    }

    /** Waits until every epoch handed over has been delivered (or dropped after a failure); then rethrows one. */
    void awaitIdle() {
        boolean interrupted = false;
        synchronized (progress) {
            while (done < submitted && thread.isAlive()) {
                try {
                    progress.wait(50);
                } catch (InterruptedException e) {
                    interrupted = true; // like finish: the events so far must all be out
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    /** Waits until every epoch handed over has been delivered, then ends the thread. */
    void finish() {
        put(END);
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // an interrupt cancels training; the delivered events must still be complete
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    private void put(Runnable r) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (queue.offer(r, 50, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                    if (!thread.isAlive()) {
                        throw new IllegalStateException("the epoch events' thread has ended");
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    private void work() {
        while (true) {
            Runnable r;
            try {
                r = queue.take();
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread on purpose; END ends it
            }
            if (r == END) {
                return;
            }
            try {
                if (failure == null) { // after a failure, drain without delivering
                    r.run();
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                synchronized (progress) {
                    done++;
                    progress.notifyAll();
                }
            }
        }
    }
}
