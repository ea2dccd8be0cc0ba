package org.hotline.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.vavr.control.Option;
import org.hotline.domain.contact.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSettingsTest {

    @Test
    void without_a_mail_server_no_notices_go_by_e_mail() {
        assertThat(MailSettings.read(Map.of()).get()).isEmpty();
    }

    @Test
    void the_defaults_are_starttls_on_port_587_without_login_and_replies_to_the_sender() {
        MailSettings settings = MailSettings.read(Map.of("HOTLINE_SMTP_HOST", "smtp.example.org",
                "HOTLINE_NOTICE_FROM", "notices@hotline.example")).get().get();

        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.tls()).isEqualTo(TlsMode.STARTTLS);
        assertThat(settings.user()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.from()).isEqualTo(new Sender(Option.none(), EmailAddress.of("notices@hotline.example")));
        assertThat(settings.from().signature()).isEqualTo("notices@hotline.example");
        assertThat(settings.replyTo()).isEqualTo(EmailAddress.of("notices@hotline.example"));
        assertThat(MailSettings.read(Map.of("HOTLINE_SMTP_HOST", "smtp.example.org", "HOTLINE_SMTP_TLS", "TLS",
                "HOTLINE_NOTICE_FROM", "notices@hotline.example")).get().get().port()).isEqualTo(465);
        assertThat(MailSettings.read(Map.of("HOTLINE_SMTP_HOST", "localhost", "HOTLINE_SMTP_TLS", "none",
                "HOTLINE_NOTICE_FROM", "notices@hotline.example")).get().get().port()).isEqualTo(25);
    }

    @Test
    void every_variable_is_read(@TempDir Path templates) {
        MailSettings settings = MailSettings.read(Map.of(
                "HOTLINE_SMTP_HOST", "smtp.example.org",
                "HOTLINE_SMTP_PORT", "2525",
                "HOTLINE_SMTP_TLS", "tls",
                "HOTLINE_SMTP_USER", "hotline",
                "HOTLINE_SMTP_PASSWORD", " s3cret ",
                "HOTLINE_SMTP_TIMEOUT_SECONDS", "12",
                "HOTLINE_NOTICE_FROM", "\"Example Hotline\" <Notices@Hotline.example>",
                "HOTLINE_NOTICE_REPLY_TO", "ntd@hotline.example",
                "HOTLINE_NOTICE_TEMPLATES_DIR", templates.toString())).get().get();

        assertThat(settings).isEqualTo(new MailSettings("smtp.example.org", 2525, TlsMode.TLS, Option.some("hotline"),
                Option.some(" s3cret "), Duration.ofSeconds(12),
                new Sender(Option.some("Example Hotline"), EmailAddress.of("Notices@hotline.example")),
                EmailAddress.of("ntd@hotline.example"), Option.some(templates)));
        assertThat(settings.from().signature()).isEqualTo("Example Hotline");
        assertThat(settings.describe()).contains("smtp.example.org:2525 tls", "login hotline", "Example Hotline <Notices@hotline.example>")
                .doesNotContain("s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
        for (org.hotline.domain.SettingsReader.Variable variable : MailSettings.VARIABLES) {
            assertThat(variable.name()).matches("HOTLINE_(SMTP|NOTICE)_[A-Z_]+");
        }
    }

    @Test
    void every_wrong_variable_is_named_at_once(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("file.txt"), "");
        var problems = MailSettings.read(Map.of(
                "HOTLINE_SMTP_HOST", "smtp.example.org",
                "HOTLINE_SMTP_PORT", "70000",
                "HOTLINE_SMTP_TLS", "maybe",
                "HOTLINE_SMTP_USER", "hotline",
                "HOTLINE_SMTP_TIMEOUT_SECONDS", "soon",
                "HOTLINE_NOTICE_FROM", "Example Hotline <notices>",
                "HOTLINE_NOTICE_REPLY_TO", "reply",
                "HOTLINE_NOTICE_TEMPLATES_DIR", file.toString())).getLeft();

        assertThat(problems.mkString("\n")).contains(
                "HOTLINE_SMTP_PORT must be between 1 and 65535, not 70000.",
                "HOTLINE_SMTP_TLS must be starttls, tls or none, not 'maybe'.",
                "HOTLINE_SMTP_PASSWORD must be set with HOTLINE_SMTP_USER.",
                "HOTLINE_SMTP_TIMEOUT_SECONDS must be a whole number, not 'soon'.",
                "HOTLINE_NOTICE_FROM must be Name <address> or an address: 'notices' is not an e-mail address",
                "HOTLINE_NOTICE_REPLY_TO must be an e-mail address",
                "HOTLINE_NOTICE_TEMPLATES_DIR must name a directory");
        assertThat(problems).hasSize(7);
    }

    @Test
    void the_sender_is_required_with_a_mail_server_and_a_mail_server_with_the_other_settings() {
        assertThat(MailSettings.read(Map.of("HOTLINE_SMTP_HOST", "smtp.example.org")).getLeft())
                .containsExactly("HOTLINE_NOTICE_FROM is required when HOTLINE_SMTP_HOST is set: the address notices come from.");
        assertThat(MailSettings.read(Map.of("HOTLINE_NOTICE_FROM", "notices@hotline.example", "HOTLINE_SMTP_PORT", "25")).getLeft())
                .containsExactlyInAnyOrder(
                        "HOTLINE_NOTICE_FROM is set, but HOTLINE_SMTP_HOST is not: set the mail server too.",
                        "HOTLINE_SMTP_PORT is set, but HOTLINE_SMTP_HOST is not: set the mail server too.");
        assertThat(MailSettings.read(Map.of("HOTLINE_SMTP_HOST", "smtp.example.org", "HOTLINE_SMTP_PASSWORD", "x",
                "HOTLINE_NOTICE_FROM", "notices@hotline.example")).getLeft())
                .containsExactly("HOTLINE_SMTP_USER must be set with HOTLINE_SMTP_PASSWORD.");
    }

    @Test
    void mail_goes_unencrypted_only_to_a_server_on_loopback() {
        for (String host : new String[] {"localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"}) {
            assertThat(MailSettings.read(Map.of("HOTLINE_SMTP_HOST", host, "HOTLINE_SMTP_TLS", "none",
                    "HOTLINE_NOTICE_FROM", "notices@hotline.example")).isRight()).as(host).isTrue();
        }
        assertThat(MailSettings.read(Map.of("HOTLINE_SMTP_HOST", "smtp.example.org", "HOTLINE_SMTP_TLS", "none",
                "HOTLINE_NOTICE_FROM", "notices@hotline.example")).getLeft().head())
                .contains("HOTLINE_SMTP_TLS may be none only for a mail server on loopback");
        assertThatThrownBy(() -> new MailSettings("10.0.0.1", 25, TlsMode.NONE, Option.none(), Option.none(),
                Duration.ofSeconds(1), new Sender(Option.none(), EmailAddress.of("a@hotline.example")),
                EmailAddress.of("a@hotline.example"), Option.none())).hasMessageContaining("only sent over TLS");
    }

    @Test
    void a_sender_is_read_with_or_without_a_name() {
        assertThat(Sender.parse("Example Hotline <notices@hotline.example>").get().toString())
                .isEqualTo("Example Hotline <notices@hotline.example>");
        assertThat(Sender.parse("<notices@hotline.example>").get().name()).isEmpty();
        assertThat(Sender.parse("Example Hotline <notices@hotline.example").getLeft()).contains("ends with >");
    }
}
