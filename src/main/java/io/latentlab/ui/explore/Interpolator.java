package io.latentlab.ui.explore;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.explore.Interpolation;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Interpolation between two picks, A then B (then A again): test rows (their codes in both spaces, so the
 * autoencoder's line and PCA's line between the same rows compare) or spots in one plot (that space only). Shows
 * {@link #stepsProperty()} decoded steps, both ends included.
 */
public final class Interpolator {

    /**
     * One end of the line.
     *
     * @param row     the test row picked, or -1 for a spot
     * @param space   for a spot, the plot it was picked in
     * @param spot    for a spot, its coordinates in that plot
     */
    public record End(int row, Space space, double[] spot) {
        public String describe() {
            return row >= 0 ? "row " + row : space == Space.PCA ? "a PCA spot" : "a latent spot";
        }
    }

    /** The decoded steps (rows × features) of each space, null where a space has no line. */
    public record Strips(End from, End to, Matrix autoencoder, Matrix pca) {}

    private final java.util.function.Supplier<UnitPair> pair;
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", 8);
    private final ReadOnlyObjectWrapper<End> first = new ReadOnlyObjectWrapper<>(this, "first");
    private final ReadOnlyObjectWrapper<End> second = new ReadOnlyObjectWrapper<>(this, "second");
    private final ReadOnlyObjectWrapper<Strips> strips = new ReadOnlyObjectWrapper<>(this, "strips");
    private boolean pending;

    Interpolator(java.util.function.Supplier<UnitPair> pair) {
        this.pair = pair;
        steps.addListener((obs, o, n) -> pending = true);
    }

    /** Steps from A to B, both included; kept within {@link Interpolation#MIN_STEPS}..{@link Interpolation#MAX_STEPS}. */
    public IntegerProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyObjectProperty<End> firstProperty() {
        return first.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<End> secondProperty() {
        return second.getReadOnlyProperty();
    }

    /** The decoded steps once both ends are picked (null before). */
    public ReadOnlyObjectProperty<Strips> stripsProperty() {
        return strips.getReadOnlyProperty();
    }

    /** Picks test row {@code row} as the next end. */
    public void pickRow(int row) {
        pick(new End(row, null, null));
    }

    /** Picks the spot (x, y) of a plot as the next end. */
    public void pickSpot(Space space, double x, double y) {
        pick(new End(-1, space, new double[] {x, y}));
    }

    private void pick(End end) {
        if (first.get() == null || second.get() != null) {
            first.set(end);
            second.set(null);
            strips.set(null);
        } else {
            second.set(end);
        }
        pending = true;
    }

    void update(Frame f, boolean changed) {
        if (changed && f.baseline() == null) {
            clear();
            return;
        }
        End a = first.get();
        End b = second.get();
        if (a == null || b == null || !(pending || changed)) {
            return;
        }
        pending = false;
        int k = Math.max(Interpolation.MIN_STEPS, Math.min(Interpolation.MAX_STEPS, steps.get()));
        Matrix ae = null;
        double[] aeFrom = f.autoencoder() == null ? null : code(f, Space.AUTOENCODER, a);
        double[] aeTo = f.autoencoder() == null ? null : code(f, Space.AUTOENCODER, b);
        if (aeFrom != null && aeTo != null) {
            ae = Interpolation.decode(f.autoencoder(), aeFrom, aeTo, k);
        }
        Matrix pca = null;
        double[] pcaFrom = code(f, Space.PCA, a);
        double[] pcaTo = code(f, Space.PCA, b);
        if (pcaFrom != null && pcaTo != null) {
            pca = Interpolation.decode(f.pca(), pcaFrom, pcaTo, k);
        }
        strips.set(new Strips(a, b, ae, pca));
    }

    /** The end's code in {@code space}: a row's own code there, a spot's only in the plot it was picked in. */
    private double[] code(Frame f, Space space, End end) {
        if (end.row() >= 0) {
            if (end.row() >= f.testRows()) {
                return null;
            }
            // The row's own code with this epoch's weights (the plot may show a sample of the rows).
            Matrix row = new Matrix(1, f.baseline().data().features(), f.testRow(end.row()));
            return (space == Space.PCA ? f.pca() : f.autoencoder()).encode(row).row(0);
        }
        if (end.space() != space) {
            return null;
        }
        return space == Space.PCA
                ? Frame.spotCode(f.pcaBox(), UnitPair.FIRST, end.spot()[0], end.spot()[1])
                : Frame.spotCode(f.box(), pair.get(), end.spot()[0], end.spot()[1]);
    }

    void clear() {
        first.set(null);
        second.set(null);
        strips.set(null);
        pending = false;
    }
}
