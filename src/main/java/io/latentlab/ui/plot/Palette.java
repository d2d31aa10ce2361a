package io.latentlab.ui.plot;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Class colours, stable per class index (class 3 has the same hue in every plot and with any number of classes):
 * <ol>
 *   <li>classes 0-9: the ten categorical colours of Tableau / matplotlib ({@code tab10}), chosen so that any two
 *       differ clearly (CIE76 ΔE of 25 or more on both themes, see {@code PaletteTest});</li>
 *   <li>classes 10-29: the notebook's 20 hand-picked colours;</li>
 *   <li>beyond: hues spread by the golden angle, so any number of classes gets distinct colours.</li>
 * </ol>
 * Each colour is then fitted to the plot background of the theme: its CIELAB lightness is moved (hue and chroma
 * kept) until its WCAG contrast with the background is at least {@value #MIN_CONTRAST}, so no class fades into
 * white or into the dark background.
 */
public final class Palette {

    /** Tableau 10 (matplotlib's default cycle), in its order. */
    public static final List<String> CATEGORICAL_HEX = List.of(
            "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22",
            "#17BECF");

    /** The notebook's colours, in its order; they follow the categorical ten. */
    public static final List<String> NOTEBOOK_HEX = List.of(
            "#1FC17B", "#78FECF", "#555B6E", "#CC998D", "#429EA6", "#153B50", "#8367C7", "#EE6352", "#C287E8",
            "#F0A6CA", "#521945", "#361F27", "#828489", "#9AD2CB", "#EBD494", "#53599A", "#80DED9", "#EF2D56",
            "#446DF6", "#AF929D");

    /** WCAG contrast every class colour keeps with the plot background (3:1 is the minimum for graphics). */
    static final double MIN_CONTRAST = 3.2;

    private static final double GOLDEN_ANGLE_DEGREES = 137.50776405003785;
    private static final double LIGHTNESS_STEP = 0.5;
    private static final Color[] BASE = java.util.stream.Stream.concat(CATEGORICAL_HEX.stream(), NOTEBOOK_HEX.stream())
            .map(Color::web)
            .toArray(Color[]::new);
    private static final int CACHED = 64;
    private static final Color[] LIGHT = new Color[CACHED];
    private static final Color[] DARK = new Color[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            LIGHT[i] = fitted(i, false);
            DARK[i] = fitted(i, true);
        }
    }

    private Palette() {}

    /** Colour of class {@code classIndex} (0-based) on the light background. */
    public static Color color(int classIndex) {
        return color(classIndex, false);
    }

    /** Colour of class {@code classIndex} on the dark ({@code dark}) or the light background. */
    public static Color color(int classIndex, boolean dark) {
        if (classIndex < 0) {
            throw new IllegalArgumentException("classIndex must be >= 0, got " + classIndex);
        }
        if (classIndex < CACHED) {
            return dark ? DARK[classIndex] : LIGHT[classIndex];
        }
        return fitted(classIndex, dark);
    }

    /** The light-theme colour as {@code #RRGGBB}, for SVG and CSS. */
    public static String hex(int classIndex) {
        return toHex(color(classIndex));
    }

    /** The colour before fitting it to a background. */
    static Color baseColor(int classIndex) {
        if (classIndex < BASE.length) {
            return BASE[classIndex];
        }
        int k = classIndex - BASE.length;
        // Golden-angle steps never repeat a hue exactly; alternating saturation/brightness separates near hues further.
        double hue = (k * GOLDEN_ANGLE_DEGREES) % 360.0;
        double saturation = (k % 2 == 0) ? 0.70 : 0.50;
        double brightness = ((k / 2) % 2 == 0) ? 0.85 : 0.65;
        return Color.hsb(hue, saturation, brightness);
    }

    private static Color fitted(int classIndex, boolean dark) {
        Color c = baseColor(classIndex);
        Color background = PlotTheme.of(dark).background;
        double[] lab = ColorMetrics.lab(c);
        // Lighter on dark, darker on light; hue and chroma stay, so the class is recognisably the same on both.
        double step = dark ? LIGHTNESS_STEP : -LIGHTNESS_STEP;
        double lightness = lab[0];
        while (ColorMetrics.contrast(c, background) < MIN_CONTRAST && lightness > 0 && lightness < 100) {
            lightness += step;
            c = ColorMetrics.fromLab(lightness, lab[1], lab[2]);
        }
        return c;
    }

    static String toHex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Opaque 0xAARRGGBB form, for the scatter plot's pixel buffer. */
    static int argb(Color c) {
        return 0xFF000000
                | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
