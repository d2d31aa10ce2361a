package io.latentlab.core.math;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of OpenBLAS's kernels the matrix products run on. The bundled OpenBLAS (0.3.19, JavaCPP's build) picks them
 * from the CPU when it loads, and on CPUs with AVX-512 both choices it can make there are bad:
 *
 * <ul>
 *   <li>its AVX-512 kernels compute wrong numbers in this build: on the 2-core AMD EPYC (AVX-512) of README's
 *       performance table, with {@code OPENBLAS_CORETYPE=SkylakeX} Fashion-MNIST's PCA projection was off by 17 %
 *       ({@code FashionMnistPcaParityTest}), with {@code Cooperlake} the notebook's 50-D silhouette read 0.219
 *       instead of 0.611 ({@code NotebookParityTest}) — as OpenBLAS issues #2986 and #3454 report for such
 *       builds on Intel's AVX-512 CPUs, which it detects as those;
 *   <li>AMD's AVX-512 CPUs (Zen 4) it does not know at all, and takes for a 2007 one ("Barcelona", SSE kernels):
 *       the notebook's float32 epoch took 0.070–0.082 s so, against 0.037–0.041 s with the Haswell (AVX2)
 *       kernels, three runs each, alternating.
 * </ul>
 *
 * So on a CPU with AVX-512 the lab asks for the Haswell kernels (correct there: every parity test passes) before
 * OpenBLAS loads, through the variable OpenBLAS reads ({@value #VARIABLE}). A value already set there is the
 * user's choice and is kept; CPUs without AVX-512 keep OpenBLAS's own choice. Only the float64 half of the AVX-512
 * kernels is wrong, though (a float64 eigen decomposition off by a fifth, {@code MatrixProductTest}); once OpenBLAS has
 * loaded on Haswell's, {@link #installSingleKernels} gives float32 the AVX-512 ones, where the CPU has all they need.
 */
public final class BlasKernel {

    /** The variable OpenBLAS reads when it loads; a core name there overrides its detection. */
    public static final String VARIABLE = "OPENBLAS_CORETYPE";

    /**
     * The variable with which OpenBLAS's idle worker threads stop spinning: after 2^value cycles without work they
     * sleep until the next product (default 28, a tenth of a second and more, so they never do between our calls).
     */
    public static final String THREAD_TIMEOUT_VARIABLE = "OPENBLAS_THREAD_TIMEOUT";

    /**
     * 2^18 cycles, some 0.1 ms: the products of one training step follow each other more closely and find the worker
     * awake, but during the optimizer's step (a millisecond or two for Fashion-MNIST's million parameters, split over
     * both cores) it sleeps instead of taking half the second core from it. Fashion-MNIST's float32 epoch on two
     * threads, medians of six, alternating runs: 2.44–2.54 s with the default, 2.26–2.37 s with 18, 2.40 with 16,
     * 2.30–2.42 with 20.
     */
    static final String THREAD_TIMEOUT = "18";

    /** OpenBLAS's AVX2 kernels. */
    static final String SAFE_KERNELS = "HASWELL";

    private BlasKernel() {}

    /**
     * The core name to ask OpenBLAS for, or empty to leave it its own choice.
     *
     * @param cpuinfo {@code /proc/cpuinfo}'s text ("" where there is none)
     * @param userChoice the variable's value now, null when unset
     */
    static Optional<String> choose(String cpuinfo, String userChoice) {
        if (userChoice != null && !userChoice.isBlank()) {
            return Optional.empty();
        }
        List<String> flags = List.of(field(cpuinfo, "flags").split("\\s+"));
        // OpenBLAS's Haswell kernels need AVX2 and FMA, which every AVX-512 CPU has.
        if (flags.contains("avx512f") && flags.containsAll(List.of("avx2", "fma"))) {
            return Optional.of(SAFE_KERNELS);
        }
        return Optional.empty();
    }

    private static Optional<String> requested;

    /**
     * Asks for the kernels {@link #choose} names, if any, once per process; must run before OpenBLAS loads (later
     * it changes nothing), best first thing in {@code main}, before other threads read the environment. Linux only
     * (it reads {@code /proc/cpuinfo}); elsewhere OpenBLAS keeps its choice unless the user sets the variable.
     * Returns the core name asked for, or empty.
     */
    public static synchronized Optional<String> requestBeforeLoading() {
        if (requested == null) {
            // Java's copy of the environment is taken at its first use; taken here, before any setenv below, it stays
            // the user's, which is what ModulePathLaunch hands the window's JVM.
            String timeout = System.getenv(THREAD_TIMEOUT_VARIABLE);
            if (timeout == null || timeout.isBlank()) {
                ProcessEnvironment.set(THREAD_TIMEOUT_VARIABLE, THREAD_TIMEOUT);
            }
            requested =
                    System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                            ? choose(cpuinfo(), System.getenv(VARIABLE))
                                    .filter(name -> ProcessEnvironment.set(VARIABLE, name))
                            : Optional.empty();
        }
        return requested;
    }

    /**
     * The thread timeout OpenBLAS took when it loaded ({@code openblas_thread_timeout()} of the library the training
     * calls: the variable's value as it read it, 0 when unset), or "unknown" where that cannot be read. Loads
     * OpenBLAS if it was not.
     */
    public static String threadTimeout() {
        return trainingLibrary()
                .map(path -> ProcessEnvironment.callInt(path, "openblas_thread_timeout"))
                .map(value -> value == 0 ? "unset" : String.valueOf(value))
                .orElse("unknown");
    }

    /** The path of the OpenBLAS library the training calls, loaded (and ND4J configured) first; empty if unknown. */
    private static Optional<String> trainingLibrary() {
        Nd4jRuntime.ensureConfigured();
        org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
        return loadedLibraries("libopenblas_nolapack").stream().findFirst();
    }

    /** The AVX-512 features OpenBLAS's SkylakeX kernels use. */
    private static final List<String> SKYLAKE_FLAGS =
            List.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    /** True when this CPU (by {@code /proc/cpuinfo}) has every feature the SkylakeX kernels need; false elsewhere. */
    public static boolean cpuRunsSkylakeKernels() {
        return runsSkylakeKernels(cpuinfo());
    }

    /** True when {@code cpuinfo} lists every feature the SkylakeX kernels need. */
    static boolean runsSkylakeKernels(String cpuinfo) {
        return List.of(field(cpuinfo, "flags").split("\\s+")).containsAll(SKYLAKE_FLAGS);
    }

    private static String singleKernels;

    /**
     * Once OpenBLAS has loaded on the Haswell kernels this class asked for, gives its float32 routines the SkylakeX
     * kernels where the CPU runs them ({@link SingleKernels}), in each OpenBLAS library loaded (ND4J's with LAPACK,
     * and the one the training calls). {@code -Dlatentlab.singleKernels=haswell} keeps Haswell's, for comparison.
     */
    static synchronized void installSingleKernels() {
        if (singleKernels != null) {
            return;
        }
        singleKernels = "";
        if (requestBeforeLoading().isEmpty()
                || "haswell".equalsIgnoreCase(System.getProperty("latentlab.singleKernels", ""))
                || !cpuRunsSkylakeKernels()) {
            return;
        }
        try {
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas.class);
            java.util.Set<String> outcomes = new java.util.TreeSet<>();
            for (String path : loadedLibraries("libopenblas", "libopenblas_nolapack")) {
                outcomes.add(SingleKernels.install(path));
            }
            singleKernels = String.join(", ", outcomes);
        } catch (Throwable e) { // a library that does not load: it stays on the Haswell kernels, and bench says why
            singleKernels = "not loaded (" + e + ")";
        }
    }

    /**
     * The float32 kernels, when they are not those {@link #inUse} names: "SkylakeX" where {@link
     * #installSingleKernels} gave them, else the reason it could not, or "" when it did not try.
     */
    public static String singlePrecisionKernels() {
        Nd4jRuntime.ensureConfigured();
        return singleKernels == null ? "" : singleKernels;
    }

    /** Paths of the loaded shared libraries of these {@code names} ("libm" for libm.so.6; Linux, else none). */
    private static java.util.Set<String> loadedLibraries(String... names) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                // "address perms offset dev inode path", the path maybe followed by " (deleted)"
                int at = line.indexOf('/');
                if (at >= 0) {
                    String path = line.substring(at)
                            .replaceFirst(" \\(deleted\\)$", "")
                            .trim();
                    String file = String.valueOf(Path.of(path).getFileName());
                    for (String name : names) {
                        if (file.startsWith(name + ".so")) {
                            paths.add(path);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: none
        }
        return paths;
    }

    /**
     * The kernels OpenBLAS runs on, as it names them ({@code openblas_get_corename} of the library the products
     * call), e.g. "Haswell" or "SkylakeX"; "unknown" where that cannot be read. Loads OpenBLAS if it was not.
     */
    public static String inUse() {
        return trainingLibrary()
                .map(path -> ProcessEnvironment.call(path, "openblas_get_corename"))
                .filter(name -> !name.isBlank())
                .map(String::trim)
                .orElse("unknown");
    }

    private static String cpuinfo() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The first value of {@code name} in cpuinfo's "name : value" lines, or "". */
    private static String field(String cpuinfo, String name) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }
}
