package io.latentlab.ui.explore;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.explore.LatentBox;
import io.latentlab.core.explore.LatentMap;
import io.latentlab.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The latent grid (manifold): an n x n grid over the test rows' latent box, decoded into a mosaic. It decodes only
 * while shown, in the background (n = 30 of a 784-wide decoder takes tens of milliseconds), one grid at a time:
 * what changes meanwhile (a new epoch, another n) is decoded once the running grid is done, so training never
 * queues up work.
 */
public final class LatentGridViewModel {

    public static final int MIN_SIZE = 4;
    public static final int MAX_SIZE = 30;

    /**
     * A decoded grid: tile (row, col) is row {@code row * size + col} of {@code tiles}, row 0 at the top.
     *
     * @param seconds how long decoding took
     */
    public record Mosaic(int size, UnitPair units, LatentBox box, Matrix tiles, int epochs, double seconds) {}

    /** Writes the mosaic's chart; the view provides it (PNG or SVG by the file's name). */
    @FunctionalInterface
    public interface ChartWriter {
        void write(Path file) throws IOException;
    }

    private final TaskExecutor executor;
    private final Supplier<UnitPair> pair;
    private final IntegerProperty size = new SimpleIntegerProperty(this, "size", 12);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<Mosaic> mosaic = new ReadOnlyObjectWrapper<>(this, "mosaic");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean running;
    private boolean pending = true;
    private int decoded;

    LatentGridViewModel(TaskExecutor executor, Supplier<UnitPair> pair) {
        this.executor = executor;
        this.pair = pair;
        size.addListener((obs, o, n) -> pending = true);
        shown.addListener((obs, o, n) -> pending = true);
    }

    /** Tiles per side, {@link #MIN_SIZE} to {@link #MAX_SIZE} (values outside are kept within). */
    public IntegerProperty sizeProperty() {
        return size;
    }

    /** Whether the grid is on screen; it decodes only then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The newest decoded grid (null before one, or without a model). */
    public ReadOnlyObjectProperty<Mosaic> mosaicProperty() {
        return mosaic.getReadOnlyProperty();
    }

    /** What the grid shows or why not ("Train a model first…", an export's result). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Grids decoded so far. */
    public int decodedCount() {
        return decoded;
    }

    /** Writes the chart with {@code writer}, reporting the file written or why it failed. */
    public void export(Path file, ChartWriter writer) {
        if (mosaic.get() == null) {
            status.set("Nothing to export yet: the grid appears once a model is trained");
            return;
        }
        try {
            writer.write(file);
            status.set("Saved " + file);
        } catch (IOException | RuntimeException e) {
            status.set("Export failed: " + e.getMessage());
        }
    }

    void update(Frame f, boolean changed, int epochs) {
        if (changed) {
            pending = true;
        }
        if (!shown.get() || !pending || running) {
            return;
        }
        if (f.autoencoder() == null || f.box() == null) {
            mosaic.set(null);
            status.set("Train a model first: the grid decodes the latent space of the test rows");
            pending = false;
            return;
        }
        pending = false;
        running = true;
        LatentMap map = f.autoencoder();
        LatentBox box = f.box();
        int n = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size.get()));
        UnitPair units = map.width() < 2 ? null : pair.get().fits(map.width()) ? pair.get() : UnitPair.FIRST;
        executor.execute(
                () -> {
                    long start = System.nanoTime();
                    Matrix tiles = units == null
                            ? oneDimensional(map, box, n)
                            : io.latentlab.core.explore.LatentGrid.decode(map, box, units.x(), units.y(), n);
                    return new Mosaic(n, units, box, tiles, epochs, (System.nanoTime() - start) / 1e9);
                },
                m -> {
                    running = false;
                    decoded++;
                    mosaic.set(m);
                    status.set(String.format(
                            Locale.ROOT,
                            "%d x %d decoded points%s in %.0f ms",
                            m.size(),
                            m.size(),
                            epochs > 0 ? " after epoch " + epochs : "",
                            m.seconds() * 1000));
                },
                e -> {
                    running = false;
                    status.set("Could not decode the grid: " + e.getMessage());
                });
    }

    /** A 1-D code has no plane: the grid walks its one unit row by row. */
    private static Matrix oneDimensional(LatentMap map, LatentBox box, int n) {
        int count = n * n;
        double[] z = new double[count];
        for (int i = 0; i < count; i++) {
            z[i] = box.min(0) + (box.max(0) - box.min(0)) * i / (count - 1);
        }
        return map.decode(new Matrix(count, 1, z));
    }

    void clear() {
        mosaic.set(null);
        pending = true;
    }
}
