package io.latentlab.ui.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

import io.latentlab.core.io.AtomicFiles;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Saves plots as PNG (a snapshot of any node) or SVG (from {@code toSvg()}). Files are written atomically:
 * a failed write leaves no partial file. Errors name the file.
 */
public final class PlotExport {

    private PlotExport() {
    }

    /** Snapshot of {@code node} at screen resolution as a PNG. JavaFX thread only (snapshots need it). */
    public static void writePng(Node node, Path file) throws IOException {
        writePng(node, file, 1);
    }

    /**
     * Snapshot of {@code node} scaled by {@code scale} (2 for print quality) as a PNG. JavaFX thread only.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void writePng(Node node, Path file, double scale) throws IOException {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(file, "file");
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("PNG scale must be in (0, 8], got " + scale);
        }
        CanvasChart.requireFxThread("PlotExport.writePng");
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage snapshot = node.snapshot(parameters, null);
        BufferedImage image = toBufferedImage(snapshot);
        write(file, "PNG", () -> AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG encoder available");
            }
        }));
    }

    /** Writes an SVG document (e.g. {@link ScatterPlot#toSvg()}) to {@code file}. Any thread. */
    public static void writeSvg(String svg, Path file) throws IOException {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(file, "file");
        write(file, "SVG", () -> AtomicFiles.writeString(file, svg));
    }

    static BufferedImage toBufferedImage(WritableImage snapshot) {
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = snapshot.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(Path file, String kind, IoAction action) throws IOException {
        try {
            action.run();
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (message.contains(file.toString())) {
                throw e;
            }
            throw new IOException("cannot write " + kind + " " + file + ": " + message, e);
        }
    }
}
