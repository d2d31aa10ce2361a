package io.latentlab.ui.plot;

import javafx.scene.paint.Color;

/**
 * The colour science the palette is checked and adjusted with: WCAG relative luminance and contrast ratio, CIELAB
 * (D65) and the colour differences CIE76 and CIEDE2000. Pure functions, no toolkit needed.
 */
final class ColorMetrics {

    private static final double[] WHITE_D65 = {0.95047, 1.0, 1.08883};

    private ColorMetrics() {}

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** WCAG 2 contrast ratio, 1 (none) to 21 (black on white); 3 is the minimum for graphics. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIELAB {L*, a*, b*} under D65. */
    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double fx = labF((0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WHITE_D65[0]);
        double fy = labF(0.2126729 * r + 0.7151522 * g + 0.0721750 * b);
        double fz = labF((0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / WHITE_D65[2]);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** The sRGB colour (8 bits per channel, as it is drawn and saved) of a CIELAB value, clipped to the gamut. */
    static Color fromLab(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double x = labFInverse(fy + a / 500) * WHITE_D65[0];
        double y = labFInverse(fy);
        double z = labFInverse(fy - b / 200) * WHITE_D65[2];
        return Color.rgb(
                gamma(3.2404542 * x - 1.5371385 * y - 0.4985314 * z),
                gamma(-0.9692660 * x + 1.8760108 * y + 0.0415560 * z),
                gamma(0.0556434 * x - 0.2040259 * y + 1.0572252 * z));
    }

    /** CIE76 colour difference: Euclidean distance in CIELAB (about 2.3 is just noticeable). */
    static double deltaE76(Color p, Color q) {
        double[] a = lab(p);
        double[] b = lab(q);
        return Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
    }

    /** CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation), closer to perception than CIE76. */
    static double deltaE2000(Color p, Color q) {
        return deltaE2000(lab(p), lab(q));
    }

    /** CIEDE2000 between two CIELAB values {L*, a*, b*}. */
    static double deltaE2000(double[] x, double[] y) {
        double meanC = (Math.hypot(x[1], x[2]) + Math.hypot(y[1], y[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(pow7(meanC) / (pow7(meanC) + pow7(25))));
        double a1 = (1 + g) * x[1];
        double a2 = (1 + g) * y[1];
        double c1 = Math.hypot(a1, x[2]);
        double c2 = Math.hypot(a2, y[2]);
        double h1 = hueDegrees(x[2], a1);
        double h2 = hueDegrees(y[2], a2);
        double dh = 0;
        if (c1 * c2 != 0) {
            dh = h2 - h1;
            dh += dh > 180 ? -360 : dh < -180 ? 360 : 0;
        }
        double dL = y[0] - x[0];
        double dC = c2 - c1;
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));
        double meanL = (x[0] + y[0]) / 2;
        double meanCp = (c1 + c2) / 2;
        double meanH = h1 + h2;
        if (c1 * c2 != 0) {
            meanH = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2;
        }
        double t = 1
                - 0.17 * cos(meanH - 30)
                + 0.24 * cos(2 * meanH)
                + 0.32 * cos(3 * meanH + 6)
                - 0.20 * cos(4 * meanH - 63);
        double sL = 1 + 0.015 * sq(meanL - 50) / Math.sqrt(20 + sq(meanL - 50));
        double sC = 1 + 0.045 * meanCp;
        double sH = 1 + 0.015 * meanCp * t;
        double rotation = 30 * Math.exp(-sq((meanH - 275) / 25));
        double rT = -Math.sin(Math.toRadians(2 * rotation)) * 2 * Math.sqrt(pow7(meanCp) / (pow7(meanCp) + pow7(25)));
        return Math.sqrt(sq(dL / sL) + sq(dC / sC) + sq(dH / sH) + rT * (dC / sC) * (dH / sH));
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Linear light to an 8-bit sRGB channel. */
    private static int gamma(double v) {
        double clipped = Math.max(0, Math.min(1, v));
        double encoded = clipped <= 0.0031308 ? 12.92 * clipped : 1.055 * Math.pow(clipped, 1 / 2.4) - 0.055;
        return (int) Math.round(255 * encoded);
    }

    private static double labF(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double labFInverse(double f) {
        double cube = f * f * f;
        return cube > 216.0 / 24389 ? cube : (116 * f - 16) / (24389.0 / 27);
    }

    private static double hueDegrees(double b, double a) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double pow7(double v) {
        return Math.pow(v, 7);
    }
}
