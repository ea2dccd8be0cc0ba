package org.hotline.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestNotices.ISSUED;
import static org.hotline.domain.testing.TestNotices.aFirstNotice;
import static org.hotline.domain.testing.TestNotices.aHostingProvider;
import static org.hotline.domain.testing.TestNotices.aSiteOwner;
import static org.hotline.domain.testing.TestNotices.contact;
import static org.hotline.domain.testing.TestNotices.url;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vavr.collection.List;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.LegalBasis;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.SendFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpNoticeSenderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(servers())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("hotline", "s3cret"));

    @Test
    void a_first_notice_arrives_with_its_reference_addresses_legal_basis_requests_and_reply_address() throws Exception {
        NoticeSent sent = sender().send(aFirstNotice()).get();

        MimeMessage message = theOnlyMessage();
        assertThat(message.getSubject()).isEqualTo(
                "[NTD-2026-0001] Notice: request to remove illegal content and preserve evidence");
        assertThat(body(message)).contains(
                "To Example Hosting Ltd,",
                "Notice reference: NTD-2026-0001",
                "Issued: 2026-03-02 09:30 UTC",
                "Address(es) (2):\n  1. https://files.example.org/a/1.jpg\n  2. https://files.example.org/a/2.jpg",
                "Legal basis:\n  - Criminal Code art. 417/44\n  - Criminal Code art. 417/45",
                "to preserve a copy of the content",
                "to remove the content or disable access to it without delay",
                "confirm by e-mail to ntd@hotline.example");
        assertThat(body(message).strip()).endsWith("replies to ntd@hotline.example.\n\nExample Hotline");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Example Hotline");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("notices@hotline.example");
        assertThat(message.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("ntd@hotline.example");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Example Hosting Ltd <abuse@hosting.example>");
        assertThat(message.getMessageID()).isEqualTo("<notice.NTD-2026-0001@hotline.example>").isEqualTo(sent.messageId());
        assertThat(message.getSentDate()).isEqualTo(Date.from(ISSUED));
        assertThat(message.getHeader("Content-Language")).containsExactly("en");
        assertThat(message.getHeader("X-Notice-Reference")).containsExactly("NTD-2026-0001");
        assertThat(message.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(message.getHeader("In-Reply-To")).isNull();
        assertThat(sent.accepted()).containsExactly(EmailAddress.of("abuse@hosting.example"));
        assertThat(sent.refused()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | [NTD-7] Notice: request to remove illegal content and preserve evidence | Legal basis:",
            "nl | [NTD-7] Melding: verzoek om illegale inhoud te verwijderen en bewijs te bewaren | Wettelijke grondslag:",
            "fr | [NTD-7] Notification : demande de retrait d'un contenu illégal et de conservation des preuves | Base légale :"})
    void a_notice_arrives_in_the_language_it_was_written_in(String language, String subject, String heading) throws Exception {
        sender().send(aFirstNotice("NTD-7", Locale.forLanguageTag(language), aHostingProvider())).get();

        MimeMessage message = theOnlyMessage();
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(body(message)).contains(heading + "\n  - Criminal Code art. 417/44", "https://files.example.org/a/2.jpg",
                "ntd@hotline.example", "NTD-7");
        assertThat(message.getHeader("Content-Language")).containsExactly(language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Reminder: illegal content still online (notice NTD-1) | On 2026-03-02 09:31 UTC Example Hotline sent notice NTD-1 to Example Hosting Ltd",
            "nl | Herinnering: illegale inhoud nog steeds online (melding NTD-1) | Op 2026-03-02 09:31 UTC stuurde Example Hotline melding NTD-1 aan",
            "fr | Rappel : contenu illégal toujours en ligne (notification NTD-1) | Le 2026-03-02 09:31 UTC, Example Hotline a envoyé la notification NTD-1 à"})
    void a_reminder_names_the_notice_it_follows_and_threads_with_it(String language, String subject, String opening)
            throws Exception {
        Notice first = aFirstNotice("NTD-1", Locale.forLanguageTag(language), aHostingProvider());
        Notice reminder = Notice.reminder(new NoticeReference("NTD-2"), first, ISSUED.plusSeconds(60),
                ISSUED.plus(Duration.ofHours(24)));

        sender().send(reminder).get();

        MimeMessage message = theOnlyMessage();
        assertThat(message.getSubject()).isEqualTo("[NTD-2] " + subject);
        assertThat(body(message)).contains(opening, "https://files.example.org/a/1.jpg");
        assertThat(message.getHeader("In-Reply-To")).containsExactly("<notice.NTD-1@hotline.example>");
        assertThat(message.getHeader("References")).containsExactly("<notice.NTD-1@hotline.example>");
        assertThat(message.getMessageID()).isEqualTo("<notice.NTD-2@hotline.example>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | Escalation: illegal content not removed after notice NTD-1 | asked Example Hosting Ltd (notice NTD-1)",
            "nl | Escalatie: illegale inhoud niet verwijderd na melding NTD-1 | aan Example Hosting Ltd (melding",
            "fr | Escalade : contenu illégal non retiré après la notification NTD-1 | a demandé à Example Hosting Ltd"})
    void an_escalation_goes_to_the_next_contact_naming_the_one_before(String language, String subject, String priorNamed)
            throws Exception {
        Notice first = aFirstNotice("NTD-1", Locale.ENGLISH, aHostingProvider());
        Notice escalation = Notice.escalation(new NoticeReference("NTD-3"), first, ISSUED, aSiteOwner(),
                Locale.forLanguageTag(language), ISSUED.plus(Duration.ofHours(72)));

        sender().send(escalation).get();

        MimeMessage message = theOnlyMessage();
        assertThat(message.getSubject()).isEqualTo("[NTD-3] " + subject);
        assertThat(body(message)).contains(priorNamed, "Example Site Owner", "https://files.example.org/a/2.jpg");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Example Site Owner <owner@site.example>");
    }

    @Test
    void sending_the_same_notice_again_sends_the_same_message_under_the_same_identifier() throws Exception {
        var sender = sender();
        sender.send(aFirstNotice()).get();
        sender.send(aFirstNotice()).get();

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
        assertThat(received[1].getSubject()).isEqualTo(received[0].getSubject());
        assertThat(received[1].getSentDate()).isEqualTo(received[0].getSentDate());
        assertThat(body(received[1])).isEqualTo(body(received[0]));
    }

    @Test
    void one_notice_carries_every_address_to_every_address_of_the_contact() throws Exception {
        var provider = contact("Example Hosting Ltd", ContactRole.HOSTING_PROVIDER, "abuse@hosting.example", "noc@hosting.example");
        var addresses = List.range(1, 26).map(i -> url("https://files.example.org/album/" + i + ".jpg"));
        Notice notice = Notice.first(new NoticeReference("NTD-9"), Locale.ENGLISH, provider, addresses,
                LegalBasis.of("Criminal Code art. 417/44"), ISSUED);

        NoticeSent sent = sender().send(notice).get();

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
        assertThat(received[0].getRecipients(Message.RecipientType.TO)).hasSize(2);
        assertThat(body(received[0])).contains("Address(es) (25):", "  1. https://files.example.org/album/1.jpg",
                " 25. https://files.example.org/album/25.jpg".substring(1));
        assertThat(sent.accepted()).hasSize(2);
    }

    @Test
    void a_login_is_given_when_configured_and_a_refused_login_is_temporary() {
        assertThat(sender(Map.of("HOTLINE_SMTP_USER", "hotline", "HOTLINE_SMTP_PASSWORD", "s3cret")).send(aFirstNotice()))
                .isNotEmpty();

        var failure = sender(Map.of("HOTLINE_SMTP_USER", "hotline", "HOTLINE_SMTP_PASSWORD", "wrong")).send(aFirstNotice()).getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Temporary.class);
        assertThat(failure.detail()).contains("refused the login", "HOTLINE_SMTP_USER");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void with_implicit_tls_the_notice_goes_over_tls() throws Exception {
        var environment = environment(MAIL.getSmtps().getPort());
        environment.put("HOTLINE_SMTP_TLS", "tls");
        environment.put("HOTLINE_SMTP_HOST", "localhost");
        var settings = MailSettings.read(environment).get().get();
        // GreenMail's certificate is its own: trusted for this test only.
        var sender = new SmtpNoticeSender(settings, NoticeTemplates.bundled(),
                Map.of("mail.smtp.ssl.trust", "*", "mail.smtp.ssl.checkserveridentity", "false"));

        assertThat(sender.send(aFirstNotice())).isNotEmpty();

        assertThat(theOnlyMessage().getMessageID()).isEqualTo("<notice.NTD-2026-0001@hotline.example>");
    }

    @Test
    void a_notice_in_a_language_without_templates_is_unwritable_and_nothing_is_sent() {
        var failure = sender().send(aFirstNotice("NTD-5", Locale.GERMAN, aHostingProvider())).getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Unwritable.class);
        assertThat(failure.detail()).contains("de");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    /** Plain SMTP and implicit TLS on free loopback ports, given time to start on a busy machine. */
    private static ServerSetup[] servers() {
        ServerSetup[] setups = ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS});
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(30_000);
        }
        return setups;
    }

    static Map<String, String> environment(int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("HOTLINE_SMTP_HOST", "127.0.0.1");
        environment.put("HOTLINE_SMTP_PORT", Integer.toString(port));
        environment.put("HOTLINE_SMTP_TLS", "none");
        environment.put("HOTLINE_SMTP_TIMEOUT_SECONDS", "5");
        environment.put("HOTLINE_NOTICE_FROM", "Example Hotline <notices@hotline.example>");
        environment.put("HOTLINE_NOTICE_REPLY_TO", "ntd@hotline.example");
        return environment;
    }

    private static SmtpNoticeSender sender() {
        return sender(Map.of());
    }

    private static SmtpNoticeSender sender(Map<String, String> more) {
        var environment = environment(MAIL.getSmtp().getPort());
        environment.putAll(more);
        return new SmtpNoticeSender(MailSettings.read(environment).get().get(), NoticeTemplates.bundled());
    }

    private static MimeMessage theOnlyMessage() {
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    static String body(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }
}
