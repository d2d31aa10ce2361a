package io.latentlab.ui.lab;

import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.ui.plot.LossChart;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's menus: File (data, experiments, exports), View, Training and Help. Every item calls a view-model,
 * except Help → About, which only shows what this build is.
 */
final class LabMenuBar extends MenuBar {

    private GenerateDialog generateDialog;
    private SweepDialog sweepDialog;

    LabMenuBar(
            LabViewModel vm,
            PlotImages plots,
            BooleanProperty dark,
            LossChart lossChart,
            PlotsPane plotsPane,
            javafx.beans.property.IntegerProperty pngScale,
            Runnable openLatentGrid,
            Runnable quit) {
        FilesViewModel files = vm.files();
        TrainingViewModel training = vm.training();
        Menu file = new Menu("_File");
        Menu plotMenu = new Menu("Export _plots");
        for (PlotImages.Chart chart : PlotImages.Chart.values()) {
            String name = switch (chart) {
                case PCA -> "PCA plot";
                case LATENT -> "Latent plot";
                case LOSS -> "Loss chart";
            };
            plotMenu.getItems()
                    .addAll(
                            item(name + " as PNG…", null, e -> files.chooseAndExportPlot(plots, chart, false)),
                            item(name + " as SVG…", null, e -> files.chooseAndExportPlot(plots, chart, true)));
        }
        // The PNG's size in screen sizes: 2x (the default) prints sharply; 1x for the web, 4x for posters.
        javafx.scene.control.ToggleGroup scales = new javafx.scene.control.ToggleGroup();
        plotMenu.getItems().add(new SeparatorMenuItem());
        for (int scale : new int[] {1, 2, 4}) {
            javafx.scene.control.RadioMenuItem choice =
                    new javafx.scene.control.RadioMenuItem("PNG at " + scale + "x the screen size");
            choice.setId("png-scale-" + scale);
            choice.setToggleGroup(scales);
            choice.setSelected(pngScale.get() == scale);
            choice.setOnAction(e -> pngScale.set(scale));
            plotMenu.getItems().add(choice);
        }
        Menu recent = new Menu("Open _recent");
        Runnable fillRecent = () -> {
            recent.getItems()
                    .setAll(files.recentFiles().stream()
                            .map(p -> {
                                MenuItem entry = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                                entry.setMnemonicParsing(false); // file names may hold underscores
                                entry.setOnAction(e -> files.openRecent(p));
                                return entry;
                            })
                            .toList());
            recent.setDisable(files.recentFiles().isEmpty());
        };
        files.recentFiles()
                .addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems()
                .addAll(
                        item("_Open data…", null, e -> files.chooseDataFile()),
                        recent,
                        new SeparatorMenuItem(),
                        item("_Load experiment…", shortcut(KeyCode.O), e -> files.chooseAndLoadExperiment()),
                        item("_Save experiment…", shortcut(KeyCode.S), e -> files.chooseAndSaveExperiment()),
                        new SeparatorMenuItem(),
                        plotMenu,
                        item("Export weights (_JSON)…", null, e -> files.chooseAndExport(RunArtifacts.WEIGHTS_JSON)),
                        item("Export weights (_NPZ)…", null, e -> files.chooseAndExport(RunArtifacts.WEIGHTS_NPZ)),
                        item("Export latent _CSV…", null, e -> files.chooseAndExport(RunArtifacts.LATENT_CSV)),
                        item("Export _report…", null, e -> files.chooseAndExport(RunArtifacts.REPORT)),
                        item("Export _metrics CSV…", null, e -> files.chooseAndExport(RunArtifacts.METRICS_CSV)),
                        item(
                                "_Export everything to a folder…",
                                shortcut(KeyCode.E),
                                e -> files.chooseFolderAndExportAll(plots)),
                        new SeparatorMenuItem(),
                        generateItem(vm, dark),
                        new SeparatorMenuItem(),
                        item("_Quit", shortcut(KeyCode.Q), e -> quit.run()));

        Menu view = new Menu("_View");
        CheckMenuItem darkItem = new CheckMenuItem("_Dark theme");
        darkItem.selectedProperty().bindBidirectional(dark);
        CheckMenuItem logItem = new CheckMenuItem("_Log-scale loss");
        logItem.selectedProperty().bindBidirectional(lossChart.logScaleProperty());
        CheckMenuItem imagesItem = new CheckMenuItem("Show _images instead of dots");
        imagesItem.setId("show-images");
        imagesItem.selectedProperty().bindBidirectional(plotsPane.showImagesProperty());
        imagesItem.disableProperty().bind(plotsPane.imagesAvailableProperty().not());
        view.getItems()
                .addAll(
                        darkItem,
                        logItem,
                        imagesItem,
                        item("Reset plot _zoom", null, e -> plotsPane.resetZoom()),
                        latentGridItem(openLatentGrid));

        Menu train = new Menu("_Training");
        train.getItems()
                .addAll(
                        item("Train / Pause\tSpace", null, e -> training.trainOrPause()),
                        item("Step one epoch", null, e -> training.step()),
                        item("_Reset model", shortcut(KeyCode.R), e -> training.reset()),
                        item(
                                "_Undo: bring back the model thrown away",
                                shortcut(KeyCode.Z),
                                e -> vm.undo().undo()),
                        item("Re_generate data", null, e -> vm.data().regenerate()),
                        new SeparatorMenuItem(),
                        sweepItem(vm, dark));
        Menu help = new Menu("_Help");
        help.getItems().add(item("_About Latent Lab", null, e -> new AboutDialog(windowOrNull()).show()));
        getMenus().addAll(file, view, train, help);
    }

    private javafx.stage.Window windowOrNull() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Generate data…, enabled once a finished model is scored; its dialog is made once and reused. */
    private MenuItem generateItem(LabViewModel vm, BooleanProperty dark) {
        MenuItem generate = item("_Generate data…", null, e -> {
            if (generateDialog == null) {
                generateDialog = new GenerateDialog(vm.generate(), getScene().getWindow(), dark);
            }
            generateDialog.show();
        });
        generate.setId("generate-data");
        generate.disableProperty().bind(vm.generate().availableProperty().not());
        return generate;
    }

    /** Seed sweep…: sweeps its own copy of the data, so it is always available. */
    private MenuItem sweepItem(LabViewModel vm, BooleanProperty dark) {
        MenuItem sweep = item("Seed _sweep…", null, e -> {
            if (sweepDialog == null) {
                sweepDialog = new SweepDialog(vm.sweep(), getScene().getWindow(), dark);
            }
            sweepDialog.show();
        });
        sweep.setId("seed-sweep");
        return sweep;
    }

    private static MenuItem latentGridItem(Runnable open) {
        MenuItem item = item("Latent _grid…", null, e -> open.run());
        item.setId("latent-grid-item");
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(action);
        return item;
    }
}
