package io.latentlab.core.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.about.Credits.Credit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LatentLabVersionTest {

    @Test
    void theVersionIsThePoms() {
        // Surefire passes ${project.version}; the class reads what resource filtering wrote at build time.
        String pom = System.getProperty("latentlab.pomVersion");
        assertNotNull(pom, "surefire must pass latentlab.pomVersion");
        assertEquals(pom, LatentLabVersion.get());
        assertEquals("Latent Lab " + pom, LatentLabVersion.nameAndVersion());
    }

    @Test
    void anUnfilteredOrEmptyValueIsRefusedByName() {
        for (String bad : new String[] {null, "", "  ", "${project.version}"}) {
            IllegalStateException e =
                    assertThrows(IllegalStateException.class, () -> LatentLabVersion.parse("version", bad));
            assertTrue(e.getMessage().contains("version.properties holds no version"), e.getMessage());
        }
        assertEquals("1.2.3", LatentLabVersion.parse("version", " 1.2.3\n"));
    }

    @Test
    void theNativePlatformIsOneOfTheFiveDesktopPlatforms() {
        String platform = LatentLabVersion.nativePlatform();
        assertTrue(
                Stream.of("linux-x86_64", "linux-arm64", "macosx-x86_64", "macosx-arm64", "windows-x86_64")
                        .anyMatch(platform::startsWith),
                platform);
    }

    @Test
    void everyCreditNamesVersionLicenceAndHolder() {
        List<Credit> all = Stream.concat(Credits.dataSets().stream(), Credits.libraries().stream())
                .toList();
        for (Credit c : all) {
            for (String part : new String[] {c.name(), c.version(), c.role(), c.licence(), c.holder()}) {
                assertFalse(part == null || part.isBlank() || part.contains("${"), c.toString());
            }
        }
        assertEquals(
                List.of("CC BY 4.0", "MIT licence"),
                Credits.dataSets().stream().map(Credit::licence).toList());
        assertTrue(Credits.dataSets().get(1).holder().contains("Zalando SE"));
    }
}
