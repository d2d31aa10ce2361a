package io.latentlab.ui.lab;

import io.latentlab.ui.plot.ScatterPlot;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The slider under the latent plot that scrubs through the training timeline, its epoch, and Export GIF…. It binds
 * to {@link TimelineViewModel}; it is shown once a frame exists and enabled after a run or while paused.
 */
final class TimelineBar extends HBox {

    TimelineBar(TimelineViewModel vm, ScatterPlot latent) {
        super(8);
        setId("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        Slider slider = new Slider();
        slider.setId("timeline-slider");
        slider.setMin(0);
        slider.maxProperty().bind(vm.framesProperty());
        slider.setBlockIncrement(1); // the arrow keys step one frame; the value is a whole frame number
        slider.valueProperty().bindBidirectional(vm.position);
        slider.disableProperty().bind(vm.scrubbableProperty().not());
        slider.setTooltip(new Tooltip("Scrub through training (after a run or while paused): the latent plot shows"
                + " a sample of the test rows as they were at that epoch; the right end is the latest"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label epoch = new Label();
        epoch.setId("timeline-epoch");
        epoch.setMinWidth(80);
        epoch.textProperty().bind(vm.labelProperty());
        Button gif = new Button("Export GIF…");
        gif.setId("timeline-gif");
        gif.disableProperty().bind(vm.scrubbableProperty().not());
        gif.setOnAction(e -> vm.chooseAndExportGif((f, all) -> render(latent, f, all)));
        // In a narrow window the slider gives way, not the words ("Ti…", "Export…" at 1000 x 700).
        Label name = new Label("Timeline");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        gif.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        slider.setMinWidth(40);
        getChildren().addAll(name, slider, epoch, gif);
        visibleProperty().bind(vm.framesProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }

    /** One frame on an off-screen plot of the latent plot's size, with one range for every frame (no jumping axes). */
    private static Image render(ScatterPlot latent, TimelineViewModel.Frame f, List<TimelineViewModel.Frame> all) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (TimelineViewModel.Frame frame : all) {
            double[] xy = frame.plot().xy().data();
            for (int i = 0; i + 1 < xy.length; i += 2) {
                if (Double.isFinite(xy[i]) && Double.isFinite(xy[i + 1])) {
                    minX = Math.min(minX, xy[i]);
                    maxX = Math.max(maxX, xy[i]);
                    minY = Math.min(minY, xy[i + 1]);
                    maxY = Math.max(maxY, xy[i + 1]);
                }
            }
        }
        ScatterPlot plot = new ScatterPlot();
        plot.setPrefSize(
                latent.getWidth() > 1 ? latent.getWidth() : 480, latent.getHeight() > 1 ? latent.getHeight() : 420);
        plot.setXLabel("z1");
        plot.setYLabel("z2");
        plot.setPoints(f.plot().xy(), f.plot().labels(), f.plot().classNames());
        plot.setTitle("Autoencoder latent — epoch " + f.epoch());
        if (minX <= maxX && minY <= maxY) {
            double padX = Math.max(1e-9, (maxX - minX) * 0.05);
            double padY = Math.max(1e-9, (maxY - minY) * 0.05);
            plot.setView(new Rectangle2D(minX - padX, minY - padY, maxX - minX + 2 * padX, maxY - minY + 2 * padY));
        }
        return plot.toImage(1);
    }
}
