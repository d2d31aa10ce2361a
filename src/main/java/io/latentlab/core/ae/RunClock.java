package io.latentlab.core.ae;

/**
 * A run's training time over all its segments: the time since the running segment started, minus the pauses in it,
 * plus the segments before; the idle time between segments does not count.
 */
final class RunClock {

    private final TrainingControls controls;
    private long segmentStart;
    private long pausedAtSegmentStart;
    private double secondsBefore;

    RunClock(TrainingControls controls) {
        this.controls = controls;
    }

    void startSegment() {
        segmentStart = System.nanoTime();
        pausedAtSegmentStart = controls.pausedNanos();
    }

    /** @param totalSeconds the run's training time when the segment ended, as its result reports it */
    void endSegment(double totalSeconds) {
        secondsBefore = totalSeconds;
    }

    /** Seconds since the run started, not counting pauses. */
    double activeSeconds() {
        long paused = controls.pausedNanos() - pausedAtSegmentStart;
        return secondsBefore + Math.max(0, (System.nanoTime() - segmentStart - paused) / 1e9);
    }
}
