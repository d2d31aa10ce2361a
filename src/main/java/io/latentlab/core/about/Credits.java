package io.latentlab.core.about;

import java.util.List;

/**
 * Who made what Latent Lab bundles, under which licence: the data sets (as {@code assets/datasets/README.md}
 * describes them) and the main libraries of the app and its installer, for the About box.
 */
public final class Credits {

    /** One bundled work: its name and version, what it is here, its licence and who holds the rights. */
    public record Credit(String name, String version, String role, String licence, String holder) {}

    private Credits() {}

    /** Latent Lab's own licence (the {@code LICENSE} file). */
    public static final String OWN_LICENCE = "MIT licence, copyright (c) 2026 The Latent Lab authors";

    public static List<Credit> dataSets() {
        return List.of(
                new Credit(
                        "Optical Recognition of Handwritten Digits",
                        "1998",
                        "the digits data set, as scikit-learn 1.2.1 ships it (scikit-learn: BSD-3-Clause)",
                        "CC BY 4.0",
                        "E. Alpaydin and C. Kaynak, UCI Machine Learning Repository"),
                new Credit(
                        "Fashion-MNIST",
                        "2017",
                        "the fashion-mnist data set, official split",
                        "MIT licence",
                        "Han Xiao, Kashif Rasul and Roland Vollgraf, copyright (c) 2017 Zalando SE"));
    }

    public static List<Credit> libraries() {
        return List.of(
                new Credit(
                        "ND4J",
                        LatentLabVersion.library("nd4j"),
                        "numerics (" + LatentLabVersion.nativePlatform() + " natives)",
                        "Apache License 2.0",
                        "Eclipse Deeplearning4j contributors"),
                new Credit(
                        "OpenBLAS",
                        LatentLabVersion.library("openblas"),
                        "linear algebra, through the JavaCPP presets",
                        "BSD-3-Clause",
                        "the OpenBLAS project"),
                new Credit(
                        "JavaCPP",
                        LatentLabVersion.library("javacpp"),
                        "native-library loading",
                        "Apache License 2.0",
                        "Samuel Audet and contributors"),
                new Credit(
                        "OpenJFX",
                        LatentLabVersion.library("javafx"),
                        "the window",
                        "GPL v2 with the Classpath Exception",
                        "Oracle and the OpenJFX contributors"),
                new Credit(
                        "ControlsFX",
                        LatentLabVersion.library("controlsfx"),
                        "window controls",
                        "BSD-3-Clause",
                        "the ControlsFX project"),
                new Credit(
                        "Jackson",
                        LatentLabVersion.library("jackson"),
                        "JSON files",
                        "Apache License 2.0",
                        "FasterXML"),
                new Credit(
                        "picocli",
                        LatentLabVersion.library("picocli"),
                        "the command line",
                        "Apache License 2.0",
                        "Remko Popma"),
                new Credit("SLF4J", LatentLabVersion.library("slf4j"), "logging", "MIT licence", "QOS.ch"),
                new Credit(
                        "OpenJDK",
                        Runtime.version().toString(),
                        "the Java runtime (the app image bundles a trimmed copy)",
                        "GPL v2 with the Classpath Exception",
                        "Oracle and the OpenJDK contributors"));
    }
}
