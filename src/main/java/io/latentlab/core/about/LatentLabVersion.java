package io.latentlab.core.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, the pom's {@code project.version}: Maven writes it into {@code version.properties}
 * (a filtered resource), so {@code --version}, the About box, report.json and weights.json never disagree. The
 * same file carries the versions of the bundled libraries and the platform of the native code.
 */
public final class LatentLabVersion {

    static final String RESOURCE = "version.properties";
    private static final Properties BUILD = read();
    private static final String VERSION = value("version");

    private LatentLabVersion() {}

    /** The version, e.g. {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /** "Latent Lab 0.1.0": what {@code --version} prints and the About box shows. */
    public static String nameAndVersion() {
        return "Latent Lab " + VERSION;
    }

    /** The platform whose native libraries this build bundles, e.g. {@code linux-x86_64}. */
    public static String nativePlatform() {
        return value("natives");
    }

    /** The version of a bundled library by its key in version.properties ({@code nd4j}, {@code javafx}, …). */
    static String library(String key) {
        return value(key);
    }

    private static String value(String key) {
        return parse(key, BUILD.getProperty(key));
    }

    private static Properties read() {
        try (InputStream in = LatentLabVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: build with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
    }

    /** Checks a filtered value: a placeholder left as it was means the resource was copied without Maven. */
    static String parse(String key, String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(RESOURCE + " holds no " + key + " (got " + value
                    + "): the file must be filtered by Maven's resources");
        }
        return value.trim();
    }
}
