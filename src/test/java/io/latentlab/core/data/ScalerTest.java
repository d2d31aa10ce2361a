package io.latentlab.core.data;

import static io.latentlab.testing.Approx.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.latentlab.testing.SklearnFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ScalerTest {

    static final java.util.List<String> FIXTURES = SklearnFixture.ALL;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void minMaxMatchesSklearn(String name) {
        SklearnFixture f = SklearnFixture.load(name);
        Scaler scaler = Scaler.fit(ScalingMethod.MINMAX, f.x());
        assertArrayEquals(
                SklearnFixture.vector(f.at("/minmax/data_min")),
                scaler.parameters().get("data_min"));
        assertArrayEquals(
                SklearnFixture.vector(f.at("/minmax/data_max")),
                scaler.parameters().get("data_max"));
        Matrix expected = SklearnFixture.matrix(f.at("/minmax/X_scaled"));
        Matrix actual = scaler.transform(f.x());
        assertClose(expected.data(), actual.data(), 1e-15, name + " X_scaled");
    }

    @Test
    void constantColumnMapsToZeroAndTestMayLeaveUnitRange() {
        Matrix train = Matrix.of(new double[][] {{1, 5}, {3, 5}, {2, 5}});
        Scaler scaler = Scaler.fit(ScalingMethod.MINMAX, train);
        Matrix test = scaler.transform(Matrix.of(new double[][] {{5, 5}, {0, 7}}));
        assertArrayEquals(new double[] {2.0, 0.0, -0.5, 2.0}, test.data(), 1e-15);
        assertArrayEquals(
                new double[] {0.5, 0.0},
                scaler.transform(Matrix.of(new double[][] {{2, 5}})).data());
    }

    @Test
    void standardScalingHasZeroMeanUnitVariance() {
        Matrix train = Matrix.of(new double[][] {{1, 10}, {2, 10}, {3, 10}, {6, 10}});
        Matrix z = Scaler.fit(ScalingMethod.STANDARD, train).transform(train);
        double mean = 0;
        double sq = 0;
        for (int i = 0; i < 4; i++) {
            mean += z.get(i, 0);
            sq += z.get(i, 0) * z.get(i, 0);
            assertEquals(0.0, z.get(i, 1));
        }
        assertEquals(0.0, mean / 4, 1e-15);
        assertEquals(1.0, sq / 4, 1e-14);
    }

    @Test
    void refusesDataOfAnotherWidth() {
        Scaler scaler = Scaler.fit(ScalingMethod.MINMAX, Matrix.of(new double[][] {{1, 2}, {3, 4}}));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> scaler.transform(Matrix.of(new double[][] {{1, 2, 3}})));
        assertEquals("scaler was fitted on 2 features, data has 3", e.getMessage());
    }
}
