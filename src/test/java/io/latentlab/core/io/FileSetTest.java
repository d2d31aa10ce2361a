package io.latentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {

    @TempDir
    Path dir;

    private static final List<String> FAMILY = List.of("a.txt", "b.txt", "c.txt");

    private static LinkedHashMap<String, FileSet.Content> files(String run, String... names) {
        LinkedHashMap<String, FileSet.Content> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, file -> Files.writeString(file, run));
        }
        return files;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewSetReplacesTheWholeOldOne() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "the user's own file");
        FileSet.replace(dir, FAMILY, files("first", "a.txt", "b.txt", "c.txt"));
        FileSet.replace(dir, FAMILY, files("second", "a.txt", "c.txt"));
        assertEquals(List.of("a.txt", "c.txt", "notes.md"), listing(), "b.txt of the first run must not stay");
        assertEquals("second", Files.readString(dir.resolve("a.txt")));
        assertEquals("the user's own file", Files.readString(dir.resolve("notes.md")));
    }

    @Test
    void aCommitWaitsForAnotherProcessCommittingIntoTheSameFolder() throws Exception {
        FileSet.replace(dir, FAMILY, files("first", "a.txt", "b.txt"));
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldFileSetLock.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            java.io.BufferedReader out =
                    new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()));
            java.util.concurrent.Future<String> line =
                    java.util.concurrent.Executors.newSingleThreadExecutor().submit(out::readLine);
            assertEquals(
                    "locked", line.get(60, java.util.concurrent.TimeUnit.SECONDS), "the other process holds the lock");
            java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                    new java.util.concurrent.atomic.AtomicReference<>();
            Thread commit = new Thread(() -> {
                try {
                    FileSet.replace(dir, FAMILY, files("second", "a.txt", "b.txt"));
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            commit.start();
            commit.join(500);
            assertTrue(commit.isAlive(), "the commit waits while the other process commits");
            assertEquals("first", Files.readString(dir.resolve("a.txt")));

            other.getOutputStream().write('\n');
            other.getOutputStream().flush();
            commit.join(20_000);
            assertFalse(commit.isAlive());
            assertEquals(null, failure.get(), "the commit went through once the lock was free");
            assertEquals("second", Files.readString(dir.resolve("a.txt")));
            assertEquals("second", Files.readString(dir.resolve("b.txt")));
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void aFailureLeavesThePreviousSetAndNoStagingAndNamesTheFile() throws IOException {
        FileSet.replace(dir, FAMILY, files("first", "a.txt", "b.txt"));
        LinkedHashMap<String, FileSet.Content> broken = files("second", "a.txt");
        broken.put("b.txt", file -> {
            throw new IOException("No space left on device");
        });
        IOException e = assertThrows(IOException.class, () -> FileSet.replace(dir, FAMILY, broken));
        assertEquals("cannot write " + dir.resolve("b.txt") + ": the disk is full", e.getMessage());
        assertEquals(List.of("a.txt", "b.txt"), listing());
        assertEquals("first", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void anUnwritableFolderIsRefusedBeforeAnyWork() throws IOException {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        IOException e = assertThrows(
                IOException.class, () -> FileSet.replace(file.resolve("out"), FAMILY, files("x", "a.txt")));
        assertTrue(e.getMessage().startsWith("cannot create output folder"), e.getMessage());
        assertFalse(Files.exists(file.resolve("out")));
    }
}
