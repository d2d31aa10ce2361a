package io.latentlab.core.ae;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The learning rates a session's user changes while it trains: one asked for from any thread waits for the next
 * epoch's start (so the result's schedule reproduces the run), and the changes applied make that schedule.
 */
final class LiveRates {

    private final OptimizerConfig configured;
    /** A learning rate asked for (NaN: none), applied from the start of the next epoch so that it is reproducible. */
    private volatile double pending = Double.NaN;
    /** The changes applied so far, as the config's schedule records them. */
    private final List<LearningRateChange> applied = new CopyOnWriteArrayList<>();

    LiveRates(OptimizerConfig configured) {
        this.configured = configured;
    }

    /** From the start of the next epoch. */
    void ask(double rate) {
        Check.positive(rate, "learning rate");
        pending = rate;
    }

    /** The rate asked for and not yet applied, or NaN. */
    double pending() {
        return pending;
    }

    /** At the start of {@code epoch}: a rate asked for meanwhile wins, else the config's schedule. */
    void applyFor(int epoch, GradientOptimizer target) {
        double asked = pending;
        if (!Double.isNaN(asked)) {
            pending = Double.NaN;
            if (asked != target.learningRate()) {
                target.setLearningRate(asked);
                applied.add(new LearningRateChange(epoch, asked));
            }
            return;
        }
        if (applied.isEmpty() || epoch == 1) {
            double scheduled = configured.learningRateAt(epoch);
            if (scheduled != target.learningRate()) {
                target.setLearningRate(scheduled);
            }
        }
    }

    boolean anyApplied() {
        return !applied.isEmpty();
    }

    /** The configured optimizer with the changes applied folded into its rate and schedule. */
    OptimizerConfig asSchedule() {
        TreeMap<Integer, Double> schedule = new TreeMap<>();
        configured.schedule().forEach(c -> schedule.put(c.epoch(), c.learningRate()));
        for (LearningRateChange c : applied) {
            schedule.tailMap(c.epoch(), true).clear(); // a live change replaces the config's later steps
            schedule.put(c.epoch(), c.learningRate());
        }
        double first = schedule.containsKey(1) ? schedule.remove(1) : configured.learningRate();
        List<LearningRateChange> steps = schedule.entrySet().stream()
                .map(e -> new LearningRateChange(e.getKey(), e.getValue()))
                .toList();
        return configured.withLearningRate(first).withSchedule(steps);
    }
}
