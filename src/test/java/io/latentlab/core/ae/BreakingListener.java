package io.latentlab.core.ae;

/** A listener that fails on purpose, for the tests of what a failed run keeps (core, command line and window). */
public final class BreakingListener {
    private BreakingListener() {}

    /** Throws IllegalStateException("listener broke") when it hears of epoch {@code epoch}. */
    public static TrainingListener at(int epoch) {
        return at(epoch, false);
    }

    /** Like {@link #at(int)}; with {@code alsoAtTheEnd}, throws "listener broke again" when the result comes. */
    public static TrainingListener at(int epoch, boolean alsoAtTheEnd) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                if (e.epoch() == epoch) {
                    throw new IllegalStateException("listener broke");
                }
            }

            @Override
            public void onFinished(TrainingResult r) {
                if (alsoAtTheEnd) {
                    throw new IllegalStateException("listener broke again");
                }
            }
        };
    }
}
