package io.latentlab.core.ae;

import java.util.SplittableRandom;

/** Draws initial parameters into the flat layout (layer by layer: W row-major, then b), from our own seeded RNG. */
final class ParameterInit {

    private ParameterInit() {
    }

    static double[] draw(ParameterLayout layout, Init init, SplittableRandom rng) {
        Architecture arch = layout.architecture;
        double[] flat = new double[layout.total];
        for (int l = 0; l < arch.layerCount(); l++) {
            int fanIn = arch.fanIn(l);
            int fanOut = arch.fanOut(l);
            double bound = switch (init) {
                case HE_UNIFORM -> Math.sqrt(6.0 / fanIn);
                case GLOROT_UNIFORM -> Math.sqrt(6.0 / (fanIn + fanOut));
                case SKLEARN -> Math.sqrt((arch.activations().get(l) == Activation.SIGMOID ? 2.0 : 6.0) / (fanIn + fanOut));
            };
            int w = layout.weightOffset[l];
            for (int i = 0; i < fanIn * fanOut; i++) {
                flat[w + i] = uniform(rng, bound);
            }
            if (init == Init.SKLEARN) {
                int b = layout.biasOffset[l];
                for (int j = 0; j < fanOut; j++) {
                    flat[b + j] = uniform(rng, bound);
                }
            }
        }
        return flat;
    }

    private static double uniform(SplittableRandom rng, double bound) {
        return (2 * rng.nextDouble() - 1) * bound;
    }
}
