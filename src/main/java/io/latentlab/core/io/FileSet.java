package io.latentlab.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces a set of files in a folder as one transaction: every new file is written into a hidden staging folder
 * first, and only when all of them are complete do they replace the old set (old files of the set that the new
 * run does not write are removed, so a folder never mixes two runs). A failure while writing leaves the old set
 * untouched and no staging folder behind. On SIGTERM or Ctrl-C a shutdown hook waits for a replacement in
 * progress to finish (milliseconds: renames only) and removes unfinished staging folders, so the folder holds
 * either the previous complete set or the new one.
 */
public final class FileSet {

    /** Writes one file of the set to the given path (inside the staging folder). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private static final Object COMMIT = new Object();
    /** Tests only: a pause after each file, so a test can send a signal while a set is half written. */
    private static final long TEST_DELAY_MILLIS = Long.getLong("latentlab.fileset.delayMillis", 0);

    private static final Set<Path> OPEN_STAGING = ConcurrentHashMap.newKeySet();
    private static volatile boolean shuttingDown;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(FileSet::abandonAll, "latent-lab-file-set-cleanup"));
        } catch (IllegalStateException e) {
            // First used while shutting down: a run interrupted in training writes its results; nothing to abandon.
        }
    }

    private final Path dir;
    private final List<String> family;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();

    /**
     * @param family every name a set may contain; those the new set lacks are removed when it is committed
     */
    private FileSet(Path dir, List<String> family) throws IOException {
        this.dir = dir;
        this.family = List.copyOf(family);
        AtomicFiles.ensureWritableDirectory(dir);
        this.staging = Files.createTempDirectory(dir, ".latent-lab-staging-");
        OPEN_STAGING.add(staging);
    }

    /**
     * Writes {@code files} (name → content, in order) into {@code dir} as one set. A failure names the file and
     * leaves the previous set as it was.
     */
    public static void replace(Path dir, List<String> family, java.util.LinkedHashMap<String, Content> files)
            throws IOException {
        FileSet set = new FileSet(dir, family);
        try {
            for (var entry : files.entrySet()) {
                set.stage(entry.getKey(), entry.getValue());
            }
            set.commit();
        } finally {
            set.discardStaging();
        }
    }

    private void stage(String name, Content content) throws IOException {
        if (shuttingDown) {
            throw new IOException("stopped before " + dir.resolve(name) + " was written");
        }
        try {
            content.writeTo(staging.resolve(name));
        } catch (IOException e) {
            throw new IOException("cannot write " + dir.resolve(name) + ": " + reason(e), e);
        }
        staged.add(name);
        pauseForTests();
    }

    private static void pauseForTests() {
        if (TEST_DELAY_MILLIS > 0) {
            try {
                Thread.sleep(TEST_DELAY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Replaces the folder's set with the staged one, once no other commit into the folder is under way. */
    private void commit() throws IOException {
        // The file lock orders the commits of two processes writing one folder, COMMIT those of this process. The
        // lock is taken first and outside COMMIT, so the shutdown hook (which takes COMMIT) is never kept waiting.
        try (java.nio.channels.FileChannel lockFile = openLock()) {
            awaitLock(lockFile);
            synchronized (COMMIT) {
                if (shuttingDown) {
                    throw stopped();
                }
                replace();
            }
        }
    }

    private IOException stopped() {
        return new IOException("stopped before the results were moved into " + dir);
    }

    /** How long a commit waits for another process's; its own takes milliseconds (renames only). */
    static final long LOCK_WAIT_MILLIS = 30_000;

    /**
     * Takes the folder's lock (released when {@code lockFile} closes), polling so that a shutdown or a stuck holder
     * cannot keep this process waiting for ever; without a lock file, or where the file system has no locks,
     * only this process's commits are ordered.
     */
    private void awaitLock(java.nio.channels.FileChannel lockFile) throws IOException {
        if (lockFile == null) {
            return;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(LOCK_WAIT_MILLIS);
        while (true) {
            try {
                if (lockFile.tryLock() != null) {
                    return;
                }
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // Another thread of this process holds it: wait for it like for another process.
            } catch (IOException e) {
                return; // no locks here (some network file systems)
            }
            if (shuttingDown) {
                throw stopped();
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another process has been writing into " + dir + " for " + LOCK_WAIT_MILLIS / 1000
                        + " s; the results were not moved in");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to move the results into " + dir, e);
            }
        }
    }

    /**
     * The folder's lock file, kept in the temporary folder rather than among the results (which hold exactly the
     * run's files), or null where none can be had: then only this process's commits are ordered.
     */
    private java.nio.channels.FileChannel openLock() {
        try {
            Path lock = lockFile(dir);
            Files.createDirectories(lock.getParent());
            // Left in place: deleting it would let a third process lock a different file.
            return java.nio.channels.FileChannel.open(
                    lock, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Where the lock of commits into {@code dir} lives: one file per folder, named by a hash of its real path. */
    static Path lockFile(Path dir) throws IOException {
        byte[] name = dir.toRealPath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            String key = java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(name))
                    .substring(0, 32);
            // Per user: a folder another user created first would refuse this one's lock files.
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            return Path.of(System.getProperty("java.io.tmpdir"), "latent-lab-locks-" + user, key + ".lock");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Moves the old set aside, the new one in, then drops the old; on a failure the old set is put back. */
    private void replace() throws IOException {
        Path previous = Files.createTempDirectory(dir, ".latent-lab-previous-");
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String name : family) {
                if (Files.exists(dir.resolve(name))) {
                    move(dir.resolve(name), previous.resolve(name));
                    movedAside.add(name);
                }
            }
            for (String name : staged) {
                move(staging.resolve(name), dir.resolve(name));
                movedIn.add(name);
                pauseForTests();
            }
        } catch (IOException e) {
            for (String name : movedIn) {
                Files.deleteIfExists(dir.resolve(name));
            }
            for (String name : movedAside) {
                move(previous.resolve(name), dir.resolve(name));
            }
            throw new IOException("cannot move the results into " + dir + ": " + reason(e), e);
        } finally {
            deleteTree(previous);
        }
    }

    private void discardStaging() {
        OPEN_STAGING.remove(staging);
        deleteTree(staging);
    }

    /** The shutdown hook: let a replacement in progress finish, then refuse new ones and clear the staging. */
    private static void abandonAll() {
        ShutdownGrace.awaitAll(); // a run stopped while training writes its results first
        synchronized (COMMIT) {
            shuttingDown = true;
        }
        for (Path p : OPEN_STAGING) {
            deleteTree(p);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                if (Files.isDirectory(child)) {
                    deleteTree(child);
                } else {
                    Files.deleteIfExists(child);
                }
            }
            Files.deleteIfExists(root);
        } catch (IOException e) {
            // Best effort: a leftover hidden folder must not hide the error that brought us here.
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (m != null && m.contains("No space left on device")) {
            return "the disk is full";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
