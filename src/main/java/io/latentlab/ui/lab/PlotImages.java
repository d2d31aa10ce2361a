package io.latentlab.ui.lab;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a chart of the window as an image; needs the scene graph, so the view implements it. */
public interface PlotImages {

    /** The charts a user can export, with the file stem export-all gives them. */
    enum Chart {
        PCA("pca"),
        LATENT("latent"),
        LOSS("loss");

        private final String stem;

        Chart(String stem) {
            this.stem = stem;
        }

        public String stem() {
            return stem;
        }
    }

    /** Writes {@code chart} as SVG when {@code file} ends in .svg, else as PNG. */
    void write(Chart chart, Path file) throws IOException;
}
