package io.latentlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar latent-lab.jar} finds JavaFX through the jar's manifest and restarts with it as modules. */
class ModulePathLaunchTest {

    @TempDir
    Path dir;

    private Path appJar(String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = dir.resolve("latent-lab.jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close(); // a manifest is all the launcher reads
        }
        return jar;
    }

    private Path lib(String name) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        return Files.createFile(dir.resolve("lib").resolve(name));
    }

    @Test
    void javafxIsFoundThroughTheJarsManifest() throws IOException {
        Path graphics = lib("javafx-graphics-21.0.11-linux.jar");
        Path controls = lib("javafx-controls-21.0.11-linux.jar");
        lib("nd4j-api-1.0.0-M2.1.jar");
        Path jar = appJar("lib/nd4j-api-1.0.0-M2.1.jar lib/javafx-graphics-21.0.11-linux.jar"
                + " lib/javafx-controls-21.0.11-linux.jar lib/javafx-base-21.0.11-linux.jar");

        // javafx-base is named in the manifest but missing: like the JVM, the launcher skips it
        assertEquals(List.of(graphics, controls), ModulePathLaunch.javafxJars(jar.toString()));
    }

    @Test
    void theChildGetsTheSameOptionsAndJavafxAsModules() throws IOException {
        Path graphics = lib("javafx-graphics-21.0.11-linux.jar");
        Path base = lib("javafx-base-21.0.11-linux.jar");
        String classPath = appJar("lib/javafx-graphics-21.0.11-linux.jar").toString();
        List<String> command = ModulePathLaunch.command(
                        Path.of("/jdk/bin/java"), List.of("-Xmx2g", "-Dx=y"), classPath, List.of(graphics, base))
                .orElseThrow();
        assertEquals(
                List.of(
                        "/jdk/bin/java",
                        "-Xmx2g",
                        "-Dx=y",
                        "-D" + ModulePathLaunch.RELAUNCHED + "=true",
                        "--module-path",
                        graphics + File.pathSeparator + base,
                        "--add-modules",
                        "javafx.controls",
                        "-cp",
                        classPath,
                        "io.latentlab.Launcher"),
                command);
    }

    @Test
    void withoutJavafxsGraphicsJarTheWindowOpensInThisJvm() throws IOException {
        Path base = lib("javafx-base-21.0.11-linux.jar");
        assertTrue(ModulePathLaunch.command(Path.of("java"), List.of(), "x.jar", List.of(base))
                .isEmpty());
        assertEquals(List.of(), ModulePathLaunch.javafxJars(dir.resolve("missing.jar") + File.pathSeparator));
    }
}
