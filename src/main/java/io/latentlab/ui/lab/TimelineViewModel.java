package io.latentlab.ui.lab;

import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.timeline.LatentTimeline;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The training timeline: a {@link LatentTimeline} recorded from each new session (copies of the snapshots the session
 * streams anyway), and a position to scrub through it after a run or while paused. Position {@code frames} means
 * "latest": the latent plot shows the run as it is; any lower position shows that frame's epoch instead.
 */
public final class TimelineViewModel {

    /** At most this many frames go into an animated GIF (evenly chosen), so an export stays small. */
    static final int MAX_GIF_FRAMES = 120;

    static final FileDialogs.Filter GIF = new FileDialogs.Filter("Animated GIF", "*.gif");

    private final LabState state;
    private final FilesViewModel files;
    private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper(this, "frames", 0);
    /** 0 … frames: a frame, or {@code frames} for the latest state. */
    public final IntegerProperty position = new SimpleIntegerProperty(this, "position", 0);

    private final ReadOnlyObjectWrapper<PlotData> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final BooleanBinding scrubbable;
    private volatile LatentTimeline timeline;
    private Baseline on;
    /** The test row of each point of a frame (the session streams some test rows; the timeline keeps some of those). */
    private int[] testRows;

    private io.latentlab.ui.plot.RowImages images;

    TimelineViewModel(LabState state, TrainingViewModel training, FilesViewModel files) {
        this.state = state;
        this.files = files;
        scrubbable = Bindings.createBooleanBinding(
                () -> frames.get() > 0 && (state.phase() == Phase.PAUSED || state.phase() == Phase.FINISHED),
                frames,
                state.phaseProperty());
        training.setSessionHook(new SessionHook() {
            @Override
            public void started(Baseline b, int[] liveRows, TrainingSession s) {
                LatentTimeline t = new LatentTimeline(liveRows.length);
                timeline = t;
                on = b;
                int[] sampled = t.rows();
                testRows = new int[sampled.length];
                for (int i = 0; i < sampled.length; i++) {
                    testRows[i] = liveRows[sampled[i]];
                }
                images = PlotData.imagesOf(b, testRows);
                s.addListener(new TrainingListener() {
                    @Override
                    public void onEpoch(EpochEvent e) {
                        if (timeline == t && e.hasSnapshot()) {
                            t.record(e.epoch(), e.latentSnapshot()); // a copy of rows already computed
                        }
                    }
                });
                refresh();
            }

            @Override
            public Runnable stopped() {
                LatentTimeline t = timeline;
                Baseline b = on;
                int[] rows = testRows;
                io.latentlab.ui.plot.RowImages pictures = images;
                timeline = null;
                on = null;
                refresh();
                return () -> {
                    // The frames recorded so far, and those of epochs to come if the session goes on.
                    timeline = t;
                    on = b;
                    testRows = rows;
                    images = pictures;
                    refresh();
                };
            }
        });
        state.phaseProperty().addListener((obs, old, now) -> refresh());
        position.addListener((obs, old, now) -> show());
        scrubbable.addListener((obs, old, now) -> show());
    }

    /** Frames recorded so far. */
    public ReadOnlyIntegerProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    /** True after a run or while paused, once a frame exists. */
    public BooleanBinding scrubbableProperty() {
        return scrubbable;
    }

    /** The frame to draw instead of the latest latent plot, or null for the latest. */
    public ReadOnlyObjectProperty<PlotData> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "Epoch 12" for a frame, "Latest" otherwise. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The epoch of the frame shown, or -1 for the latest. */
    public int shownEpoch() {
        LatentTimeline t = timeline;
        int p = position.get();
        return t == null || shown.get() == null ? -1 : t.frame(p).epoch();
    }

    /** The view calls this once per frame: the count of recorded frames follows the run. */
    void pulse() {
        refresh();
    }

    private void refresh() {
        LatentTimeline t = timeline;
        int n = t == null ? 0 : t.size();
        boolean atLatest = position.get() >= frames.get();
        if (n != frames.get()) {
            frames.set(n);
        }
        if (atLatest || position.get() > n || state.phase() == Phase.TRAINING) {
            position.set(n); // keeps following the run
        }
        show();
    }

    private void show() {
        LatentTimeline t = timeline;
        int p = position.get();
        if (t == null || !scrubbable.get() || p >= t.size()) {
            shown.set(null);
            label.set(frames.get() == 0 ? "" : "Latest");
            return;
        }
        Frame f = frameAt(p);
        shown.set(f.plot());
        label.set("Epoch " + f.epoch());
    }

    /** Frame {@code index} (0 … frames − 1) as the latent plot draws it. */
    Frame frameAt(int index) {
        LatentTimeline.Frame f = timeline.frame(index);
        return new Frame(f.epoch(), plotOf(f));
    }

    private PlotData plotOf(LatentTimeline.Frame f) {
        return PlotData.ofRows(on, testRows, f.latent(), images);
    }

    /** The frames an export shows: all, or {@value #MAX_GIF_FRAMES} evenly chosen ones, with their epochs. */
    List<Frame> exportFrames() {
        LatentTimeline t = timeline;
        List<Frame> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        List<LatentTimeline.Frame> all = t.frames();
        int n = Math.min(all.size(), MAX_GIF_FRAMES);
        for (int i = 0; i < n; i++) {
            int index = n == 1 ? 0 : (int) Math.round(i * (all.size() - 1) / (double) (n - 1));
            out.add(new Frame(all.get(index).epoch(), plotOf(all.get(index))));
        }
        return out;
    }

    /** A frame to draw: its epoch and its points. */
    record Frame(int epoch, PlotData plot) {}

    /** Draws a frame as the latent plot would (the view does, with one fixed range for all frames). */
    interface FrameRenderer {
        javafx.scene.image.Image render(Frame frame, List<Frame> all);
    }

    /** Asks where to save, then writes the timeline as an animated GIF (a tenth of a second per frame). */
    public void chooseAndExportGif(FrameRenderer renderer) {
        if (frames.get() == 0) {
            return;
        }
        files.dialogs()
                .saveFile("Export the training timeline", "timeline.gif", GIF)
                .ifPresent(file -> exportGif(file, renderer));
    }

    /** Renders the frames on the UI thread (each a chart drawing) and writes them as one GIF, atomically. */
    public void exportGif(java.nio.file.Path file, FrameRenderer renderer) {
        List<Frame> chosen = exportFrames();
        try {
            io.latentlab.core.io.AtomicFiles.write(file, out -> {
                try (io.latentlab.ui.plot.AnimatedGif gif = new io.latentlab.ui.plot.AnimatedGif(out, 100)) {
                    for (Frame f : chosen) {
                        gif.add(renderer.render(f, chosen));
                    }
                }
            });
            state.setStatus("Wrote " + chosen.size() + " frames of the training timeline to " + file.getFileName());
        } catch (java.io.IOException | RuntimeException e) {
            state.setStatus("Export failed: " + e.getMessage());
        }
    }
}
