package io.latentlab.ui.explore;

import io.latentlab.core.ae.NoiseConfig;
import io.latentlab.core.explore.Reconstruction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A picked test row through the autoencoder and through PCA's plane: original, reconstructions, and for a
 * denoising model the row corrupted with the model's noise (a fixed seed per row) and what the model makes of it.
 * Recomputed on the pulse after a pick and with each new epoch while training (one row: microseconds).
 */
public final class RowReconstruction {

    /**
     * @param row         the test row (0-based)
     * @param className   its class, or ""
     * @param autoencoder null without a model
     * @param pca         PCA's reconstruction from the plotted plane
     */
    public record Shown(int row, String className, Reconstruction autoencoder, Reconstruction pca) {}

    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int picked = -1;
    private boolean pending;
    private int testRows;

    /** The picked row's reconstructions (null before a pick). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why the last typed row was refused, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Picks test row {@code row} (a click on its point); shown on the next pulse. */
    public void pick(int row) {
        if (testRows > 0 && (row < 0 || row >= testRows)) {
            message.set("Row " + row + " is not a test row: pick 0 to " + (testRows - 1));
            return;
        }
        message.set("");
        picked = row;
        pending = true;
    }

    /** Picks a typed row number, or says what is wrong with it. */
    public void pick(String typed) {
        String t = typed == null ? "" : typed.strip();
        try {
            pick(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            message.set("\"" + t + "\" is not a row number");
        }
    }

    void update(Frame f, boolean changed) {
        if (changed && f.baseline() == null) {
            clear();
            return;
        }
        testRows = f.testRows();
        if (picked < 0 || !(pending || changed)) {
            return;
        }
        pending = false;
        if (picked >= testRows) {
            clear();
            return;
        }
        double[] row = f.testRow(picked);
        Reconstruction ae = f.autoencoder() == null
                ? null
                : Reconstruction.of(f.autoencoder(), row, f.noise(), f.noiseSeed(picked));
        Reconstruction pca = Reconstruction.of(f.pca(), row, NoiseConfig.none(), 0);
        shown.set(new Shown(picked, f.className(picked), ae, pca));
    }

    void clear() {
        picked = -1;
        pending = false;
        shown.set(null);
    }
}
