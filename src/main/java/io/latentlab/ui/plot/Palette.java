package io.latentlab.ui.plot;

import java.util.List;
import java.util.Locale;

import javafx.scene.paint.Color;

/**
 * Class colours: the notebook's 20 hand-picked colours first, then further hues spread by the golden angle so that
 * any number of classes gets distinct, stable colours (class 25 is always the same colour).
 */
public final class Palette {

    /** The notebook's colours, in its order. */
    public static final List<String> NOTEBOOK_HEX = List.of(
            "#1FC17B", "#78FECF", "#555B6E", "#CC998D", "#429EA6", "#153B50", "#8367C7", "#EE6352", "#C287E8",
            "#F0A6CA", "#521945", "#361F27", "#828489", "#9AD2CB", "#EBD494", "#53599A", "#80DED9", "#EF2D56",
            "#446DF6", "#AF929D");

    private static final double GOLDEN_ANGLE_DEGREES = 137.50776405003785;
    private static final Color[] NOTEBOOK = NOTEBOOK_HEX.stream().map(Color::web).toArray(Color[]::new);

    private Palette() {
    }

    /** Colour of class {@code classIndex} (0-based). */
    public static Color color(int classIndex) {
        if (classIndex < 0) {
            throw new IllegalArgumentException("classIndex must be >= 0, got " + classIndex);
        }
        if (classIndex < NOTEBOOK.length) {
            return NOTEBOOK[classIndex];
        }
        int k = classIndex - NOTEBOOK.length;
        // Golden-angle steps never repeat a hue exactly; alternating saturation/brightness separates near hues further.
        double hue = (k * GOLDEN_ANGLE_DEGREES) % 360.0;
        double saturation = (k % 2 == 0) ? 0.70 : 0.50;
        double brightness = ((k / 2) % 2 == 0) ? 0.85 : 0.65;
        return Color.hsb(hue, saturation, brightness);
    }

    /**
     * Colour of class {@code classIndex} on a light or dark background. On dark, the notebook's darkest colours
     * (#153B50, #361F27, #521945, ...) would vanish, so colours with low luminance are lifted towards white.
     */
    public static Color color(int classIndex, boolean dark) {
        Color c = color(classIndex);
        if (!dark) {
            return c;
        }
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return luminance < 0.3 ? c.interpolate(Color.WHITE, 0.45) : c;
    }

    /** The same colour as {@code #RRGGBB}, for SVG and CSS. */
    public static String hex(int classIndex) {
        return toHex(color(classIndex));
    }

    static String toHex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** Opaque 0xAARRGGBB form, for the scatter plot's pixel buffer. */
    static int argb(Color c) {
        return 0xFF000000
                | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
