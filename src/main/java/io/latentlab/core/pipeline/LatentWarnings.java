package io.latentlab.core.pipeline;

import io.latentlab.core.ae.LatentDiagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** What to tell a user about the latent units, in one wording for the report, the console and the window. */
public final class LatentWarnings {
    private LatentWarnings() {}

    /** Indices of the units that are constant for every probed row. */
    public static int[] deadUnits(LatentDiagnostics d) {
        return IntStream.range(0, d.width()).filter(i -> d.dead()[i]).toArray();
    }

    /** A sentence naming the dead units (z1, z2, …) and the way out, or "" when there are none (or no diagnostics). */
    public static String describe(LatentDiagnostics d) {
        if (d == null || !d.anyDead()) {
            return "";
        }
        List<String> units = new ArrayList<>();
        for (int i : deadUnits(d)) {
            units.add("z" + (i + 1));
        }
        return "Dead latent unit" + (units.size() > 1 ? "s " : " ") + String.join(", ", units)
                + ": constant for every training row, so the latent plot collapses. Try a linear bottleneck activation.";
    }
}
