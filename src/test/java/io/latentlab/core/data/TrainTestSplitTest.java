package io.latentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    private static Dataset labelled(int n, int classes) {
        double[][] rows = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {i};
            y[i] = i % classes;
        }
        return new Dataset(
                "t",
                Matrix.of(rows),
                y,
                IntStream.range(0, classes).mapToObj(Integer::toString).toList());
    }

    @Test
    void testPartHasCeilOfFractionAndPartsCoverAllRowsOnce() {
        TrainTestSplit.Split s = TrainTestSplit.split(labelled(20001, 3), 0.2, 1, false);
        assertEquals(4001, s.test().rows());
        assertEquals(16000, s.train().rows());
        int[] all = IntStream.concat(Arrays.stream(s.trainRows()), Arrays.stream(s.testRows()))
                .sorted()
                .toArray();
        assertArrayEquals(IntStream.range(0, 20001).toArray(), all);
        assertEquals(s.test().x().get(0, 0), s.testRows()[0]);
    }

    @Test
    void plainSplitIsSklearnsRowForRow() {
        // train_test_split(arange(30), test_size=0.25, random_state=7), from fixtures/notebook
        TrainTestSplit.Split s = TrainTestSplit.split(labelled(30, 3), 0.25, 7, false);
        com.fasterxml.jackson.databind.JsonNode small;
        try (var in = getClass().getResourceAsStream("/fixtures/notebook/notebook_data.json")) {
            small = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .get("small_split");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int[] test = new int[small.get("test").size()];
        for (int i = 0; i < test.length; i++) {
            test[i] = small.get("test").get(i).asInt();
        }
        int[] train = new int[small.get("train").size()];
        for (int i = 0; i < train.length; i++) {
            train[i] = small.get("train").get(i).asInt();
        }
        assertArrayEquals(test, s.testRows());
        assertArrayEquals(train, s.trainRows());
    }

    @Test
    void sameSeedSameSplit() {
        Dataset d = labelled(100, 4);
        assertArrayEquals(
                TrainTestSplit.split(d, 0.3, 5, false).testRows(),
                TrainTestSplit.split(d, 0.3, 5, false).testRows());
    }

    @Test
    void stratifiedKeepsClassShares() {
        Dataset d = labelled(1000, 4);
        TrainTestSplit.Split s = TrainTestSplit.split(d, 0.2, 9, true);
        int[] counts = new int[4];
        for (int label : s.test().labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {50, 50, 50, 50}, counts);
    }

    @Test
    void badFractionsAreExplained() {
        Dataset d = labelled(10, 2);
        assertEquals(
                "test fraction must be between 0 and 1 (exclusive), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(d, 1.0, 1, false))
                        .getMessage());
        assertEquals(
                "a test fraction of 0.05 on 10 rows leaves 9 train and 1 test rows; each part needs at least 2",
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(d, 0.05, 1, false))
                        .getMessage());
    }
}
