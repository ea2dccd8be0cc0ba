package org.hotline.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.domain.testing.TestNotices.aFirstNotice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.testing.TestNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sends to a loopback mail server that refuses, asks to wait, or says nothing, and reads how each is classified. */
class SendFailureTest {

    private final ScriptedSmtpServer server = new ScriptedSmtpServer();

    SendFailureTest() throws IOException {
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void an_address_refused_for_good_is_a_permanent_failure_naming_it() {
        server.answering("abuse@hosting.example", "550 5.1.1 <abuse@hosting.example>: Recipient address rejected");

        var failure = send().getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Permanent.class);
        assertThat(((SendFailure.Permanent) failure).refused()).containsExactly(EmailAddress.of("abuse@hosting.example"));
        assertThat(failure.code()).isEqualTo("notice.address_refused");
        assertThat(failure.detail()).contains("550 5.1.1", "Recipient address rejected");
        assertThat(failure.retryable()).isFalse();
        assertThat(server.acceptedMessages()).isZero();
    }

    @Test
    void an_address_the_server_asks_to_retry_later_is_a_temporary_failure() {
        server.answering("abuse@hosting.example", "450 4.2.0 <abuse@hosting.example>: Recipient address rejected: Greylisted");

        var failure = send().getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Temporary.class);
        assertThat(failure.detail()).contains("Greylisted");
        assertThat(server.acceptedMessages()).isZero();
    }

    @Test
    void when_one_address_of_a_contact_is_refused_the_notice_goes_to_the_others_and_the_refused_one_is_reported() {
        server.answering("old@hosting.example", "550 5.1.1 <old@hosting.example>: User unknown");
        var provider = TestNotices.contact("Example Hosting Ltd", ContactRole.HOSTING_PROVIDER,
                "old@hosting.example", "abuse@hosting.example");

        NoticeSent sent = sender().send(aFirstNotice("NTD-4", java.util.Locale.ENGLISH, provider)).get();

        assertThat(sent.accepted()).containsExactly(EmailAddress.of("abuse@hosting.example"));
        assertThat(sent.refused()).containsExactly(EmailAddress.of("old@hosting.example"));
        assertThat(server.acceptedMessages()).isEqualTo(1);
    }

    @Test
    void a_message_refused_for_good_is_a_permanent_failure_without_addresses() {
        server.answeringData("554 5.7.1 Message rejected by policy");

        var failure = send().getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Permanent.class);
        assertThat(((SendFailure.Permanent) failure).refused()).isEmpty();
        assertThat(failure.code()).isEqualTo("notice.message_refused");
        assertThat(failure.detail()).contains("554 5.7.1 Message rejected by policy");
    }

    @Test
    void a_message_the_server_cannot_take_now_is_a_temporary_failure() {
        server.answeringData("451 4.3.0 Local error in processing");

        var failure = send().getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Temporary.class);
        assertThat(failure.detail()).contains("451 4.3.0");
    }

    @Test
    void a_server_that_is_not_there_is_a_temporary_failure() throws IOException {
        int port;
        try (var unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = unused.getLocalPort();
        }
        var settings = MailSettings.read(SmtpNoticeSenderTest.environment(port)).get().get();

        var failure = new SmtpNoticeSender(settings, NoticeTemplates.bundled()).send(aFirstNotice()).getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Temporary.class);
        assertThat(failure.detail()).contains("no connection to the mail server 127.0.0.1:" + port);
    }

    @Test
    void a_server_that_says_nothing_is_a_temporary_failure_after_the_time_out() {
        server.silentAfterGreeting();

        var failure = sender(Map.of("HOTLINE_SMTP_TIMEOUT_SECONDS", "1")).send(aFirstNotice()).getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Temporary.class);
        assertThat(failure.detail()).contains("timed out");
    }

    @Test
    void with_starttls_a_server_that_does_not_offer_it_gets_nothing() {
        var failure = sender(Map.of("HOTLINE_SMTP_TLS", "starttls", "HOTLINE_SMTP_HOST", "localhost"))
                .send(aFirstNotice()).getLeft();

        assertThat(failure).isInstanceOf(SendFailure.Temporary.class);
        assertThat(failure.detail()).contains("STARTTLS");
        assertThat(server.commands()).noneMatch(command -> command.startsWith("MAIL FROM"));
        assertThat(server.acceptedMessages()).isZero();
    }

    private io.vavr.control.Either<SendFailure, NoticeSent> send() {
        return sender().send(aFirstNotice());
    }

    private SmtpNoticeSender sender() {
        return sender(Map.of());
    }

    private SmtpNoticeSender sender(Map<String, String> more) {
        var environment = SmtpNoticeSenderTest.environment(server.port());
        environment.putAll(more);
        return new SmtpNoticeSender(MailSettings.read(environment).get().get(), NoticeTemplates.bundled());
    }
}
