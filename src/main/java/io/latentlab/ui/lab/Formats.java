package io.latentlab.ui.lab;

import java.util.Locale;

/** How the window writes numbers: scores to four places, losses to six, durations in words. */
final class Formats {
    private Formats() {}

    static String score(Double v) {
        return v == null || v.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** A score estimated on a sample ({@code sampleRows} not null) is marked "≈". */
    static String score(Double v, Integer sampleRows) {
        String exact = score(v);
        return sampleRows == null || v == null || v.isNaN() ? exact : "≈" + exact;
    }

    static String loss(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.6f", v);
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
