package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelColumnTest {

    @Test
    void parsesTheFourForms() {
        assertSame(LabelColumn.last(), LabelColumn.parse("last"));
        assertSame(LabelColumn.last(), LabelColumn.parse(" LAST "));
        assertSame(LabelColumn.none(), LabelColumn.parse("none"));
        assertEquals(LabelColumn.index(3), LabelColumn.parse("3"));
        assertEquals(LabelColumn.index(0), LabelColumn.parse("0"));
        assertEquals(LabelColumn.name("species"), LabelColumn.parse("species"));
        assertEquals(LabelColumn.name("last"), LabelColumn.parse("name:last"));
    }

    @Test
    void toStringIsTheParseableForm() {
        for (LabelColumn c : new LabelColumn[] {
            LabelColumn.last(),
            LabelColumn.none(),
            LabelColumn.index(7),
            LabelColumn.name("species"),
            LabelColumn.name("last"),
            LabelColumn.name("None"),
            LabelColumn.name("42"),
            LabelColumn.name("-1"),
            LabelColumn.name("name:odd")
        }) {
            assertEquals(c, LabelColumn.parse(c.toString()), () -> "round trip of " + c);
        }
        assertEquals("last", LabelColumn.last().toString());
        assertEquals("none", LabelColumn.none().toString());
        assertEquals("7", LabelColumn.index(7).toString());
        assertEquals("species", LabelColumn.name("species").toString());
        assertEquals("name:42", LabelColumn.name("42").toString());
    }

    @Test
    void refusesBadInput() {
        var negative = assertThrows(IllegalArgumentException.class, () -> LabelColumn.parse("-1"));
        assertTrue(
                negative.getMessage().contains("-1") && negative.getMessage().contains("last"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelColumn.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> LabelColumn.parse("99999999999"));
        assertThrows(IllegalArgumentException.class, () -> LabelColumn.index(-2));
        assertThrows(IllegalArgumentException.class, () -> LabelColumn.name(" "));
        assertThrows(NullPointerException.class, () -> LabelColumn.parse(null));
    }
}
