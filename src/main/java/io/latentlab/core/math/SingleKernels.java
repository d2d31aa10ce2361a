package io.latentlab.core.math;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.util.Map;

/**
 * Gives the bundled OpenBLAS's float32 routines its AVX-512 (SkylakeX) kernels while float64 stays on the Haswell
 * (AVX2) kernels {@link BlasKernel} asks for.
 *
 * <p>Why: only the float64 half of this build's SkylakeX kernels is wrong. In OpenBLAS 0.3.19 built for many CPUs
 * (DYNAMIC_ARCH, as JavaCPP builds it), the SkylakeX table's DGEMM blocking and unroll factors do not match the DGEMM
 * kernels compiled for it (OpenBLAS commit 15d4b37, "SkylakeX: match parameters to dgemm kernels for dyn/non-dyn",
 * fixed in 0.3.20): Fashion-MNIST's PCA came out 17 % off. Its SGEMM is consistent, and on AVX-512 it does twice the
 * work per instruction of the Haswell one: Fashion-MNIST's float32 epoch took 2.50 s against 3.20 s.
 *
 * <p>How: a multi-CPU OpenBLAS calls through one table of kernels and their blocking parameters per CPU
 * ({@code gotoblas_HASWELL}, {@code gotoblas_SKYLAKEX}, …, exported), one of which it selects when it loads. The
 * float32 part of the table ({@code sgemm_p} up to {@code slaswp_ncopy}) is copied from the SkylakeX table into the
 * selected Haswell one, after the SkylakeX table's own initialiser has set its blocking parameters for this CPU. The
 * byte offsets below are those of 0.3.19's {@code gotoblas_t} as JavaCPP 1.5.7 builds it for linux-x86_64; before
 * anything is written, the function pointers at known offsets of both tables (at both ends of the part copied, and
 * around the initialiser) must be the kernels of those names, so a different build is left untouched, on Haswell.
 */
final class SingleKernels {

    /** First byte of the float32 part: {@code int sgemm_p} (after dtb_entries, offsetA, offsetB, align). */
    static final long SINGLE_START = 16;

    /** One past its last byte: {@code int dgemm_p} follows {@code slaswp_ncopy}. */
    static final long SINGLE_END = 728;

    /** {@code void (*init)(void)}, each table's (static) initialiser of its blocking parameters. */
    static final long INIT = 4240;

    /** Function pointers that must be where this layout says, in both tables, before anything is written. */
    private static final Map<Long, String> MARKERS = Map.of(
            48L, "samax_k",
            240L, "sgemm_kernel",
            720L, "slaswp_ncopy",
            752L, "damax_k",
            936L, "dgemm_kernel",
            4232L, "zlaswp_ncopy",
            4264L, "saxpby_k");

    private SingleKernels() {}

    /**
     * Gives the library at {@code path} (already loaded; it is looked up, not loaded again) the SkylakeX float32
     * kernels, if it runs on the Haswell table and has this layout. Returns what was done, in words for logs and
     * {@code bench}: "SkylakeX" when the kernels were changed, else the reason they were not.
     */
    static String install(String path) {
        NativeLibrary lib;
        try {
            lib = ProcessEnvironment.loaded(path);
        } catch (Throwable e) { // UnsatisfiedLinkError, or JNA's own initialisation
            return "not loaded";
        }
        try {
            Pointer haswell = lib.getGlobalVariableAddress("gotoblas_HASWELL");
            Pointer skylake = lib.getGlobalVariableAddress("gotoblas_SKYLAKEX");
            Pointer selected = lib.getGlobalVariableAddress("gotoblas").getPointer(0);
            if (!haswell.equals(selected)) {
                return "not on the Haswell table";
            }
            for (Map.Entry<Long, String> marker : MARKERS.entrySet()) {
                long at = marker.getKey();
                if (haswell.getLong(at) != address(lib, marker.getValue() + "_HASWELL")
                        || skylake.getLong(at) != address(lib, marker.getValue() + "_SKYLAKEX")) {
                    return "another table layout (" + marker.getValue() + ")";
                }
            }
            // Left as they are: offsetA, offsetB and align (bytes 4-15, from which the initialiser sizes sgemm_r's
            // buffer) and exclusive_cache (byte 40, copied with the float32 part): equal in both tables, or no copy.
            if (haswell.getLong(4) != skylake.getLong(4)
                    || haswell.getInt(12) != skylake.getInt(12)
                    || haswell.getInt(40) != skylake.getInt(40)) {
                return "another table layout (shared fields differ)";
            }
            long init = skylake.getLong(INIT);
            if (init == 0 || init == haswell.getLong(INIT)) {
                return "another table layout (init)";
            }
            Function.getFunction(new Pointer(init)).invokeVoid(new Object[0]);
            // sgemm_p, sgemm_q, sgemm_r, sgemm_unroll_m, sgemm_unroll_n: set by the initialiser, all positive
            for (long at = SINGLE_START; at < SINGLE_START + 20; at += 4) {
                if (skylake.getInt(at) <= 0) {
                    return "SkylakeX parameters not set";
                }
            }
            int length = (int) (SINGLE_END - SINGLE_START);
            haswell.write(SINGLE_START, skylake.getByteArray(SINGLE_START, length), 0, length);
            return "SkylakeX";
        } catch (Throwable e) { // a symbol missing: not the multi-CPU build this layout is for
            return "another build (" + e.getMessage() + ")";
        }
    }

    private static long address(NativeLibrary lib, String function) {
        return Pointer.nativeValue(lib.getFunction(function));
    }
}
