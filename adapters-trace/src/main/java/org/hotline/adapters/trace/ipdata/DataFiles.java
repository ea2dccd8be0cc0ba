package org.hotline.adapters.trace.ipdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotline.domain.Sha256;

/** What the data directory's files are: whether they changed, their digest, and the package they came in. */
final class DataFiles {

    /** Digits of a SHA-256 digest shown in a version: enough to tell two data sets apart. */
    static final int DIGEST_DIGITS = 12;
    private static final Pattern JSON_FIELD = Pattern.compile("\"(name|version)\"\\s*:\\s*\"([^\"]{1,200})\"");

    private DataFiles() {
    }

    /**
     * What a set of files is at the moment: the file each path leads to (through links), its size and its time of
     * change. A different stamp means the files changed; a missing file is part of the stamp.
     */
    record Stamp(List<String> files) {
        static Stamp of(List<Path> paths) {
            return new Stamp(paths.stream().map(DataFiles::describe).toList());
        }
    }

    private static String describe(Path path) {
        try {
            Path real = path.toRealPath();
            return real + " " + Files.size(real) + " " + Files.getLastModifiedTime(real).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (NoSuchFileException e) {
            return path + " missing";
        } catch (IOException e) {
            return path + " unreadable " + e.getMessage();
        }
    }

    static MessageDigest sha256() {
        return Sha256.newDigest();
    }

    static String shortDigest(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, DIGEST_DIGITS);
    }

    static String shortDigest(byte[] content) {
        MessageDigest digest = sha256();
        digest.update(content);
        return shortDigest(digest);
    }

    /** The npm package a directory was unpacked from: its name and version in package.json, when it has one. */
    record Package(String name, String version) {
        static Optional<Package> in(Path directory) {
            Path manifest = directory.resolve("package.json");
            if (!Files.isRegularFile(manifest)) {
                return Optional.empty();
            }
            try {
                String text = Files.readString(manifest, StandardCharsets.UTF_8);
                String name = null;
                String version = null;
                Matcher field = JSON_FIELD.matcher(text);
                while (field.find()) {
                    if (field.group(1).equals("name") && name == null) {
                        name = field.group(2);
                    } else if (field.group(1).equals("version") && version == null) {
                        version = field.group(2);
                    }
                }
                return name == null || version == null ? Optional.empty() : Optional.of(new Package(name, version));
            } catch (IOException | java.io.UncheckedIOException e) {
                return Optional.empty();
            }
        }
    }
}
