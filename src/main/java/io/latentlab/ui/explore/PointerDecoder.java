package io.latentlab.ui.explore;

import io.latentlab.core.explore.LatentBox;
import io.latentlab.core.explore.LatentMap;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Decode where you point: the plots report every mouse position, which only replaces a pending spot; the spot is
 * decoded on the next pulse, so a burst of mouse events costs one decode per frame. While training, the spot is
 * decoded again with each new epoch's weights. The autoencoder's latent plot and the PCA plot each keep their own
 * spot, shown side by side.
 */
public final class PointerDecoder {

    private final Supplier<UnitPair> pair;
    private final ReadOnlyObjectWrapper<Decoded> autoencoder = new ReadOnlyObjectWrapper<>(this, "autoencoder");
    private final ReadOnlyObjectWrapper<Decoded> pca = new ReadOnlyObjectWrapper<>(this, "pca");
    private final double[][] spot = new double[Space.values().length][];
    private final boolean[] pending = new boolean[Space.values().length];
    private int decodes;

    PointerDecoder(Supplier<UnitPair> pair) {
        this.pair = pair;
    }

    /** What the decoder makes of the latent plot's spot (null before one, or without a model). */
    public ReadOnlyObjectProperty<Decoded> autoencoderProperty() {
        return autoencoder.getReadOnlyProperty();
    }

    /** PCA's inverse transform of the PCA plot's spot (null before one). */
    public ReadOnlyObjectProperty<Decoded> pcaProperty() {
        return pca.getReadOnlyProperty();
    }

    /** The mouse is at (x, y) in the plot of {@code space}; decoded on the next pulse. Cheap: call per event. */
    public void pointAt(Space space, double x, double y) {
        spot[space.ordinal()] = new double[] {x, y};
        pending[space.ordinal()] = true;
    }

    /** How many spots were decoded so far (a pulse decodes at most one per plot). */
    public int decodeCount() {
        return decodes;
    }

    void update(Frame f, boolean changed) {
        if (changed && f.autoencoder() == null) {
            autoencoder.set(null);
        }
        if (changed && f.pca() == null) {
            pca.set(null);
        }
        int a = Space.AUTOENCODER.ordinal();
        if (f.autoencoder() != null && spot[a] != null && (pending[a] || changed)) {
            autoencoder.set(decode(f.autoencoder(), f.box(), pair.get(), spot[a]));
        }
        int p = Space.PCA.ordinal();
        if (f.pca() != null && spot[p] != null && pending[p]) { // PCA moves only with new data, which forgets the spot
            pca.set(decode(f.pca(), f.pcaBox(), UnitPair.FIRST, spot[p]));
        }
        pending[a] = false;
        pending[p] = false;
    }

    /** Forgets both spots (new data or no model). */
    void clear() {
        spot[0] = null;
        spot[1] = null;
        autoencoder.set(null);
        pca.set(null);
    }

    private Decoded decode(LatentMap map, LatentBox box, UnitPair units, double[] xy) {
        decodes++;
        double[] code = Frame.spotCode(box, units, xy[0], xy[1]);
        return new Decoded(code, map.decode(code));
    }
}
