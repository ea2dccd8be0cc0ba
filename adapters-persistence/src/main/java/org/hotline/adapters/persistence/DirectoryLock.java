package org.hotline.adapters.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held by the one program that uses it. The operating system releases it
 * when the program ends, however it ends, so a lock that can be taken means nobody is using the directory.
 */
final class DirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code directory} through the file {@code <directory>.lock} beside it (PostgreSQL wants its own directory to itself). */
    static DirectoryLock acquire(Path directory) throws IOException {
        Path file = directory.resolveSibling(directory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException alreadyHeldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another hotline program is using the database directory " + directory
                    + "; stop it first (commands that need the database run while the program is stopped, or against "
                    + "an external database)");
        }
        return new DirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
