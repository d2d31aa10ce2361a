package io.latentlab.ui.explore;

import io.latentlab.ui.task.TaskExecutor;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Exploring the latent space, one view-model per feature: {@link #decoder()} (decode where you point),
 * {@link #reconstruction()} (a test row), {@link #grid()} (the latent grid) and {@link #interpolation()}. The lab
 * calls {@link #pulse()} once per frame; it reads the {@link ExploreSource} and lets each feature decode what
 * changed, so nothing decodes per mouse event and every view shows the same model.
 */
public final class ExploreViewModel {

    private final ExploreSource source;
    private final IntSupplier epoch;
    private final ReadOnlyObjectWrapper<UnitPair> units = new ReadOnlyObjectWrapper<>(this, "units", UnitPair.FIRST);
    private final ReadOnlyObjectWrapper<List<UnitPair>> pairs =
            new ReadOnlyObjectWrapper<>(this, "pairs", List.of(UnitPair.FIRST));
    private final PointerDecoder decoder;
    private final RowReconstruction reconstruction = new RowReconstruction();
    private final Interpolator interpolation;
    private final LatentGridViewModel grid;
    private final ReadOnlyObjectWrapper<ExploreLook> look = new ReadOnlyObjectWrapper<>(this, "look", ExploreLook.NONE);
    private Frame frame = Frame.EMPTY;
    private boolean unitsChanged;

    /** @param epoch the latest epoch shown (for the grid's caption) */
    public ExploreViewModel(TaskExecutor executor, ExploreSource source, IntSupplier epoch) {
        this.source = Objects.requireNonNull(source);
        this.epoch = epoch;
        decoder = new PointerDecoder(units::get);
        interpolation = new Interpolator(units::get);
        grid = new LatentGridViewModel(executor, units::get);
        units.addListener((obs, o, n) -> unitsChanged = true);
    }

    public PointerDecoder decoder() {
        return decoder;
    }

    public RowReconstruction reconstruction() {
        return reconstruction;
    }

    public Interpolator interpolation() {
        return interpolation;
    }

    public LatentGridViewModel grid() {
        return grid;
    }

    /** What a pick on a plot asks to see: the row's reconstruction, or the interpolation between the ends. */
    public enum Shows {
        ROW,
        BETWEEN
    }

    /**
     * A pick on a plot, for the views to bring forward what it shows; a new value for every pick, the same row
     * picked twice included.
     */
    public record Pick(long sequence, Shows shows) {}

    private final ReadOnlyObjectWrapper<Pick> lastPick = new ReadOnlyObjectWrapper<>(this, "lastPick");

    public ReadOnlyObjectProperty<Pick> lastPickProperty() {
        return lastPick.getReadOnlyProperty();
    }

    /** A click on test row {@code row} of a plot: its reconstruction. */
    public void pickRow(int row) {
        reconstruction.pick(row);
        announce(Shows.ROW);
    }

    /** A shift-click on test row {@code row}: the next end of the interpolation. */
    public void pickEndRow(int row) {
        interpolation.pickRow(row);
        announce(Shows.BETWEEN);
    }

    /** A shift-click at (x, y) of the plot of {@code space}, off any row: the next end of the interpolation. */
    public void pickEndSpot(Space space, double x, double y) {
        interpolation.pickSpot(space, x, y);
        announce(Shows.BETWEEN);
    }

    private void announce(Shows shows) {
        Pick last = lastPick.get();
        lastPick.set(new Pick(last == null ? 1 : last.sequence() + 1, shows));
    }

    /** The latent units the latent plot shows (z1–z2 unless a wider bottleneck shows another pair). */
    public ReadOnlyObjectProperty<UnitPair> unitsProperty() {
        return units.getReadOnlyProperty();
    }

    /** Shows the pair {@code pair} of units, if the model has them (a choice box may offer null in passing). */
    public void showUnits(UnitPair pair) {
        if (pair != null && pairs.get().contains(pair)) {
            units.set(pair);
        }
    }

    /** The pairs the current model offers: three for a bottleneck of 3, z1–z2 otherwise. */
    public ReadOnlyObjectProperty<List<UnitPair>> pairsProperty() {
        return pairs.getReadOnlyProperty();
    }

    /** How decoded rows are drawn: the image shape and the value range of the scaled data. */
    public ReadOnlyObjectProperty<ExploreLook> lookProperty() {
        return look.getReadOnlyProperty();
    }

    /** Decodes what changed since the last pulse: at most one spot per plot, a row, a line, a grid. */
    public void pulse() {
        Frame next = Frame.of(source, frame);
        boolean dataChanged = next.baseline() != frame.baseline();
        boolean changed = next != frame || unitsChanged;
        unitsChanged = false;
        if (dataChanged) {
            decoder.clear();
            reconstruction.clear();
            interpolation.clear();
            grid.clear();
            look.set(new ExploreLook(next.image(), next.lowest(), next.highest()));
        }
        if (next.autoencoder() == null && frame.autoencoder() != null) {
            interpolation.clear(); // the model was thrown away: its picks meant its codes
        }
        int width = next.autoencoder() == null ? 2 : next.autoencoder().width();
        List<UnitPair> offered = UnitPair.of(width);
        if (!offered.equals(pairs.get())) {
            pairs.set(offered);
        }
        if (!offered.contains(units.get())) {
            units.set(UnitPair.FIRST);
        }
        frame = next;
        decoder.update(next, changed);
        reconstruction.update(next, changed);
        interpolation.update(next, changed);
        grid.update(next, changed, epoch.getAsInt());
    }
}
