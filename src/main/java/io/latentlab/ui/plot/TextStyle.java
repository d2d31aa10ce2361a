package io.latentlab.ui.plot;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The few text sizes a plot uses, with measurement (JavaFX thread only: it shares one {@link Text}). */
enum TextStyle {
    TITLE(14, true),
    /** A title too wide for its chart at {@link #TITLE} size. */
    TITLE_COMPACT(12, true),
    LABEL(12, false),
    TICK(11, false);

    final double size;
    final boolean bold;
    final Font font;

    private static final Text MEASURE = new Text();

    TextStyle(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
        this.font = Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    double width(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Line height; rounded up so layouts stay on whole pixels. */
    double height() {
        return Math.ceil(size * 1.25);
    }
}
