package io.latentlab.core.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatentTimelineTest {

    private static Matrix snapshot(int rows, double value) {
        double[] d = new double[rows * 2];
        for (int i = 0; i < rows; i++) {
            d[2 * i] = value;
            d[2 * i + 1] = i;
        }
        return new Matrix(rows, 2, d);
    }

    @Test
    void keepsAllRowsBelowTheLimitAndAFixedSampleAbove() {
        assertEquals(60, new LatentTimeline(60).rows().length);
        int[] a = new LatentTimeline(4000).rows();
        assertEquals(LatentTimeline.MAX_ROWS, a.length);
        assertArrayEquals(a, new LatentTimeline(4000).rows(), "the same sample every time");
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i] > a[i - 1] && a[i] < 4000);
        }
        LatentTimeline t = new LatentTimeline(4000);
        t.record(1, snapshot(4000, 0.5));
        Matrix f = t.frame(0).latent();
        assertEquals(2000, f.rows());
        assertEquals(a[7], f.get(7, 1), 0, "row 7 of the frame is sampled row a[7]");
    }

    @Test
    void aLongRunIsThinnedEvenlyAndStaysBounded() {
        LatentTimeline t = new LatentTimeline(10);
        for (int epoch = 1; epoch <= 2000; epoch++) {
            t.record(epoch, snapshot(10, epoch));
            assertTrue(t.size() <= LatentTimeline.MAX_FRAMES);
        }
        List<LatentTimeline.Frame> frames = t.frames();
        assertEquals(1, frames.get(0).epoch(), "the first epoch stays");
        int stride = frames.get(2).epoch() - frames.get(1).epoch();
        for (int i = 2; i < frames.size(); i++) {
            assertEquals(stride, frames.get(i).epoch() - frames.get(i - 1).epoch(), "even spacing at " + i);
        }
        assertTrue(frames.get(frames.size() - 1).epoch() > 2000 - stride, "it reaches the end of the run");
        assertTrue(frames.size() > LatentTimeline.MAX_FRAMES / 2, "thinned by halves only: " + frames.size());
        assertEquals(frames.get(5).epoch(), frames.get(5).latent().get(0, 0), 0, "each frame holds its epoch");
    }
}
