package org.hotline.application;

import java.nio.file.Path;
import java.util.Map;

/**
 * Configurations for tests: the program on a free loopback port, with an embedded database in a given directory,
 * under Belgian law unless the test says otherwise (the test class path holds several law adapters, so the program
 * would otherwise refuse to choose).
 */
final class TestConfigurations {

    private TestConfigurations() {
    }

    /** The settings of notices sent, without TLS, to a mail server the test runs on this machine's port. */
    static Map<String, String> mailServerAt(int port) {
        return Map.of("HOTLINE_SMTP_HOST", "127.0.0.1", "HOTLINE_SMTP_PORT", Integer.toString(port),
                "HOTLINE_SMTP_TLS", "none", "HOTLINE_NOTICE_FROM", "Example Hotline <notices@hotline.example>");
    }

    /** The program's notice sender over that mail server, with the bundled templates. */
    static org.hotline.domain.notice.SendNotice noticesTo(int port) {
        return new org.hotline.adapters.mail.SmtpNoticeSender(org.hotline.adapters.mail.MailSettings.read(
                mailServerAt(port)).get().get(), org.hotline.adapters.mail.NoticeTemplates.bundled());
    }

    static Configuration embeddedIn(Path data) {
        return embeddedIn(data, Map.of());
    }

    static Configuration embeddedIn(Path data, Map<String, String> more) {
        var environment = new java.util.HashMap<String, String>();
        environment.put("HOTLINE_DATA_DIR", data.toString());
        environment.put("HOTLINE_DB_POOL_SIZE", "4");
        environment.put("HOTLINE_JURISDICTION", "BE");
        // Tests report addresses such as example.org: no capture leaves loopback unless a test starts the workers.
        environment.put("HOTLINE_CAPTURE_WORKERS", "0");
        // Nor does any question to RDAP: a test that wants one starts a loopback registry and names it.
        environment.put("HOTLINE_RDAP_BOOTSTRAP", "off");
        environment.putAll(more);
        Configuration read = Configuration.read(environment).configuration().orElseThrow();
        // Port 0: the system picks a free port, so tests never collide.
        return read.withPort(0);
    }
}
