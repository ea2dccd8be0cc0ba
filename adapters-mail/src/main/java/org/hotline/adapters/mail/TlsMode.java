package org.hotline.adapters.mail;

import java.util.Locale;

import io.vavr.control.Option;

/** How the connection to the mail server is protected. */
public enum TlsMode {
    /** Plain connection upgraded with {@code STARTTLS}, which the server must offer (port 587). */
    STARTTLS(587),
    /** TLS from the first byte, "implicit TLS" (port 465). */
    TLS(465),
    /** No encryption: only for a relay on this machine, such as a local MTA or a test server. */
    NONE(25);

    private final int defaultPort;

    TlsMode(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    static Option<TlsMode> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "starttls" -> Option.some(STARTTLS);
            case "tls", "ssl", "smtps" -> Option.some(TLS);
            case "none" -> Option.some(NONE);
            default -> Option.none();
        };
    }
}
