package io.latentlab;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * JavaFX belongs on the module path: loaded from the class path ({@code java -jar latent-lab.jar}) it works but
 * warns "Unsupported JavaFX configuration". So the window is started again in a child JVM with the same options
 * and JavaFX's jars (found through the class path and the jar's manifest) on the module path, as OpenJFX's docs
 * recommend. The app image and {@code ./mvnw javafx:run} already have JavaFX as modules and start directly; the
 * command line never needs JavaFX.
 */
final class ModulePathLaunch {

    /** Set in the child, so that it never starts a third JVM. */
    static final String RELAUNCHED = "latentlab.relaunched";

    private ModulePathLaunch() {}

    /**
     * Runs the window in a child JVM when JavaFX would load from the class path, and returns its exit code; empty
     * when this JVM should open the window itself (JavaFX already a module, or its jars not found).
     */
    static OptionalInt relaunchIfOnClassPath() {
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent() || Boolean.getBoolean(RELAUNCHED)) {
            return OptionalInt.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        Optional<List<String>> command = command(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                classPath,
                javafxJars(classPath));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
            // Asking for the environment makes the child start from the one this JVM started with (Java's copy),
            // not from the C library's, where BlasKernel has set its OpenBLAS variables: set there, the child would
            // take them for the user's choice and keep float32 off the AVX-512 kernels.
            builder.environment();
            Process child = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop-window-jvm"));
            return OptionalInt.of(child.waitFor());
        } catch (IOException e) {
            return OptionalInt.empty(); // could not start a JVM: open the window here, with JavaFX's warning
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
    }

    /** The child's command line, or empty without JavaFX's graphics jar (then there is nothing to put right). */
    static Optional<List<String>> command(Path java, List<String> jvmOptions, String classPath, List<Path> javafx) {
        if (javafx.stream().noneMatch(p -> p.getFileName().toString().startsWith("javafx-graphics"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("--module-path");
        command.add(javafx.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add("--add-modules");
        command.add("javafx.controls");
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        return Optional.of(command);
    }

    /** JavaFX's jars among the class path's entries and the Class-Path manifests of its jars, as they exist. */
    static List<Path> javafxJars(String classPath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path);
            entries.addAll(manifestClassPath(path));
        }
        return entries.stream()
                .filter(p -> p.getFileName() != null)
                .filter(p -> p.getFileName().toString().startsWith("javafx-"))
                .filter(p -> p.getFileName().toString().endsWith(".jar"))
                .filter(Files::isRegularFile)
                .toList();
    }

    private static List<Path> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (value == null) {
                return List.of();
            }
            URI base = jar.toUri();
            List<Path> paths = new ArrayList<>();
            for (String relative : value.trim().split("\\s+")) {
                paths.add(Path.of(base.resolve(relative)));
            }
            return paths;
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // an unreadable jar or entry: the JVM ignores it too
        }
    }
}
