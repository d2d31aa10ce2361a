package io.latentlab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserMessageTest {

    @Test
    void controlCharactersFromTheInputAreWrittenAsEscapes() {
        String m = UserMessage.of(new IllegalArgumentException("unknown field \"a\u001b[2Jb\u0000\" in line 1\nhere"));
        assertEquals("unknown field \"a\\u001b[2Jb\\u0000\" in line 1\nhere", m);
    }

    @Test
    void bidirectionalOverridesAndLineSeparatorsAreEscapedToo() {
        assertEquals(
                "field \"a\\u202eb\\u2028c\"",
                UserMessage.of(new IllegalArgumentException("field \"a\u202eb\u2028c\"")));
    }

    @Test
    void aHugeQuotedInputIsCut() {
        String m = UserMessage.of(new IllegalArgumentException("bad source: " + "x".repeat(25_000_000)));
        assertTrue(m.length() < UserMessage.MAX_CHARS + 40, "length " + m.length());
        assertTrue(m.endsWith(" more characters)"), m.substring(m.length() - 40));
        assertTrue(m.startsWith("bad source: xxx"));
    }

    @Test
    void ordinaryMessagesAreKeptAsTheyAre() {
        assertEquals("résumé: 0.5 ≥ 0.4 — ok", UserMessage.of(new IllegalStateException("résumé: 0.5 ≥ 0.4 — ok")));
        assertEquals("file not found: /x", UserMessage.of(new java.nio.file.NoSuchFileException("/x")));
    }
}
