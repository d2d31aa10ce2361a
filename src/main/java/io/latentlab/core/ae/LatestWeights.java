package io.latentlab.core.ae;

/**
 * One epoch's parameters, made into a model only when someone asks: most epochs are never asked for, and
 * building every one cost the training thread three copies of the parameters per epoch. Safe to share between
 * threads: the training thread publishes it (through a volatile field) and never touches it again.
 */
final class LatestWeights {
    private final Network net;
    private final double[] flat;
    private TrainedAutoencoder model;

    /** @param flat the parameters of {@code net}, owned from now on (a copy of the training thread's buffer) */
    LatestWeights(Network net, double[] flat) {
        this.net = net;
        this.flat = flat;
    }

    /** {@link Network#modelFrom} reads only the network's final architecture, never its live parameters. */
    synchronized TrainedAutoencoder model() {
        if (model == null) {
            model = net.modelFrom(flat);
        }
        return model;
    }
}
