package io.latentlab.ui.plot;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;

/**
 * A chart title made to fit the chart's width instead of being cut off: at full size if it fits, else in the
 * compact bold size, else broken into two lines after its " — " (e.g. "Autoencoder latent" / "silhouette 0.41").
 */
final class FittedTitle {

    private static final String DASH = " — ";

    private final List<String> lines;
    private final TextStyle style;
    private final double width;
    private final boolean fits;

    private FittedTitle(List<String> lines, TextStyle style, double available) {
        this.lines = lines;
        this.style = style;
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, style.width(line));
        }
        this.width = widest;
        this.fits = widest <= available;
    }

    /** The title laid out for {@code available} pixels. */
    static FittedTitle fit(String title, double available) {
        if (title.isEmpty()) {
            return new FittedTitle(List.of(), TextStyle.TITLE, available);
        }
        for (TextStyle style : new TextStyle[] {TextStyle.TITLE, TextStyle.TITLE_COMPACT}) {
            FittedTitle oneLine = new FittedTitle(List.of(title), style, available);
            if (oneLine.fits) {
                return oneLine;
            }
        }
        int dash = title.indexOf(DASH);
        if (dash > 0) {
            return new FittedTitle(
                    List.of(title.substring(0, dash), title.substring(dash + DASH.length())),
                    TextStyle.TITLE_COMPACT,
                    available);
        }
        return new FittedTitle(List.of(title), TextStyle.TITLE_COMPACT, available);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    boolean fits() {
        return fits;
    }

    /** Width of the widest line. */
    double width() {
        return width;
    }

    double height() {
        return lines.size() * style.height();
    }

    /** Draws the lines centred on {@code centreX}, the first one's top at {@code top}. */
    void paint(Sketch s, double centreX, double top, Color color) {
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), centreX, top + i * style.height(), style, color, HPos.CENTER, VPos.TOP);
        }
    }
}
