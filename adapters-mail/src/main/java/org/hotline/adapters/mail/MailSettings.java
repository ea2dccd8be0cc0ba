package org.hotline.adapters.mail;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.SettingsReader;
import org.hotline.domain.SettingsReader.Variable;
import org.hotline.domain.contact.EmailAddress;

/**
 * How notices are sent: the mail server, how the connection is protected, the login, the time-out, the sender, the
 * reply address and where extra templates live.
 *
 * @param timeout longest wait for the connection, for each answer of the server and for each write
 * @param replyTo where recipients reply; the sender's address unless set
 * @param templates a directory whose {@code notices/<language>/} folders add or replace templates, if any
 */
public record MailSettings(String host, int port, TlsMode tls, Option<String> user, Option<String> password,
        Duration timeout, Sender from, EmailAddress replyTo, Option<Path> templates) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Every variable {@link #read} reads. */
    public static final List<Variable> VARIABLES = List.of(
            new Variable("HOTLINE_SMTP_HOST", "(none: no notices by e-mail)", "Mail server notices are sent through, such as smtp.example.org."),
            new Variable("HOTLINE_SMTP_PORT", "587, 465 with tls, 25 with none", "Port of the mail server."),
            new Variable("HOTLINE_SMTP_TLS", "starttls", "starttls (the server must offer STARTTLS), tls (TLS from the first byte) or none (only for a server on loopback)."),
            new Variable("HOTLINE_SMTP_USER", "(none)", "Login at the mail server; with HOTLINE_SMTP_PASSWORD."),
            new Variable("HOTLINE_SMTP_PASSWORD", "(none)", "Password for HOTLINE_SMTP_USER; never logged."),
            new Variable("HOTLINE_SMTP_TIMEOUT_SECONDS", "30", "Longest wait for the connection, each answer and each write to the mail server (1 to 600)."),
            new Variable("HOTLINE_NOTICE_FROM", "(none; required with HOTLINE_SMTP_HOST)", "Sender of notices, as Name <address> or an address; the name signs them."),
            new Variable("HOTLINE_NOTICE_REPLY_TO", "HOTLINE_NOTICE_FROM's address", "Address recipients reply to."),
            new Variable("HOTLINE_NOTICE_TEMPLATES_DIR", "(none)", "Directory whose notices/<language>/ folders add or replace notice templates, to add a language without rebuilding."));

    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(templates, "templates");
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("a mail server has a host and a port from 1 to 65535");
        }
        if (tls == TlsMode.NONE && !isLoopback(host)) {
            throw new IllegalArgumentException("mail to " + host + " is only sent over TLS");
        }
        if (user.isDefined() != password.isDefined()) {
            throw new IllegalArgumentException("a login has a user and a password");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time-out is positive");
        }
    }

    /**
     * Reads the {@code HOTLINE_SMTP_*} and {@code HOTLINE_NOTICE_*} variables: none when no mail server is set (and
     * nothing else is), or every problem with them, one line each, naming the variable.
     */
    public static Either<Seq<String>, Option<MailSettings>> read(Map<String, String> environment) {
        var reader = new SettingsReader(environment);
        Option<String> host = reader.text("HOTLINE_SMTP_HOST");
        if (host.isEmpty()) {
            VARIABLES.stream().map(Variable::name).filter(name -> reader.text(name).isDefined())
                    .forEach(name -> reader.problem(name, "is set, but HOTLINE_SMTP_HOST is not: set the mail server too"));
            return reader.result(Option::none);
        }
        TlsMode tls = reader.text("HOTLINE_SMTP_TLS").map(text -> TlsMode.parse(text).getOrElse(() -> {
            reader.problem("HOTLINE_SMTP_TLS", "must be starttls, tls or none, not '" + text + "'");
            return TlsMode.STARTTLS;
        })).getOrElse(TlsMode.STARTTLS);
        if (tls == TlsMode.NONE && !isLoopback(host.get())) {
            reader.problem("HOTLINE_SMTP_TLS", "may be none only for a mail server on loopback (localhost, 127.0.0.1, ::1), not " + host.get());
        }
        int port = (int) reader.number("HOTLINE_SMTP_PORT", tls.defaultPort(), 1, 65535);
        Option<String> user = reader.text("HOTLINE_SMTP_USER");
        Option<String> password = Option.of(environment.get("HOTLINE_SMTP_PASSWORD")).filter(p -> !p.isEmpty());
        if (user.isDefined() != password.isDefined()) {
            reader.problem(user.isDefined() ? "HOTLINE_SMTP_PASSWORD" : "HOTLINE_SMTP_USER",
                    "must be set with " + (user.isDefined() ? "HOTLINE_SMTP_USER" : "HOTLINE_SMTP_PASSWORD"));
        }
        Duration timeout = Duration.ofSeconds(reader.number("HOTLINE_SMTP_TIMEOUT_SECONDS", DEFAULT_TIMEOUT.toSeconds(), 1, 600));
        Option<Sender> from = reader.text("HOTLINE_NOTICE_FROM").fold(() -> {
            reader.problem("HOTLINE_NOTICE_FROM", "is required when HOTLINE_SMTP_HOST is set: the address notices come from");
            return Option.<Sender>none();
        }, text -> Sender.parse(text).peekLeft(why -> reader.problem("HOTLINE_NOTICE_FROM", "must be Name <address> or an address: " + why)).toOption());
        Option<EmailAddress> replyTo = reader.text("HOTLINE_NOTICE_REPLY_TO").flatMap(text -> EmailAddress.parse(text)
                .peekLeft(error -> reader.problem("HOTLINE_NOTICE_REPLY_TO", "must be an e-mail address: " + error.detail()))
                .toOption());
        Option<Path> templates = reader.text("HOTLINE_NOTICE_TEMPLATES_DIR").flatMap(text -> directory(reader, text));
        return reader.result(() -> Option.some(new MailSettings(host.get(), port, tls, user, password, timeout,
                from.get(), replyTo.getOrElse(from.get().address()), templates)));
    }

    /** The settings in effect, for the start-up log; never the password. */
    public String describe() {
        return host + ":" + port + " " + tls.name().toLowerCase(Locale.ROOT)
                + user.map(u -> ", login " + u).getOrElse(", no login") + ", time-out " + timeout.toSeconds()
                + " s, from " + from + ", reply to " + replyTo
                + templates.map(t -> ", templates also from " + t).getOrElse("");
    }

    @Override
    public String toString() {
        return "MailSettings[" + describe() + "]";
    }

    /** True for names and written addresses of this machine; no name server is asked. */
    static boolean isLoopback(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("::1") || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static Option<Path> directory(SettingsReader reader, String text) {
        try {
            Path path = Path.of(text);
            if (Files.isDirectory(path)) {
                return Option.some(path);
            }
            reader.problem("HOTLINE_NOTICE_TEMPLATES_DIR", "must name a directory, and " + text + " is none");
        } catch (InvalidPathException e) {
            reader.problem("HOTLINE_NOTICE_TEMPLATES_DIR", "must be a directory path, not '" + text + "'");
        }
        return Option.none();
    }
}
