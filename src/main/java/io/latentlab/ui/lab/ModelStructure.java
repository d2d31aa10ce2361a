package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import java.util.List;

/** Which autoencoder settings make a different network (and so need a new model), as opposed to training knobs. */
final class ModelStructure {
    private ModelStructure() {
    }

    static boolean same(AutoencoderConfig a, AutoencoderConfig b) {
        if (a == null || b == null) {
            return a == b;
        }
        return key(a).equals(key(b));
    }

    private static List<Object> key(AutoencoderConfig c) {
        return List.of(c.network().encoder(), c.network().bottleneck(), c.effectiveDecoder(), c.network().hiddenActivation(),
                c.network().bottleneckActivation(), c.network().outputActivation(), c.training().init(), c.network().precision(), c.training().seed());
    }
}
