package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaletteTest {

    /** WCAG's minimum contrast for graphics that must be seen (1.4.11 non-text contrast). */
    private static final double WCAG_GRAPHICS = 3.0;

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void everyClassColourStandsOutFromThePlotBackground(boolean dark) {
        Color background = PlotTheme.of(dark).background;
        for (int c = 0; c < 60; c++) {
            double contrast = ColorMetrics.contrast(Palette.color(c, dark), background);
            assertTrue(
                    contrast >= WCAG_GRAPHICS,
                    "class " + c + " " + Palette.toHex(Palette.color(c, dark)) + " has contrast " + contrast
                            + " against " + Palette.toHex(background));
        }
    }

    @ParameterizedTest(name = "dark = {0}")
    @ValueSource(booleans = {false, true})
    void anyTwoOfTheFirstTenClassesAreClearlyDifferent(boolean dark) {
        for (int i = 0; i < 10; i++) {
            for (int j = i + 1; j < 10; j++) {
                Color a = Palette.color(i, dark);
                Color b = Palette.color(j, dark);
                String pair = "classes " + i + " " + Palette.toHex(a) + " and " + j + " " + Palette.toHex(b);
                assertTrue(ColorMetrics.deltaE76(a, b) >= 25, pair + ": CIE76 " + ColorMetrics.deltaE76(a, b));
                assertTrue(ColorMetrics.deltaE2000(a, b) >= 14, pair + ": CIEDE2000 " + ColorMetrics.deltaE2000(a, b));
            }
        }
    }

    @Test
    void theFirstTenAreTableauTenFittedToEachBackground() {
        assertEquals("#1F77B4", Palette.hex(0));
        assertEquals(Palette.color(0), Palette.color(0, true), "blue needs no change on either background");
        // Tableau's yellow-green would vanish on white: it is darkened there and kept as it is on dark.
        assertEquals(Color.web("#BCBD22"), Palette.color(8, true));
        assertTrue(ColorMetrics.lab(Palette.color(8))[0] < ColorMetrics.lab(Color.web("#BCBD22"))[0] - 5);
        // The notebook's darkest colour (#153B50) is lifted on dark and kept on light.
        assertEquals("#153B50", Palette.hex(15));
        assertTrue(ColorMetrics.lab(Palette.color(15, true))[0] > ColorMetrics.lab(Palette.color(15))[0] + 10);
    }

    @Test
    void colourMetricsMatchPublishedValues() {
        assertEquals(21, ColorMetrics.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(4.54, ColorMetrics.contrast(Color.web("#767676"), Color.WHITE), 0.01); // WCAG's AA grey
        // Sharma, Wu and Dalal (2005), test pairs 1 and 17.
        assertEquals(
                2.0425,
                ColorMetrics.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}),
                1e-4);
        assertEquals(27.1492, ColorMetrics.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
        assertEquals(0, ColorMetrics.deltaE2000(Color.web("#336699"), Color.web("#336699")), 1e-9);
        double[] lab = ColorMetrics.lab(Color.WHITE);
        assertEquals(100, lab[0], 1e-3);
        assertEquals(0, lab[1], 1e-3);
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
}
