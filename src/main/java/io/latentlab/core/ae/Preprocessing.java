package io.latentlab.core.ae;

import io.latentlab.core.validation.InvalidValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How raw data were scaled before training, carried along with exported weights so a model can be applied to new raw
 * data elsewhere. {@code kind} is "minmax", "standard" or "none"; {@code arrays} holds per-feature arrays such as
 * {@code data_min} and {@code data_range} (minmax) or {@code mean} and {@code scale} (standard).
 */
public record Preprocessing(String kind, Map<String, double[]> arrays) {

    public static final Set<String> KINDS = Set.of("minmax", "standard", "none");

    public Preprocessing {
        Check.notNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new InvalidValueException("kind", "must be one of minmax, standard, none, got '" + kind + "'");
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        if (arrays != null) {
            for (Map.Entry<String, double[]> e : arrays.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank() || "kind".equals(e.getKey())) {
                    throw new InvalidValueException(
                            "arrays", "names must be non-blank and other than 'kind', got '" + e.getKey() + "'");
                }
                copy.put(
                        e.getKey(),
                        Check.notNull(e.getValue(), "arrays." + e.getKey()).clone());
            }
        }
        arrays = Collections.unmodifiableMap(copy);
    }

    public static Preprocessing none() {
        return new Preprocessing("none", Map.of());
    }

    /** scikit-learn's MinMaxScaler to [0, 1]: x' = (x − data_min) / data_range. */
    public static Preprocessing minMax(double[] dataMin, double[] dataRange) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("data_min", dataMin);
        m.put("data_range", dataRange);
        return new Preprocessing("minmax", m);
    }

    /** A copy of the named array, or null. */
    public double[] array(String name) {
        double[] a = arrays.get(name);
        return a == null ? null : a.clone();
    }
}
