package org.hotline.adapters.mail;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Arrays;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.SendFailure;

/**
 * Reads what went wrong in a send: a 5xx answer to the recipients or to the message is permanent; a 4xx answer, a
 * connection that failed or broke, a time-out or a refused login is temporary. The reason quotes the server's answer
 * where it gave one.
 */
final class SendFailures {

    private static final int MAX_REASON = 300;

    private SendFailures() {
    }

    static SendFailure classify(MessagingException failure, String server) {
        if (failure instanceof MailConnectException) {
            return new SendFailure.Temporary("no connection to the mail server " + server + " ("
                    + describe(failure.getCause() == null ? failure : failure.getCause()) + ")");
        }
        if (failure instanceof AuthenticationFailedException) {
            return new SendFailure.Temporary("the mail server " + server
                    + " refused the login; check HOTLINE_SMTP_USER and HOTLINE_SMTP_PASSWORD (" + describe(failure) + ")");
        }
        if (failure instanceof SMTPSendFailedException refusal && refusal.getReturnCode() >= 500) {
            return permanentFor(refusal);
        }
        if (failure instanceof SendFailedException refusal && !(failure instanceof SMTPSendFailedException)) {
            return recipientsRefused(refusal);
        }
        if (failure instanceof SMTPSendFailedException refusal) {
            return new SendFailure.Temporary("the mail server " + server + " answered " + reply(refusal));
        }
        return new SendFailure.Temporary("the exchange with the mail server " + server + " failed: " + describe(failure));
    }

    /** The addresses of a partly failed send that were refused. */
    static Seq<EmailAddress> refused(SendFailedException failure) {
        return emails(failure.getInvalidAddresses());
    }

    /** Every recipient refused: permanent when the server refused all for good, temporary when it asked to wait. */
    private static SendFailure recipientsRefused(SendFailedException failure) {
        Seq<EmailAddress> invalid = emails(failure.getInvalidAddresses());
        Seq<EmailAddress> unsent = emails(failure.getValidUnsentAddresses());
        String reasons = reasons(failure);
        if (invalid.isEmpty() || !unsent.isEmpty()) {
            return new SendFailure.Temporary("the mail server did not take the notice for now: " + reasons);
        }
        return new SendFailure.Permanent(invalid, reasons);
    }

    private static SendFailure permanentFor(SMTPSendFailedException refusal) {
        Seq<EmailAddress> invalid = emails(refusal.getInvalidAddresses());
        return new SendFailure.Permanent(invalid, reply(refusal));
    }

    /** The server's answers to each refused address, in order, once each. */
    private static String reasons(SendFailedException failure) {
        List<String> answers = List.empty();
        for (Exception next = failure.getNextException(); next != null;
                next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException refused) {
                answers = answers.append(refused.getAddress() + ": " + clean(refused.getMessage()));
            }
        }
        return answers.isEmpty() ? clean(failure.getMessage()) : answers.distinct().mkString("; ");
    }

    private static String reply(SMTPSendFailedException refusal) {
        return clean(refusal.getMessage());
    }

    private static Seq<EmailAddress> emails(Address[] addresses) {
        return addresses == null ? List.empty() : List.ofAll(Arrays.asList(addresses))
                .flatMap(address -> EmailAddress.parse(address.toString().replaceAll(".*<|>.*", "")).toOption());
    }

    /** The innermost cause, in words: what actually went wrong on the wire. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SocketTimeoutException) {
            return "timed out";
        }
        String message = cause.getMessage();
        return clean(message == null ? cause.getClass().getSimpleName()
                : cause instanceof IOException ? message : cause.getClass().getSimpleName() + ": " + message);
    }

    private static String clean(String text) {
        String line = text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() > MAX_REASON ? line.substring(0, MAX_REASON) + "..." : line;
    }
}
