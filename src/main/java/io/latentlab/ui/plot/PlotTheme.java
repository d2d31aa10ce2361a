package io.latentlab.ui.plot;

import javafx.scene.paint.Color;

/** Colours of everything that is not data: background, axes and text, grid, tooltip. */
enum PlotTheme {
    LIGHT(Color.WHITE, Color.web("#333333"), Color.web("#EBEBEB"), Color.web("#888888"), Color.web("#FFFFFFEE")),
    DARK(
            Color.web("#1E1F24"),
            Color.web("#D6D6D6"),
            Color.web("#2F3138"),
            Color.web("#8C8F99"),
            Color.web("#2A2C33EE"));

    final Color background;
    final Color foreground;
    final Color grid;
    final Color muted;
    final Color tooltipBackground;

    PlotTheme(Color background, Color foreground, Color grid, Color muted, Color tooltipBackground) {
        this.background = background;
        this.foreground = foreground;
        this.grid = grid;
        this.muted = muted;
        this.tooltipBackground = tooltipBackground;
    }

    static PlotTheme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
