package org.hotline.adapters.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeReference;

/**
 * A notice as an e-mail: plain text in UTF-8, to every address of the recipient, from the hotline, with replies to
 * the reply address, dated when the notice was issued, and with a message identifier derived from the notice's
 * reference, so that the same notice always makes the same message. A reminder or an escalation names the notice it
 * follows in {@code In-Reply-To} and {@code References}, which threads them in the recipient's mail program.
 */
final class NoticeMessage extends MimeMessage {

    static final String REFERENCE_HEADER = "X-Notice-Reference";

    private final String messageId;

    private NoticeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** {@code <notice.REFERENCE@DOMAIN>}, the domain being the sender's. */
    static String messageId(NoticeReference reference, Sender from) {
        return "<notice." + reference.value() + "@" + from.address().domain() + ">";
    }

    static NoticeMessage of(Session session, Notice notice, NoticeTemplates.Rendered text, Sender from,
            EmailAddress replyTo) throws MessagingException {
        var message = new NoticeMessage(session, messageId(notice.reference(), from));
        message.setFrom(address(from.address(), from.name().getOrNull()));
        message.setReplyTo(new InternetAddress[] {address(replyTo, null)});
        message.setRecipients(Message.RecipientType.TO, notice.recipient().emails()
                .map(email -> address(email, notice.recipient().name())).toJavaArray(InternetAddress[]::new));
        message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        message.setText(text.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(notice.issued()));
        message.setHeader("Content-Language", notice.language().toLanguageTag());
        message.setHeader(REFERENCE_HEADER, notice.reference().value());
        for (var prior : notice.prior()) {
            String priorId = messageId(prior.reference(), from);
            message.setHeader("In-Reply-To", priorId);
            message.setHeader("References", priorId);
        }
        message.saveChanges();
        return message;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    private static InternetAddress address(EmailAddress email, String name) {
        try {
            return new InternetAddress(email.value(), name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
