package io.latentlab.core.math;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * The process's own environment, as native libraries read it with {@code getenv} (Java's {@code System.getenv} is
 * a copy that cannot be changed), and a native library's functions that the bindings leave out. Through JNA, which
 * ND4J already ships (for OSHI), rather than a JNI library of our own.
 */
final class ProcessEnvironment {

    /** The C library's {@code setenv}. */
    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private ProcessEnvironment() {}

    /** Sets {@code name} unless it is set already; false when that could not be done (no JNA, no C library). */
    static boolean set(String name, String value) {
        try {
            CLibrary c = Native.loadLibrary("c", CLibrary.class);
            return c.setenv(name, value, 0) == 0;
        } catch (LinkageError | RuntimeException e) {
            return false; // OpenBLAS then keeps its own choice: slower on some CPUs, never wrong
        }
    }

    /** Calls {@code const char *function(void)} of the (already loaded) library at {@code path}. */
    static String call(String path, String function) {
        return NativeLibrary.getInstance(path).getFunction(function).invokeString(new Object[0], false);
    }
}
