package io.latentlab.core.ae;

import io.latentlab.core.validation.InvalidValueException;
import java.util.Locale;

/**
 * Refuses, before anything is allocated, a network whose parameter count does not fit an int or whose training
 * needs more memory than this JVM may use: about parameters × (precision × 5 buffers: weights, gradients, the
 * optimizer's two moments and the evaluation's weights; plus 8 bytes × 8 double copies: the last good weights, the
 * divergence watch's and the validation rule's best, the latest epoch's and the model made from it, and up to three
 * epochs waiting for evaluation beside training) plus the training rows × features × 8 bytes × 2 (the data and its
 * scaled or noisy copy).
 * The message gives the figure, e.g. "needs about 160 GB, this JVM has 4 GB".
 */
public final class MemoryBudget {

    private static final int BUFFERS = 5;
    private static final int DOUBLE_COPIES = 8;

    private MemoryBudget() {}

    /** The parameter count in a long, so a config like {@code encoder [100000, 100000]} cannot overflow. */
    public static long parameterCount(Architecture arch) {
        long n = 0;
        for (int l = 0; l < arch.layerCount(); l++) {
            n += (long) arch.fanIn(l) * arch.fanOut(l) + arch.fanOut(l);
        }
        return n;
    }

    /** About how many bytes training {@code arch} on {@code rows} rows takes. */
    public static long estimateBytes(Architecture arch, Precision precision, long rows) {
        long width = precision == Precision.FLOAT32 ? 4 : 8;
        double bytes = (double) parameterCount(arch) * (width * BUFFERS + 8 * DOUBLE_COPIES)
                + (double) rows * arch.inputWidth() * 8 * 2;
        return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
    }

    /**
     * @throws InvalidValueException at {@code network.encoder} when the network has more than
     *                               {@code Integer.MAX_VALUE} parameters or needs more memory than the JVM has
     */
    public static void check(AutoencoderConfig config, int rows, int features) {
        Architecture arch = Architecture.of(config, features);
        long params = parameterCount(arch);
        long needed = estimateBytes(arch, config.network().precision(), rows);
        long available = Runtime.getRuntime().maxMemory();
        if (params > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException(
                    "network.encoder",
                    "gives a network of " + String.format(Locale.ROOT, "%,d", params) + " parameters ("
                            + arch.describe() + "), more than the "
                            + String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE)
                            + " one buffer holds; it would need about " + size(needed) + ", this JVM has "
                            + size(available));
        }
        if (needed > available) {
            throw new InvalidValueException(
                    "network.encoder",
                    "gives a network (" + arch.describe() + ", " + String.format(Locale.ROOT, "%,d", params)
                            + " parameters) that with " + rows + " rows of " + features
                            + " features needs about " + size(needed) + ", this JVM has " + size(available)
                            + " (java -Xmx sets it)");
        }
    }

    static String size(long bytes) {
        double gb = bytes / (double) (1L << 30);
        if (gb >= 1) {
            return (gb >= 10 ? String.format(Locale.ROOT, "%.0f", gb) : String.format(Locale.ROOT, "%.1f", gb)) + " GB";
        }
        return Math.max(1, bytes >> 20) + " MB";
    }
}
