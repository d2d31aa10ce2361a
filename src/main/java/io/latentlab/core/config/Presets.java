package io.latentlab.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Named experiment presets, shipped as JSON in {@code assets/presets/} and read from the class path. */
public final class Presets {

    public static final String RECOMMENDED = "recommended";
    public static final String NOTEBOOK = "notebook";
    /** Fashion-MNIST (bundled, official split) with {@link io.latentlab.core.ae.AutoencoderConfig#fashion()}. */
    public static final String FASHION = "fashion";

    public static final List<String> NAMES = List.of(RECOMMENDED, NOTEBOOK, FASHION);

    private Presets() {}

    public static ExperimentConfig load(String name) {
        if (!NAMES.contains(name)) {
            throw new ConfigException(
                    "", "unknown preset \"" + name + "\" (available: " + String.join(", ", NAMES) + ")", null);
        }
        String resource = "/presets/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset " + resource + " is missing from the class path");
            }
            return ConfigJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
