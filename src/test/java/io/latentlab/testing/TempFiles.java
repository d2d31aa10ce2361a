package io.latentlab.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test input files. */
public final class TempFiles {
    private TempFiles() {}

    public static Path put(Path dir, String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }
}
