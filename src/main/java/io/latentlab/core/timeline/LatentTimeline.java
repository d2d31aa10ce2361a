package io.latentlab.core.timeline;

import io.latentlab.core.data.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Latent snapshots per epoch of at most {@value #MAX_ROWS} test rows (all of them when there are fewer; otherwise
 * the same seeded sample every time). At most {@value #MAX_FRAMES} frames are kept: when one more would not fit,
 * only the epochs that are multiples of a doubled stride stay (and the first), and from then on only those are
 * recorded, so the frames stay evenly spaced over the whole run and memory stays under about
 * MAX_FRAMES × MAX_ROWS × bottleneck doubles (13 MB for a 2-D bottleneck).
 *
 * <p>{@link #record} is called on the thread that delivers the session's epochs and only copies rows of a snapshot the session already
 * made; the other methods may be called from any thread.
 */
public final class LatentTimeline {

    public static final int MAX_ROWS = 2000;
    public static final int MAX_FRAMES = 400;
    private static final long SAMPLE_SEED = 0;

    /** The latent coordinates of the sampled rows after {@code epoch}. */
    public record Frame(int epoch, Matrix latent) {}

    private final int[] rows;
    private final List<Frame> frames = new ArrayList<>();
    private int stride = 1;
    private int firstEpoch = -1;

    /** A timeline over {@code testRows} test rows. */
    public LatentTimeline(int testRows) {
        rows = sample(testRows);
    }

    /** Which test rows the frames hold, ascending. */
    public int[] rows() {
        return rows.clone();
    }

    /** Copies the sampled rows of {@code snapshot} (all test rows' latent coordinates) as epoch {@code epoch}. */
    public synchronized void record(int epoch, Matrix snapshot) {
        if (firstEpoch < 0) {
            firstEpoch = epoch;
        } else if (epoch % stride != 0) {
            return;
        }
        frames.add(new Frame(epoch, snapshot.selectRows(rows)));
        if (frames.size() > MAX_FRAMES) {
            stride *= 2;
            frames.removeIf(f -> f.epoch() != firstEpoch && f.epoch() % stride != 0);
        }
    }

    public synchronized int size() {
        return frames.size();
    }

    public synchronized Frame frame(int index) {
        return frames.get(index);
    }

    /** The frames kept, oldest first. */
    public synchronized List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** All rows below {@link #MAX_ROWS}, otherwise a seeded sample of that many, ascending. */
    static int[] sample(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= MAX_ROWS) {
            return all;
        }
        Random random = new Random(SAMPLE_SEED);
        for (int i = 0; i < MAX_ROWS; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chosen = Arrays.copyOf(all, MAX_ROWS);
        Arrays.sort(chosen);
        return chosen;
    }
}
