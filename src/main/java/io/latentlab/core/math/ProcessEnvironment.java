package io.latentlab.core.math;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.Map;

/**
 * The process's own environment, as native libraries read it with {@code getenv} (Java's {@code System.getenv} is
 * a copy that cannot be changed), and a native library's functions that the bindings leave out. Through JNA, which
 * ND4J already ships (for OSHI), rather than a JNI library of our own.
 */
final class ProcessEnvironment {

    /** The C library's {@code setenv}. */
    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    private ProcessEnvironment() {}

    /**
     * Sets {@code name} to {@code value} (replacing a blank value, keeping any other); false when that could not be
     * done (no JNA, an incompatible JNA native library, no C library).
     */
    static boolean set(String name, String value) {
        try {
            preferJnasOwnNativeLibrary();
            CLibrary c = Native.loadLibrary("c", CLibrary.class);
            String now = System.getenv(name);
            return c.setenv(name, value, now != null && now.isBlank() ? 1 : 0) == 0;
        } catch (Throwable e) { // JNA's class initialiser throws a plain Error for a mismatched native library
            return false; // OpenBLAS then keeps its own choice of kernels
        }
    }

    /**
     * The library at {@code path}, which must be loaded already: it is looked up, not loaded again (RTLD_NOLOAD), and
     * its symbols stay as private as they were (no RTLD_GLOBAL, which could rebind another copy's BLAS calls).
     *
     * @throws UnsatisfiedLinkError when it is not loaded
     */
    static NativeLibrary loaded(String path) {
        preferJnasOwnNativeLibrary();
        return NativeLibrary.getInstance(path, Map.of(Library.OPTION_OPEN_FLAGS, RTLD_LAZY | RTLD_NOLOAD));
    }

    /** Calls {@code const char *function(void)} of the {@link #loaded} library at {@code path}; null if it cannot. */
    static String call(String path, String function) {
        try {
            return loaded(path).getFunction(function).invokeString(new Object[0], false);
        } catch (Throwable e) {
            return null;
        }
    }

    /** Calls {@code int function(void)} of the {@link #loaded} library at {@code path}; null if it cannot. */
    static Integer callInt(String path, String function) {
        try {
            return loaded(path).getFunction(function).invokeInt(new Object[0]);
        } catch (Throwable e) {
            return null;
        }
    }

    /** The C library's {@code getenv}: what a native library reads (for tests). */
    static String get(String name) {
        preferJnasOwnNativeLibrary();
        return Native.loadLibrary("c", CLibrary.class).getenv(name);
    }

    private static final int RTLD_LAZY = 1;
    private static final int RTLD_NOLOAD = 4;

    /**
     * JNA would first load a {@code libjnidispatch} from the system's library path (a distribution's, of another
     * version: its class initialiser then fails); the one in its own jar always matches.
     */
    private static void preferJnasOwnNativeLibrary() {
        if (System.getProperty("jna.nosys") == null) {
            System.setProperty("jna.nosys", "true");
        }
    }
}
