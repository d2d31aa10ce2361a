package io.latentlab.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Splits a loop over rows into a fixed number of contiguous parts and runs them side by side: part 0 on the
 * calling thread, the others on a small pool of daemon threads. The parts are fixed (not the machine's core
 * count), so a result combined from them in order is the same on every machine; on one core they simply take
 * turns. An interrupted caller ({@link Cancellation}) cancels the other parts too.
 */
public final class Parts {

    /** Parts of a loop: two, for the two cores this lab is tuned for; more would only add overhead there. */
    public static final int COUNT = 2;

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "latent-lab-scores");
        t.setDaemon(true);
        return t;
    });

    private Parts() {}

    /** The rows {@code [from, to)} of part {@code part} of {@code n} rows. */
    public record Range(int part, int from, int to) {}

    /**
     * Runs {@code work} on each part of {@code n} rows and returns the results in part order.
     *
     * @throws CancellationException when the caller is interrupted meanwhile
     */
    public static <T> List<T> run(int n, IntFunction<Range> ranges, java.util.function.Function<Range, T> work) {
        List<Future<T>> others = new ArrayList<>();
        for (int p = 1; p < COUNT; p++) {
            Range range = ranges.apply(p);
            others.add(POOL.submit(() -> work.apply(range)));
        }
        List<T> results = new ArrayList<>();
        try {
            results.add(work.apply(ranges.apply(0)));
            for (Future<T> f : others) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            for (Future<T> f : others) {
                f.cancel(true);
            }
        }
    }

    /**
     * Runs {@code work} on {@link #COUNT} near-equal contiguous parts of {@code n} elements, for work that must not be
     * left half done (an optimizer step): it waits for every part, and an interrupt meanwhile is kept for the caller
     * to see afterwards rather than acted on.
     */
    public static void splitToEnd(int n, java.util.function.Consumer<Range> work) {
        List<Future<?>> others = new ArrayList<>();
        for (int p = 1; p < COUNT; p++) {
            Range range = part(n, p);
            others.add(POOL.submit(() -> work.accept(range)));
        }
        Throwable failure = null;
        try {
            work.accept(part(n, 0));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> f : others) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause();
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw unchecked(failure);
        }
    }

    /** {@code failure} to throw as it is (an Error is thrown here), a checked one wrapped. */
    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof Error err) {
            throw err;
        }
        return failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }

    /** Part {@code p} of {@link #COUNT} near-equal contiguous parts of {@code n} elements. */
    private static Range part(int n, int p) {
        return new Range(p, (int) ((long) n * p / COUNT), (int) ((long) n * (p + 1) / COUNT));
    }

    /** Runs {@code work} on {@link #COUNT} near-equal contiguous parts of {@code n} rows. */
    public static <T> List<T> split(int n, java.util.function.Function<Range, T> work) {
        return run(n, p -> part(n, p), work);
    }
}
