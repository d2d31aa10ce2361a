package io.latentlab.core.ae;

import java.util.function.DoubleSupplier;

/**
 * Draws initial parameters into the flat layout (layer by layer: W row-major, then b). For {@link Init#SKLEARN} the
 * caller passes a NumPy-compatible stream seeded like MLPRegressor's {@code random_state}, and the draws are made in
 * sklearn's order with sklearn's formula ({@code uniform(-bound, bound)}), so the initial weights are sklearn's.
 */
final class ParameterInit {

    private ParameterInit() {}

    static double[] draw(ParameterLayout layout, Init init, DoubleSupplier unit) {
        Architecture arch = layout.architecture;
        double[] flat = new double[layout.total];
        for (int l = 0; l < arch.layerCount(); l++) {
            int fanIn = arch.fanIn(l);
            int fanOut = arch.fanOut(l);
            double bound = switch (init) {
                case HE_UNIFORM -> Math.sqrt(6.0 / fanIn);
                case GLOROT_UNIFORM -> Math.sqrt(6.0 / (fanIn + fanOut));
                case SKLEARN ->
                    Math.sqrt((arch.activations().get(l) == Activation.SIGMOID ? 2.0 : 6.0) / (fanIn + fanOut));
            };
            int w = layout.weightOffset[l];
            for (int i = 0; i < fanIn * fanOut; i++) {
                flat[w + i] = uniform(unit, bound);
            }
            if (init == Init.SKLEARN) {
                int b = layout.biasOffset[l];
                for (int j = 0; j < fanOut; j++) {
                    flat[b + j] = uniform(unit, bound);
                }
            }
        }
        return flat;
    }

    /** NumPy's {@code uniform(-bound, bound)}: {@code low + (high - low) * u}. */
    private static double uniform(DoubleSupplier unit, double bound) {
        return -bound + (bound - -bound) * unit.getAsDouble();
    }
}
