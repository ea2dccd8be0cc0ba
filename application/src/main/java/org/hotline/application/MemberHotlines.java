package org.hotline.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.vavr.control.Either;
import org.hotline.domain.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The countries with a member hotline of the network, until the exchange says so itself: a built-in list, replaced by
 * {@code member-hotlines.txt} in the IP data directory where an administrator put one (read again when it changes). A
 * list that cannot be read leaves the last good one in use, with the line numbers of what was wrong.
 */
final class MemberHotlines {

    static final String FILE = "member-hotlines.txt";
    private static final Logger LOG = LoggerFactory.getLogger(MemberHotlines.class);

    private final Path local;
    private volatile Set<CountryCode> members;
    private volatile long localModified = Long.MIN_VALUE;

    MemberHotlines(Path ipDataDirectory) {
        this.local = Objects.requireNonNull(ipDataDirectory, "ipDataDirectory").resolve(FILE);
        this.members = parse(builtIn(), "the built-in list").getOrElseThrow((String problem) -> new IllegalStateException(problem));
        refresh();
    }

    boolean has(CountryCode country) {
        return members.contains(country);
    }

    int size() {
        return members.size();
    }

    /** Reads the administrator's list again when it changed (or appeared, or went: the built-in list again). */
    synchronized void refresh() {
        long modified = modifiedTime();
        if (modified == localModified) {
            return;
        }
        localModified = modified;
        boolean builtIn = modified == Long.MIN_VALUE;
        String name = builtIn ? "the built-in list" : local.toString();
        Either<String, Set<CountryCode>> loaded = builtIn ? parse(builtIn(), name) : readLocal().flatMap(text -> parse(text, name));
        loaded.peek(found -> {
            members = found;
            LOG.atInfo().addKeyValue("countries", found.size()).addKeyValue("from", name).log("member hotlines");
        }).orElseRun(problem -> LOG.atWarn().log("member hotlines: " + problem + "; the list in use stays"));
    }

    /** The countries of a list, or every line that is not one (by number). */
    static Either<String, Set<CountryCode>> parse(String text, String source) {
        Set<CountryCode> found = new HashSet<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String code = line.split("\\s+", 2)[0];
            if (code.matches("[A-Z]{2}")) {
                found.add(new CountryCode(code));
            } else {
                problems.add("line " + (i + 1) + " ('" + code + "') is not a two-letter country code in capitals");
            }
        }
        return problems.isEmpty() ? Either.right(Set.copyOf(found)) : Either.left(source + ": " + String.join("; ", problems));
    }

    private long modifiedTime() {
        try {
            return Files.isRegularFile(local) ? Files.getLastModifiedTime(local).toMillis() : Long.MIN_VALUE;
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private Either<String, String> readLocal() {
        try {
            return Either.right(Files.readString(local, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Either.left(local + " could not be read: " + e.getMessage());
        }
    }

    private static String builtIn() {
        try (InputStream in = MemberHotlines.class.getResourceAsStream(FILE)) {
            return new String(Objects.requireNonNull(in, "the built-in member list").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
