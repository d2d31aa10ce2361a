package io.latentlab.ui.lab;

import java.util.Objects;
import javafx.scene.Scene;

/** Light and dark style sheets for the whole window. */
final class Themes {
    private static final String BASE = css("lab.css");
    private static final String DARK = css("lab-dark.css");

    private Themes() {}

    static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(dark ? java.util.List.of(BASE, DARK) : java.util.List.of(BASE));
    }

    private static String css(String name) {
        return Objects.requireNonNull(Themes.class.getResource("/io/latentlab/ui/" + name), name)
                .toExternalForm();
    }
}
