package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void firstTwentyAreTheNotebookColoursInOrder() {
        assertEquals(Color.web("#1FC17B"), Palette.color(0));
        assertEquals("#1FC17B", Palette.hex(0));
        assertEquals("#EE6352", Palette.hex(7));
        assertEquals("#AF929D", Palette.hex(19));
        for (int i = 0; i < 20; i++) {
            assertEquals(Palette.NOTEBOOK_HEX.get(i), Palette.hex(i));
        }
    }

    @Test
    void moreClassesGetDistinctStableColours() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.add(Palette.hex(i)), "colour of class " + i + " repeats: " + Palette.hex(i));
            assertEquals(Palette.hex(i), Palette.hex(i));
        }
    }

    @Test
    void negativeClassIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Palette.color(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void darkBackgroundLiftsOnlyTheDarkestColours() {
        // #153B50 (class 5) would vanish on a dark background; #1FC17B (class 0) is bright enough as it is.
        javafx.scene.paint.Color lifted = Palette.color(5, true);
        org.junit.jupiter.api.Assertions.assertTrue(lifted.getBrightness() > Palette.color(5).getBrightness() + 0.1,
                lifted + " is not brighter than " + Palette.color(5));
        org.junit.jupiter.api.Assertions.assertEquals(Palette.color(0), Palette.color(0, true));
        org.junit.jupiter.api.Assertions.assertEquals(Palette.color(5), Palette.color(5, false));
    }
}
