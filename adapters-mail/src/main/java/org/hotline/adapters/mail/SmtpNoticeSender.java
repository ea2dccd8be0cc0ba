package org.hotline.adapters.mail;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.notice.SendNotice;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Sends notices through the configured mail server, one connection a notice (notices are few; a connection held
 * open would only go stale). With {@code starttls} the server must offer STARTTLS, and with {@code starttls} and
 * {@code tls} its certificate must be trusted by the JDK and name the host. When some of a contact's addresses are
 * refused and others accepted, the notice is sent to those accepted and the refused ones are reported with it.
 */
@SecondaryAdapter
public final class SmtpNoticeSender implements SendNotice {

    private final MailSettings settings;
    private final NoticeTemplates templates;
    private final Session session;

    public SmtpNoticeSender(MailSettings settings, NoticeTemplates templates) {
        this(settings, templates, Map.of());
    }

    /** With extra Jakarta Mail properties, for tests that must trust a test certificate. */
    SmtpNoticeSender(MailSettings settings, NoticeTemplates templates, Map<String, Object> extra) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.templates = Objects.requireNonNull(templates, "templates");
        Properties properties = properties(settings);
        properties.putAll(extra);
        this.session = Session.getInstance(properties);
    }

    @Override
    public Either<SendFailure, NoticeSent> send(Notice notice) {
        var text = templates.render(notice, settings.from(), settings.replyTo().value());
        if (text.isEmpty()) {
            return Either.left(new SendFailure.Unwritable("there are no notice templates in the language "
                    + notice.language().toLanguageTag()));
        }
        String messageId = NoticeMessage.messageId(notice.reference(), settings.from());
        try (Transport transport = session.getTransport("smtp")) {
            var message = NoticeMessage.of(session, notice, text.get(), settings.from(), settings.replyTo());
            transport.connect(settings.host(), settings.port(), settings.user().getOrNull(),
                    settings.password().getOrNull());
            transport.sendMessage(message, message.getAllRecipients());
            return Either.right(new NoticeSent(notice.reference(), messageId, notice.recipient().emails(), List.empty()));
        } catch (SendFailedException partly) {
            return sentToSome(notice, messageId, partly);
        } catch (MessagingException failure) {
            return Either.left(SendFailures.classify(failure, server()));
        }
    }

    /** A send that failed for some addresses: a notice sent if any address took it, a failure if none did. */
    private Either<SendFailure, NoticeSent> sentToSome(Notice notice, String messageId, SendFailedException partly) {
        Seq<EmailAddress> refused = SendFailures.refused(partly);
        Seq<EmailAddress> accepted = notice.recipient().emails().filter(email -> !refused.contains(email));
        boolean delivered = partly.getValidSentAddresses() != null && partly.getValidSentAddresses().length > 0;
        return delivered && !accepted.isEmpty()
                ? Either.right(new NoticeSent(notice.reference(), messageId, accepted, refused))
                : Either.left(SendFailures.classify(partly, server()));
    }

    private String server() {
        return settings.host() + ":" + settings.port();
    }

    private static Properties properties(MailSettings settings) {
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isDefined()));
        properties.put("mail.smtp.from", settings.from().address().value());
        properties.put("mail.smtp.sendpartial", "true");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.tls() == TlsMode.STARTTLS));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.tls() == TlsMode.STARTTLS));
        properties.put("mail.smtp.ssl.enable", Boolean.toString(settings.tls() == TlsMode.TLS));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        return properties;
    }
}
