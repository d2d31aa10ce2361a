package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernels OpenBLAS runs on when the user sets nothing: in a child JVM without {@code OPENBLAS_CORETYPE} (this
 * machine's environment may set it), {@code bench} names them. On a CPU with AVX-512 they must be Haswell's (the
 * bundled OpenBLAS's AVX-512 kernels compute wrong numbers, see BlasKernel); a value the user set is kept.
 */
class KernelChoiceTest {

    @TempDir
    Path dir;

    private JsonNode bench(String coreType) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.latentlab.Launcher",
                        "bench",
                        "--workload",
                        "seed",
                        "--only",
                        "pca"))
                .redirectOutput(dir.resolve("out.json").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("OPENBLAS_CORETYPE");
        if (coreType != null) {
            builder.environment().put("OPENBLAS_CORETYPE", coreType);
        }
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bench did not finish in 120 s");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        return new ObjectMapper().readTree(Files.readString(dir.resolve("out.json")));
    }

    private static boolean avx512() throws Exception {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return Files.isReadable(cpuinfo) && Files.readString(cpuinfo).contains(" avx512f");
    }

    @Test
    void withoutTheVariableAnAvx512CpuGetsTheHaswellKernels() throws Exception {
        JsonNode out = bench(null);
        assertEquals("unset", out.get("openblas_coretype_env").asText());
        String kernels = out.get("blas_kernel").asText();
        if (avx512() && System.getProperty("os.name").startsWith("Linux")) {
            assertEquals("Haswell", kernels);
            // float32 on the AVX-512 kernels where the CPU has all SkylakeX needs
            // (io.latentlab.core.math.SingleKernels)
            assertEquals(
                    io.latentlab.core.math.BlasKernel.cpuRunsSkylakeKernels() ? "SkylakeX" : "Haswell",
                    out.get("blas_kernel_float32").asText());
        } else {
            assertFalse(kernels.isBlank());
        }
    }

    @Test
    void theUsersChoiceIsKept() throws Exception {
        JsonNode out = bench("Sandybridge");
        assertEquals("Sandybridge", out.get("openblas_coretype_env").asText());
        assertEquals("Sandybridge", out.get("blas_kernel").asText());
        assertEquals("Sandybridge", out.get("blas_kernel_float32").asText(), "no kernels changed behind the user");
    }
}
