package io.latentlab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the lab asks OpenBLAS for its Haswell kernels instead of the ones it would pick. */
class BlasKernelTest {

    private static final String ZEN4 = "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\n"
            + "flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512ifma avx512cd avx512bw avx512vl avx512_bf16\n"
            + "\nprocessor\t: 1\nvendor_id\t: AuthenticAMD\n";
    private static final String ZEN3 =
            "vendor_id\t: AuthenticAMD\ncpu family\t: 25\nflags\t\t: fpu sse2 avx avx2 fma bmi2 vaes\n";
    private static final String SKYLAKE_SERVER =
            "vendor_id\t: GenuineIntel\nflags\t\t: fpu avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl\n";

    @Test
    void anyCpuWithAvx512GetsTheHaswellKernels() {
        assertEquals(Optional.of("HASWELL"), BlasKernel.choose(ZEN4, null), "not taken for a Barcelona");
        assertEquals(Optional.of("HASWELL"), BlasKernel.choose(SKYLAKE_SERVER, null), "not the broken AVX-512 ones");
    }

    @Test
    void otherCpusKeepOpenBlasOwnChoice() {
        assertEquals(Optional.empty(), BlasKernel.choose(ZEN3, null), "no AVX-512");
        assertEquals(Optional.empty(), BlasKernel.choose("", null), "no cpuinfo (not Linux)");
        assertEquals(Optional.empty(), BlasKernel.choose(ZEN4.replace(" fma", ""), null), "Haswell's need FMA");
    }

    @Test
    void theSkylakeKernelsNeedEveryAvx512FeatureTheyUse() {
        assertTrue(BlasKernel.runsSkylakeKernels(ZEN4));
        assertTrue(BlasKernel.runsSkylakeKernels(SKYLAKE_SERVER));
        assertFalse(BlasKernel.runsSkylakeKernels(ZEN3));
        assertFalse(BlasKernel.runsSkylakeKernels(SKYLAKE_SERVER.replace(" avx512bw", "")), "no BW");
        assertFalse(BlasKernel.runsSkylakeKernels(""));
    }

    @Test
    void float32GetsTheSkylakeKernelsWhereTheLabChoseHaswellAndTheCpuRunsThem() {
        String single = BlasKernel.singlePrecisionKernels();
        if (BlasKernel.requestBeforeLoading().isPresent() && BlasKernel.runsSkylakeKernels(cpuinfo())) {
            assertEquals("SkylakeX", single, "the float32 part of the Haswell table");
        } else {
            assertEquals("", single, "nothing changed where the user or OpenBLAS chose");
        }
    }

    @Test
    void idleBlasWorkersSleepAfterTheLabsTimeoutUnlessTheUserSetOne() {
        String user = System.getenv(BlasKernel.THREAD_TIMEOUT_VARIABLE);
        String expected = user == null || user.isBlank() ? BlasKernel.THREAD_TIMEOUT : user.trim();
        assertEquals(expected, BlasKernel.threadTimeout(), "what OpenBLAS took when it loaded");
    }

    /** Anything but the table layout it knows is left alone: another library, one not loaded, a table done already. */
    @Test
    void singleKernelsTouchOnlyTheLayoutTheyKnow() throws IOException {
        String libc = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(l -> l.contains("/libc.so") || l.contains("/libc-"))
                .map(l -> l.substring(l.indexOf('/')).trim())
                .findFirst()
                .orElseThrow();
        assertTrue(SingleKernels.install(libc).startsWith("another build"), "no kernel tables in the C library");
        assertEquals("not loaded", SingleKernels.install("/nonexistent/libopenblas.so.0"));
        if ("SkylakeX".equals(BlasKernel.singlePrecisionKernels())) {
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
            String blas = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .filter(l -> l.contains("libopenblas_nolapack.so"))
                    .map(l -> l.substring(l.indexOf('/')).trim())
                    .findFirst()
                    .orElseThrow();
            // The Haswell table now holds SkylakeX's float32 kernels: a second copy finds them where Haswell's belong.
            String again = SingleKernels.install(blas);
            assertTrue(again.startsWith("another table layout ("), again);
        }
    }

    @Test
    void aChoiceTheUserMadeIsKept() {
        assertEquals(Optional.empty(), BlasKernel.choose(ZEN4, "SkylakeX"));
        assertEquals(Optional.of("HASWELL"), BlasKernel.choose(ZEN4, " "), "a blank value is no choice");
    }

    @Test
    void theKernelsInUseAreTheUsersOrTheOnesAskedFor() {
        String name = BlasKernel.inUse().toUpperCase(Locale.ROOT);
        String user = System.getenv(BlasKernel.VARIABLE);
        Optional<String> asked = BlasKernel.choose(cpuinfo(), null);
        if (user != null && !user.isBlank() && BlasKernel.requestBeforeLoading().isEmpty()) {
            assertEquals(user.trim().toUpperCase(Locale.ROOT), name, "the variable set before the lab started");
        } else if (asked.isPresent()) {
            assertEquals(asked.get(), name, "this CPU's kernels (OpenBLAS spells them in mixed case)");
        } else {
            assertFalse(name.isBlank());
        }
    }

    private static String cpuinfo() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            return "";
        }
    }
}
