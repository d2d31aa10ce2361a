package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvOptionsTest {

    @Test
    void defaultsDetectAndUseTheLastColumn() {
        CsvOptions d = CsvOptions.defaults();
        assertNull(d.header());
        assertNull(d.delimiter());
        assertEquals(LabelColumn.last(), d.labelColumn());
        assertEquals(LabelColumn.last(), new CsvOptions(true, null, ';').labelColumn());
    }

    @Test
    void withersChangeOneField() {
        CsvOptions o =
                CsvOptions.defaults().withHeader(true).withDelimiter('\t').withLabelColumn(LabelColumn.index(2));
        assertEquals(new CsvOptions(true, LabelColumn.index(2), '\t'), o);
    }

    @Test
    void refusesQuoteOrLineBreakAsDelimiter() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CsvOptions(null, null, '"'));
        assertTrue(e.getMessage().contains("delimiter"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CsvOptions(null, null, '\n'));
    }

    @Test
    void refusesALabelNameWithoutHeader() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CsvOptions(false, LabelColumn.name("y"), null));
        assertTrue(e.getMessage().contains("'y'") && e.getMessage().contains("header"), e.getMessage());
    }
}
