package org.hotline.adapters.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The embedded server's rules for who may connect ({@code pg_hba.conf}): earlier versions trusted every local
 * connection; now every connection proves a password with SCRAM-SHA-256.
 */
final class HostAuthentication {

    static final String FILE = "pg_hba.conf";

    private static final List<String> SCRAM_ONLY = List.of(
            "# Written by the hotline program: every connection proves a password (SCRAM-SHA-256). The server listens",
            "# on loopback only; the passwords are in hotline.credentials, readable by the program's user alone.",
            "local   all          all                  scram-sha-256",
            "host    all          all   127.0.0.1/32   scram-sha-256",
            "host    all          all   ::1/128        scram-sha-256",
            "local   replication  all                  scram-sha-256",
            "host    replication  all   127.0.0.1/32   scram-sha-256",
            "host    replication  all   ::1/128        scram-sha-256");

    private HostAuthentication() {
    }

    /** Whether any rule lets a connection in without a password. */
    static boolean trustsAnyone(Path dataDirectory) throws IOException {
        for (String line : Files.readAllLines(dataDirectory.resolve(FILE), StandardCharsets.UTF_8)) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            String[] fields = rule.split("\\s+");
            // local DATABASE USER METHOD, or host... DATABASE USER ADDRESS METHOD (an address may take two fields).
            int method = fields[0].equals("local") ? 3 : fields.length > 5 && fields[4].matches("[0-9.]+") ? 5 : 4;
            if (fields.length > method && fields[method].toLowerCase(Locale.ROOT).equals("trust")) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the rules with SCRAM for everyone; the server reads them again on reload. */
    static void requireScram(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        Path written = dataDirectory.resolve(FILE + ".new");
        Files.write(written, SCRAM_ONLY, StandardCharsets.UTF_8);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
