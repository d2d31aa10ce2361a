package io.latentlab.ui.lab;

import io.latentlab.core.data.ImageShape;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Shows a decoded latent point: as a grey-scale image in the data's image shape (28 x 28 Fashion-MNIST, 8 x 8
 * digits), else as one bar per feature. This is what the autoencoder "imagines" at that spot of its latent space.
 */
public final class DecoderPreview extends CanvasPanel {

    private static final String HINT = "Click in the latent plot (during or after training) to decode that point.";

    private DecodedPoint point;

    public DecoderPreview() {
        setMinWidth(170);
        setPrefWidth(210);
        getStyleClass().add("decoder-preview");
    }

    public void show(DecodedPoint decoded) {
        point = decoded;
        requestLayout();
    }

    public DecodedPoint shown() {
        return point;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        boolean dark = isDark();
        Color background = dark ? Color.web("#1e1f22") : Color.WHITE;
        Color text = dark ? Color.web("#d8d8d8") : Color.web("#333333");
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        g.setFill(text);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 13));
        g.fillText("Decoder", w / 2, 4);
        g.setFont(Font.font(11));
        if (point == null) {
            wrapText(g, HINT, w / 2, 28, w - 16);
            return;
        }
        StringBuilder where = new StringBuilder("at (");
        for (int i = 0; i < point.latent().length; i++) {
            where.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", point.latent()[i]));
        }
        g.fillText(where.append(')').toString(), w / 2, 22);
        double top = 42;
        double size = Math.min(w - 20, h - top - 8);
        if (size <= 4) {
            return;
        }
        double[] v = point.values();
        double left = (w - size) / 2;
        ImageShape shape = point.image();
        if (shape != null && shape.pixels() == v.length) {
            // Whole screen pixels per image pixel where there is room, so small images stay crisp.
            double cell = size / Math.max(shape.height(), shape.width());
            cell = cell >= 1 ? Math.floor(cell) : cell;
            double imgW = cell * shape.width();
            double imgH = cell * shape.height();
            double x0 = Math.round((w - imgW) / 2);
            g.setImageSmoothing(false);
            for (int r = 0; r < shape.height(); r++) {
                for (int c = 0; c < shape.width(); c++) {
                    double gray = clamp(v[r * shape.width() + c]);
                    // Ink dark on light (0 = paper, 1 = ink), for the digits' scans and Fashion-MNIST alike.
                    g.setFill(Color.gray(1 - gray));
                    g.fillRect(x0 + c * cell, top + r * cell, Math.ceil(cell), Math.ceil(cell));
                }
            }
            g.setStroke(text);
            g.strokeRect(x0, top, imgW, imgH);
        } else {
            double barW = size / v.length;
            g.setStroke(text);
            g.strokeLine(left, top + size, left + size, top + size);
            g.setFill(Color.web("#429EA6"));
            for (int i = 0; i < v.length; i++) {
                double bh = clamp(v[i]) * size;
                g.fillRect(left + i * barW, top + size - bh, Math.max(1, barW - 1), bh);
            }
        }
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static void wrapText(GraphicsContext g, String s, double x, double y, double width) {
        StringBuilder line = new StringBuilder();
        double lineY = y;
        for (String word : s.split(" ")) {
            String trial = line.length() == 0 ? word : line + " " + word;
            javafx.scene.text.Text probe = new javafx.scene.text.Text(trial);
            probe.setFont(g.getFont());
            if (probe.getLayoutBounds().getWidth() > width && line.length() > 0) {
                g.fillText(line.toString(), x, lineY);
                lineY += 15;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(trial);
            }
        }
        if (line.length() > 0) {
            g.fillText(line.toString(), x, lineY);
        }
    }
}
