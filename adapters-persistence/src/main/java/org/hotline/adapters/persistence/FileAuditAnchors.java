package org.hotline.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vavr.control.Option;
import org.hotline.domain.audit.AuditAnchor;
import org.hotline.domain.audit.AuditAnchors;
import org.hotline.domain.audit.AuditHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anchor of the audit trail in the file {@value #FILE} of the program's data directory, outside the database:
 * the sequence and hash of the last record the program committed, from which record on every record is sealed, and a
 * MAC under the audit key over both. It is replaced whole after every record the program commits, and only ever
 * moves forward. The program also writes the anchor to its log at most once a minute, and when it stops, so that a
 * log kept elsewhere holds a copy too.
 */
public final class FileAuditAnchors implements AuditAnchors, AutoCloseable {

    public static final String FILE = "audit.anchor";
    static final String FORMAT = "hotline-audit-anchor-1";
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(FileAuditAnchors.class);

    private final Path file;
    private final HmacAuditSeal mac;
    private AuditAnchor latest;
    private AuditAnchor logged;
    private long loggedAtNanos;

    private FileAuditAnchors(Path file, HmacAuditSeal mac) {
        this.file = file;
        this.mac = mac;
    }

    /** The anchors kept in the data directory, vouched for by the audit key's MAC. */
    public static FileAuditAnchors in(Path dataDirectory, HmacAuditSeal mac) {
        return new FileAuditAnchors(dataDirectory.resolve(FILE), mac);
    }

    /** The anchor as the file holds it; refuses a file the key does not vouch for. */
    @Override
    public synchronized Option<AuditAnchor> latest() {
        if (latest == null && Files.exists(file)) {
            latest = read();
        }
        return Option.of(latest);
    }

    @Override
    public synchronized void begin(AuditHead current) {
        if (latest().isEmpty()) {
            write(new AuditAnchor(current, current.sequence() + 1));
            LOG.atInfo().addKeyValue("file", file.toAbsolutePath()).addKeyValue("sequence", current.sequence())
                    .addKeyValue("sealedFrom", current.sequence() + 1).log("the audit trail is anchored outside the database");
        }
    }

    @Override
    public synchronized void advance(AuditHead head) {
        Option<AuditAnchor> before = latest();
        if (before.exists(anchor -> anchor.head().sequence() >= head.sequence())) {
            return;
        }
        write(new AuditAnchor(head, before.map(AuditAnchor::sealedFrom).getOrElse(head.sequence())));
        if (logged == null || System.nanoTime() - loggedAtNanos >= LOG_EVERY.toNanos()) {
            logAnchor();
        }
    }

    /**
     * Starts again from a trail restored from a backup, whose end lies before the anchor: the old anchor is kept beside
     * the new one under another name, and the log says so.
     */
    public synchronized void restart(AuditHead restored) {
        Option<AuditAnchor> before = latest();
        if (before.isDefined()) {
            try {
                Files.move(file, file.resolveSibling(FILE + ".before-restore-" + Instant.now().toEpochMilli()),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("the old audit anchor could not be set aside: " + e.getMessage(), e);
            }
        }
        latest = null;
        write(new AuditAnchor(restored, before.map(AuditAnchor::sealedFrom).getOrElse(restored.sequence() + 1)));
        LOG.atWarn().addKeyValue("sequence", restored.sequence())
                .addKeyValue("previousSequence", before.map(a -> a.head().sequence()).getOrNull())
                .log("the audit trail was restored from a backup; its anchor starts again at the restored end");
    }

    /** Writes the anchor to the log once more, so that the log's last word on it is the latest. */
    @Override
    public synchronized void close() {
        if (latest != null && latest != logged) {
            logAnchor();
        }
    }

    private void logAnchor() {
        LOG.atInfo().addKeyValue("sequence", latest.head().sequence()).addKeyValue("hash", latest.head().hash())
                .log("audit trail anchor");
        logged = latest;
        loggedAtNanos = System.nanoTime();
    }

    private void write(AuditAnchor anchor) {
        Map<String, String> fields = fieldsOf(anchor);
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        text.append("mac=").append(mac.mac(signed(fields))).append('\n');
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(FILE + ".new");
            Files.deleteIfExists(written);
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.US_ASCII.encode(text.toString()));
                channel.force(true);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit anchor could not be written to " + file + ": " + e.getMessage(), e);
        }
        latest = anchor;
    }

    private AuditAnchor read() {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the audit anchor could not be read from " + file + ": " + e.getMessage(), e);
        }
        String given = fields.remove("mac");
        try {
            AuditAnchor anchor = new AuditAnchor(new AuditHead(Long.parseLong(fields.get("sequence")), fields.get("hash")),
                    Long.parseLong(fields.get("sealed-from")));
            if (FORMAT.equals(fields.get("format")) && given != null && given.equals(mac.mac(signed(fieldsOf(anchor))))) {
                return anchor;
            }
        } catch (RuntimeException unreadable) {
            // refused below
        }
        throw new IllegalStateException("the audit anchor " + file + " is not one this program wrote under its key");
    }

    private static Map<String, String> fieldsOf(AuditAnchor anchor) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("sequence", Long.toString(anchor.head().sequence()));
        fields.put("hash", anchor.head().hash());
        fields.put("sealed-from", Long.toString(anchor.sealedFrom()));
        return fields;
    }

    private static String signed(Map<String, String> fields) {
        return String.join("|", fields.values());
    }
}
