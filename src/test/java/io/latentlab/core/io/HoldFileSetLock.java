package io.latentlab.core.io;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Another process committing into a folder: holds its lock until a line arrives on stdin (for FileSetTest). */
public final class HoldFileSetLock {
    private HoldFileSetLock() {}

    public static void main(String[] args) throws Exception {
        Path lock = FileSet.lockFile(Path.of(args[0]));
        Files.createDirectories(lock.getParent());
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.lock();
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
    }
}
