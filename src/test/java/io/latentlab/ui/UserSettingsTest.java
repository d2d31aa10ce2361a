package io.latentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARelaunch() {
        Path file = dir.resolve(".latent-lab/settings.json");
        UserSettings s = new UserSettings(true, 10, 20, 1200, 800, "/tmp/exp.json", List.of("/tmp/exp.json", "/d.csv"));
        assertTrue(s.save(file));
        assertEquals(s, UserSettings.load(file));
    }

    @Test
    void aMissingDamagedOrHostileFileMeansTheDefaults() throws IOException {
        assertEquals(UserSettings.defaults(), UserSettings.load(dir.resolve("none.json")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"dark\": tru");
        assertEquals(UserSettings.defaults(), UserSettings.load(broken));
        Files.writeString(broken, "{\"width\": -5, \"height\": 1e308}");
        UserSettings odd = UserSettings.load(broken);
        assertEquals(1440, odd.width());
        assertEquals(900, odd.height());
        assertEquals(UserSettings.defaults(), UserSettings.load(dir)); // a folder, not a file
    }

    @Test
    void anUnwritableHomeIsNotAnError() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "x");
        assertFalse(UserSettings.defaults().save(blocker.resolve("settings.json")));
    }
}
