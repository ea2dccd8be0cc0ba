package org.hotline.adapters.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries shipped on the class path (the zonky binaries jar), unpacked once into a directory
 * that later starts reuse. Unpacking is guarded by a file lock and marked complete only at its end, so two programs
 * starting at once, or a start killed halfway, never use a half-unpacked server.
 */
final class PostgresBinaries {

    static final String ARCHIVE = "/postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}. */
    static Path unpacked() throws IOException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || !System.getProperty("os.arch", "").matches("amd64|x86_64")) {
            throw new IOException("the embedded PostgreSQL runs on Linux x86-64 only; set HOTLINE_DB_URL to use an "
                    + "external PostgreSQL on " + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
        }
        long size;
        try (InputStream archive = open()) {
            size = archive.transferTo(java.io.OutputStream.nullOutputStream());
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "hotline-postgres-" + size);
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path lockFile = Path.of(target + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.exists(complete)) {
                return target;
            }
            deleteRecursively(target);
            Files.createDirectories(target);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(open())))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path destination = target.resolve(entry.getName()).normalize();
                    if (!destination.startsWith(target)) {
                        throw new IOException("the PostgreSQL archive has an entry outside its directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(destination);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(destination.getParent());
                        Files.createSymbolicLink(destination, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(destination.getParent());
                        Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(destination, permissions(entry.getMode()));
                    }
                }
            }
            Files.createFile(complete);
            return target;
        }
    }

    private static InputStream open() throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IOException("the PostgreSQL binaries (" + ARCHIVE + ") are not on the class path");
        }
        return archive;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(order[bit]);
            }
        }
        permissions.add(PosixFilePermission.OWNER_READ);
        return permissions;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
