package io.latentlab.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times named steps in wall seconds, in the order they ran. */
final class StepTimer {
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            seconds.merge(step, (System.nanoTime() - start) / 1e9, Double::sum);
        }
    }

    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        seconds.forEach((k, v) -> out.put(k, Math.round(v * 1e4) / 1e4));
        out.put("total", Math.round(seconds.values().stream().mapToDouble(Double::doubleValue).sum() * 1e4) / 1e4);
        return out;
    }
}
