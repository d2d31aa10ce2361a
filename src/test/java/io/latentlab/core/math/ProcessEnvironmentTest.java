package io.latentlab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the lab sets in the process's environment is what a native library's getenv reads. */
class ProcessEnvironmentTest {

    @Test
    void aVariableSetIsReadByNativeCodeAndAnotherValueIsKept() {
        String name = "LATENT_LAB_TEST_" + ProcessHandle.current().pid();
        assertTrue(ProcessEnvironment.set(name, "first"));
        assertEquals("first", ProcessEnvironment.get(name));
        assertTrue(ProcessEnvironment.set(name, "second"));
        assertEquals("first", ProcessEnvironment.get(name), "a value already there is the user's");
    }
}
