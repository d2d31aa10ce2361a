package io.latentlab.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.latentlab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the window remembers between launches: theme, size and position, the last experiment and recent files. Kept
 * as JSON in {@code ~/.latent-lab/settings.json}; a missing or unreadable file means the defaults, never an error.
 *
 * @param x           window position, or NaN for "let the system place it"
 * @param recentFiles most recent first: experiments and data files opened or saved
 */
public record UserSettings(
        boolean dark,
        double x,
        double y,
        double width,
        double height,
        String lastExperiment,
        List<String> recentFiles) {

    public static final int MAX_RECENT = 8;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public UserSettings {
        recentFiles = recentFiles == null
                ? List.of()
                : recentFiles.stream().limit(MAX_RECENT).toList();
        if (!(width >= 400) || !(height >= 300) || !Double.isFinite(width) || !Double.isFinite(height)) {
            width = 1440;
            height = 900;
        }
    }

    public static UserSettings defaults() {
        return new UserSettings(false, Double.NaN, Double.NaN, 1440, 900, null, List.of());
    }

    /** The settings file under the user's home ({@code user.home}, which tests may point elsewhere). */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".latent-lab", "settings.json");
    }

    public static UserSettings load(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) < 1_000_000
                    ? MAPPER.readValue(file.toFile(), UserSettings.class)
                    : defaults();
        } catch (IOException | RuntimeException e) {
            return defaults(); // a damaged settings file must not keep the lab from starting
        }
    }

    /** Best effort: a read-only home must not turn closing the window into an error. */
    public boolean save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.writeString(file, MAPPER.writeValueAsString(this));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
