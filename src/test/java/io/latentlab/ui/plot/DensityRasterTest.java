package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Density drawing without a toolkit: counts to opacity, classes to colour. */
class DensityRasterTest {

    private static DotBatch batch(double[][] points, int[] colours) {
        DotBatch b = new DotBatch();
        b.colours = new Color[] {Color.rgb(200, 0, 0), Color.rgb(0, 0, 200)};
        b.reset(points.length, 0, 0, 10, 10);
        for (int i = 0; i < points.length; i++) {
            b.add(points[i][0], points[i][1], colours[i]);
        }
        b.density = true;
        return b;
    }

    @Test
    void opacityGrowsWithTheCountAndColoursMix() {
        double[][] points = new double[103][];
        int[] colours = new int[103];
        for (int i = 0; i < 100; i++) {
            points[i] = new double[] {1.5, 1.5}; // 100 red points on pixel (1, 1)
        }
        points[100] = new double[] {5.5, 5.5}; // one red point on (5, 5)
        points[101] = new double[] {8.5, 8.5}; // one red and one blue on (8, 8)
        points[102] = new double[] {8.5, 8.5};
        colours[102] = 1;
        int[] pixels = new int[100];
        new DensityRaster().render(batch(points, colours), 1, 10, 10, pixels);

        int dense = pixels[1 * 10 + 1];
        int single = pixels[5 * 10 + 5];
        int mixed = pixels[8 * 10 + 8];
        assertEquals(255, dense >>> 24, "the densest pixel is opaque");
        assertEquals(Math.round(255 * DensityRaster.MIN_ALPHA), single >>> 24, "one point: the least opacity");
        assertTrue((mixed >>> 24) > (single >>> 24) && (mixed >>> 24) < 255);
        // Premultiplied: red over its alpha is the class colour; the mixed pixel is half red, half blue.
        assertEquals(200, Math.round(((single >> 16) & 0xFF) * 255f / (single >>> 24)), 1);
        int a = mixed >>> 24;
        assertEquals(100, Math.round(((mixed >> 16) & 0xFF) * 255f / a), 2);
        assertEquals(100, Math.round((mixed & 0xFF) * 255f / a), 2);
        assertEquals(0, pixels[0], "an empty pixel stays transparent");
    }

    @Test
    void pointsOutsideTheClipAreIgnored() {
        int[] pixels = new int[100];
        new DensityRaster().render(batch(new double[][] {{-3, 4}, {4, 12}, {10.5, 1}}, new int[3]), 1, 10, 10, pixels);
        for (int p : pixels) {
            assertEquals(0, p);
        }
    }
}
