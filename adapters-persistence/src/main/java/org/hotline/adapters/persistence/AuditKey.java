package org.hotline.adapters.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that seals audit records: 32 random bytes that the database never holds. It is kept in the file
 * {@value #FILE} of the program's data directory, readable by the program's user alone (made at the first start), or
 * given by the operator in {@code HOTLINE_AUDIT_KEY} (64 hexadecimal characters), which several instances on one
 * database must share. Whoever holds the key can seal records; keep it out of the database's backups and hosts.
 */
public final class AuditKey {

    public static final String FILE = "audit.key";
    static final int BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] secret;

    private AuditKey(byte[] secret) {
        if (secret.length != BYTES) {
            throw new IllegalArgumentException("an audit key has " + BYTES + " bytes");
        }
        this.secret = secret.clone();
    }

    /**
     * The key given by the operator, or else the one kept in the data directory, made there when there is none yet.
     *
     * @param given the key from the environment, as 64 hexadecimal characters, if the operator gave one
     */
    public static AuditKey load(Optional<String> given, Path dataDirectory) throws IOException {
        if (given.isPresent()) {
            return new AuditKey(parse(given.get(), "HOTLINE_AUDIT_KEY"));
        }
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            create(file);
        }
        return new AuditKey(read(file));
    }

    /** Whether text is a key as the operator gives one: 64 hexadecimal characters. */
    public static boolean wellFormed(String text) {
        return text != null && text.strip().matches("[0-9a-fA-F]{" + (2 * BYTES) + "}");
    }

    byte[] secret() {
        return secret.clone();
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        // Written whole beside it, then moved into place: the file is never seen half-written.
        Path written = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".new",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(written, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(written, file);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            Files.delete(written);
            return;
        }
        LOG.atWarn().addKeyValue("file", file.toAbsolutePath())
                .log("a new key now seals the audit trail; back this file up apart from the database, and keep it private");
    }

    private static byte[] read(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            LOG.atWarn().addKeyValue("file", file.toAbsolutePath()).addKeyValue("was", PosixFilePermissions.toString(permissions))
                    .log("the audit key could be read by others; it is now readable by this user alone");
        }
        return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    private static byte[] parse(String text, String source) {
        if (!wellFormed(text)) {
            throw new IllegalArgumentException(source + " must hold an audit key of " + (2 * BYTES)
                    + " hexadecimal characters");
        }
        return HexFormat.of().parseHex(text.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
