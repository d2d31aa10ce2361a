package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void theTimeLeftReadsAsASentence() {
        assertEquals("1m 34s · 5.875 s/epoch · about 6s left", ProgressLine.describe(16, 17, 94, false, false));
        assertEquals("1s · 0.010 s/epoch · under 1s left", ProgressLine.describe(100, 110, 1.0, true, false));
        assertEquals("5s · 1.000 s/epoch · at most 5s left", ProgressLine.describe(5, 10, 5, true, false));
    }
}
