package io.latentlab.core.data;

/**
 * NumPy's legacy {@code numpy.random.RandomState} (MT19937), reimplemented bit for bit for the draws that
 * scikit-learn's {@code make_blobs} and {@code train_test_split} use: {@code uniform}, {@code normal} (the polar
 * Box-Muller "legacy gauss" with its cached second value) and {@code shuffle}/{@code permutation}. With it, the
 * notebook's {@code make_blobs(..., random_state=17)} and {@code train_test_split(..., random_state=1)} give exactly
 * the notebook's numbers.
 */
public final class NumpyRandomState {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index;
    private boolean hasGauss;
    private double gauss;

    /** {@code RandomState(seed)} for an integer seed in [0, 2^32). */
    public NumpyRandomState(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("seed must be between 0 and 4294967295 (NumPy's rule), got " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** The next 32 random bits (as an unsigned value in a long). */
    public long nextUint32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
            int next = mt[(i + M) % N] ^ (y >>> 1);
            if ((y & 1) != 0) {
                next ^= 0x9908b0df;
            }
            mt[i] = next;
        }
        index = 0;
    }

    /** {@code random_sample()}: a double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code uniform(low, high)}. */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** {@code standard_normal()} as the legacy generator draws it. */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        // NumPy calls glibc's log here. Neither it nor Math.log is correctly rounded in every case (we found an
        // input where glibc is 0.5006 ulp off and Math.log 0.4994), so a rare draw differs in the last bit.
        // Math.log, not StrictMath: the intrinsic agrees with glibc far more often.
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code normal(loc, scale)}. */
    public double normal(double loc, double scale) {
        return loc + scale * nextGaussian();
    }

    /** A uniform integer in [0, max], by NumPy's masked rejection. */
    public long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        long value;
        if (max <= 0xFFFFFFFFL) {
            while ((value = nextUint32() & mask) > max) {
                // rejected: draw again
            }
        } else {
            while ((value = ((nextUint32() << 32) | nextUint32()) & mask) > max) {
                // rejected: draw again
            }
        }
        return value;
    }

    /** {@code permutation(n)}: {@code arange(n)} shuffled in place by NumPy's Fisher-Yates. */
    public int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        shuffle(a);
        return a;
    }

    /** {@code shuffle(a)} for a 1-D array. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = (int) interval(i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
