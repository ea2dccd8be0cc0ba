package org.hotline.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hotline.domain.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Law adapters a hotline adds without rebuilding the program: the jars in {@code HOTLINE_PLUGINS_DIR}, loaded beside
 * the adapters built in, and found by the same {@link java.util.ServiceLoader}. A plug-in runs with the program's
 * rights, so the directory and its jars must not be writable by anyone but their owner; each jar is logged with its
 * SHA-256 at start, so that an operator can tell which code judged the cases.
 */
final class Plugins {

    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    /** A jar found in the plug-in directory, and its SHA-256. */
    record Plugin(Path jar, String sha256) {
    }

    private Plugins() {
    }

    /**
     * The class loader that sees the built-in adapters and those in the directory; the built-in ones alone when no
     * directory is configured.
     *
     * @throws IllegalStateException when the directory or a jar in it may be written by others than its owner
     */
    static ClassLoader loader(Optional<Path> directory, ClassLoader builtIn) {
        if (directory.isEmpty()) {
            return builtIn;
        }
        List<Plugin> plugins = in(directory.get());
        if (plugins.isEmpty()) {
            LOG.atWarn().addKeyValue("directory", directory.get()).log("the plug-in directory holds no jar");
        }
        for (Plugin plugin : plugins) {
            LOG.atInfo().addKeyValue("jar", plugin.jar()).addKeyValue("sha256", plugin.sha256()).log("plug-in loaded");
        }
        URL[] urls = plugins.stream().map(plugin -> url(plugin.jar())).toArray(URL[]::new);
        return new URLClassLoader("hotline-plugins", urls, builtIn);
    }

    /** The jars in the directory, in name order, each checked and fingerprinted. */
    static List<Plugin> in(Path directory) {
        refuseIfOthersMayWrite(directory);
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path))
                    .sorted()
                    .peek(Plugins::refuseIfOthersMayWrite)
                    .map(jar -> new Plugin(jar, sha256(jar)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the plug-in directory " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void refuseIfOthersMayWrite(Path path) {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        try {
            var permissions = posix.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.OTHERS_WRITE) || permissions.contains(PosixFilePermission.GROUP_WRITE)) {
                throw new IllegalStateException("HOTLINE_PLUGINS_DIR: " + path + " may be written by others than its"
                        + " owner, and a plug-in runs with the program's rights. Make it writable by its owner alone"
                        + " (chmod go-w).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the permissions of " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path jar) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(jar), Sha256.newDigest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("the plug-in " + jar + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the plug-in " + jar + " has no URL: " + e.getMessage(), e);
        }
    }
}
