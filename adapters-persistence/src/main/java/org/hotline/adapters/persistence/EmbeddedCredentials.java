package org.hotline.adapters.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles, kept in the file {@value #FILE} of its data directory,
 * readable by the program's user alone. Every connection to the server proves one of them (SCRAM-SHA-256); none
 * reaches the log.
 *
 * <ul>
 *   <li>{@value #SUPERUSER}, the superuser: used only at start to keep the roles and the database as they should be;</li>
 *   <li>{@value #OWNER}, which owns the schema: migrations, restores, and the operator's {@code psql} when a change
 *       by hand is needed;</li>
 *   <li>{@value #APPLICATION}, which the running program uses: it reads and writes rows, and can neither change the
 *       schema, nor lift the audit trail's rules, nor run programs or read files on the server.</li>
 * </ul>
 */
public final class EmbeddedCredentials {

    public static final String FILE = "hotline.credentials";
    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "hotline_owner";
    public static final String APPLICATION = "hotline_app";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;

    private final String superuserPassword;
    private final String ownerPassword;
    private final String applicationPassword;

    private EmbeddedCredentials(String superuserPassword, String ownerPassword, String applicationPassword) {
        this.superuserPassword = Objects.requireNonNull(superuserPassword, "superuserPassword");
        this.ownerPassword = Objects.requireNonNull(ownerPassword, "ownerPassword");
        this.applicationPassword = Objects.requireNonNull(applicationPassword, "applicationPassword");
        for (String password : new String[] {superuserPassword, ownerPassword, applicationPassword}) {
            if (!password.matches("[A-Za-z0-9]{" + LENGTH + "}")) {
                throw new IllegalArgumentException("a password of the embedded database has " + LENGTH + " letters and digits");
            }
        }
    }

    /** New random passwords, for a new data directory or one made by an earlier version that trusted every connection. */
    static EmbeddedCredentials generate() {
        SecureRandom random = new SecureRandom();
        return new EmbeddedCredentials(password(random), password(random), password(random));
    }

    /** The passwords kept in a data directory of the embedded database. */
    public static EmbeddedCredentials readFrom(Path dataDirectory) throws IOException {
        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(dataDirectory.resolve(FILE), StandardCharsets.UTF_8)) {
            kept.load(in);
        }
        return new EmbeddedCredentials(kept.getProperty(SUPERUSER + ".password", ""),
                kept.getProperty(OWNER + ".password", ""), kept.getProperty(APPLICATION + ".password", ""));
    }

    static boolean keptIn(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(FILE));
    }

    /** Writes the passwords into the data directory, readable by this user alone, replacing the file whole. */
    void saveIn(Path dataDirectory) throws IOException {
        Properties kept = new Properties();
        kept.setProperty(SUPERUSER + ".password", superuserPassword);
        kept.setProperty(OWNER + ".password", ownerPassword);
        kept.setProperty(APPLICATION + ".password", applicationPassword);
        Path file = dataDirectory.resolve(FILE);
        Path written = dataDirectory.resolve(FILE + ".new");
        Files.deleteIfExists(written);
        Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            kept.store(out, "Passwords of the embedded PostgreSQL's roles (SCRAM). Keep this file to this user alone.\n"
                    + " psql: PGPASSWORD=<" + OWNER + ".password> psql -h localhost -p <HOTLINE_DB_PORT> -U " + OWNER
                    + " hotline");
        }
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public String superuserPassword() {
        return superuserPassword;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public String applicationPassword() {
        return applicationPassword;
    }

    /** Never a password. */
    @Override
    public String toString() {
        return "EmbeddedCredentials[" + SUPERUSER + ", " + OWNER + ", " + APPLICATION + "]";
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
