package io.latentlab.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times named steps in wall seconds, in the order they ran. */
final class StepTimer {
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    StepTimer() {}

    /** Goes on from the steps an earlier stage timed. */
    StepTimer(Map<String, Double> earlier) {
        seconds.putAll(earlier);
    }

    <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(step, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Records a step timed elsewhere (e.g. training, which excludes pauses). */
    void add(String step, double wallSeconds) {
        seconds.merge(step, wallSeconds, Double::sum);
    }

    /** The steps so far, unrounded, for a later stage to continue from. */
    Map<String, Double> raw() {
        return new LinkedHashMap<>(seconds);
    }

    /** The steps rounded to 0.1 ms, and their {@code total}: what report.json shows. */
    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        seconds.forEach((k, v) -> out.put(k, Math.round(v * 1e4) / 1e4));
        out.put(
                "total",
                Math.round(seconds.values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .sum()
                                * 1e4)
                        / 1e4);
        return out;
    }
}
