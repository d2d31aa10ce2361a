package io.latentlab.ui.lab;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A small drawing of the autoencoder: one bar per layer, height by width, the bottleneck highlighted. */
public final class NetworkDiagram extends CanvasPanel {

    private List<Integer> widths = List.of();
    private int bottleneckIndex = -1;

    public NetworkDiagram() {
        setMinHeight(90);
        setPrefHeight(100);
        getStyleClass().add("network-diagram");
    }

    /** Layer widths from input to output; {@code bottleneckIndex} is the latent layer's position. */
    public void setLayers(List<Integer> layerWidths, int bottleneckAt) {
        this.widths = List.copyOf(layerWidths);
        this.bottleneckIndex = bottleneckAt;
        requestLayout();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        boolean dark = isDark();
        if (widths.isEmpty()) {
            return;
        }
        int max = widths.stream().mapToInt(Integer::intValue).max().orElse(1);
        int n = widths.size();
        double slot = w / n;
        double barW = Math.max(3, Math.min(14, slot * 0.45));
        double top = 4;
        double usable = h - 20;
        g.setFont(Font.font(9));
        g.setTextAlign(TextAlignment.CENTER);
        Color text = dark ? Color.web("#d0d0d0") : Color.web("#333333");
        double prevX = -1;
        double prevH = 0;
        for (int i = 0; i < n; i++) {
            double barH = Math.max(3, usable * Math.sqrt((double) widths.get(i) / max));
            double x = slot * (i + 0.5);
            double y = top + (usable - barH) / 2;
            if (prevX >= 0) {
                g.setFill(Color.web(dark ? "#5a6b7a55" : "#9fb3c855"));
                g.fillPolygon(
                        new double[] {prevX + barW / 2, x - barW / 2, x - barW / 2, prevX + barW / 2},
                        new double[] {top + (usable - prevH) / 2, y, y + barH, top + (usable + prevH) / 2},
                        4);
            }
            Color fill = i == bottleneckIndex
                    ? Color.web("#EE6352")
                    : i == 0 || i == n - 1 ? Color.web("#429EA6") : Color.web("#53599A");
            g.setFill(fill);
            g.fillRoundRect(x - barW / 2, y, barW, barH, 3, 3);
            g.setFill(text);
            g.fillText(widths.get(i) > 0 ? Integer.toString(widths.get(i)) : "?", x, h - 4); // a file not read yet
            prevX = x;
            prevH = barH;
        }
    }
}
