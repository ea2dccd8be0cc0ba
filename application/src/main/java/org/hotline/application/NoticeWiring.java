package org.hotline.application;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hotline.adapters.mail.MailSettings;
import org.hotline.adapters.mail.NoticeTemplates;
import org.hotline.adapters.mail.SmtpNoticeSender;
import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.PostgresAbuseContacts;
import org.hotline.adapters.persistence.PostgresNotices;
import org.hotline.adapters.rdap.RdapDirectory;
import org.hotline.domain.Clock;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.hostcontacts.DiscoverContacts;
import org.hotline.domain.hostcontacts.FindAbuseContacts;
import org.hotline.domain.hostcontacts.ManageContacts;
import org.hotline.domain.hosting.casework.HostingTraces;
import org.hotline.domain.notifying.NoticeDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Abuse contacts and notices, wired: the contact registry and its administrators' use case, the notices and their
 * outbox, and, when a mail server is configured, the worker that sends them. Without a mail server notices wait in
 * the outbox (and are sent once one is configured).
 */
final class NoticeWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeWiring.class);
    /** The languages notices are written in: the bundled templates' and those a templates directory adds or replaces. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH);

    private final PostgresAbuseContacts registry;
    private final ManageContacts contacts;
    private final PostgresNotices notices;
    private final NoticeTemplates templates;
    private final Optional<NoticeSending> sending;
    private final FindAbuseContacts finder;

    private NoticeWiring(PostgresAbuseContacts registry, ManageContacts contacts, PostgresNotices notices,
            NoticeTemplates templates, Optional<NoticeSending> sending, FindAbuseContacts finder) {
        this.finder = finder;
        this.registry = registry;
        this.contacts = contacts;
        this.notices = notices;
        this.templates = templates;
        this.sending = sending;
    }

    static NoticeWiring start(Configuration.NoticeSettings settings, Database database, AuditTrail audit, UnitOfWork units,
            Clock clock) {
        Objects.requireNonNull(settings, "settings");
        var registry = new PostgresAbuseContacts(database);
        var notices = new PostgresNotices(database, settings.gathering());
        NoticeTemplates templates = templates(settings.mail());
        Optional<NoticeSending> sending = settings.mail().map(mail -> NoticeSending.start(notices,
                new SmtpNoticeSender(mail, templates), clock, settings.every(), settings.firstRetry()));
        if (sending.isEmpty()) {
            LOG.atWarn().log("notices are not sent (HOTLINE_SMTP_HOST not set): they wait in the outbox");
        }
        DiscoverContacts rdap = settings.rdap().<DiscoverContacts>map(rdapSettings -> new RdapDirectory(rdapSettings, clock))
                .orElseGet(() -> {
                    LOG.atInfo().log("RDAP is off (HOTLINE_RDAP_BOOTSTRAP): only registered contacts are notified");
                    return DiscoverContacts.none();
                });
        return new NoticeWiring(registry, new ManageContacts(registry, audit, units, clock, UUID::randomUUID), notices,
                templates, sending, new FindAbuseContacts(registry, rdap, UUID::randomUUID));
    }

    private static NoticeTemplates templates(Optional<MailSettings> mail) {
        var directory = io.vavr.control.Option.ofOptional(mail.flatMap(m -> m.templates().toJavaOptional()));
        return NoticeTemplates.load(LANGUAGES, directory).getOrElseThrow(problems ->
                new IllegalStateException("the notice templates cannot be used: " + problems.mkString(" ")));
    }

    /** The notices of takedowns: the first at the notice step, then reminders and escalations. */
    NoticeDesk desk(HostingTraces traces, Assessments assessments, CountryCode home, Clock clock) {
        return new NoticeDesk(new NoticeDesk.Ports(traces, assessments, finder, notices, templates::speaks, home, clock));
    }

    ManageContacts contacts() {
        return contacts;
    }

    PostgresAbuseContacts registry() {
        return registry;
    }

    PostgresNotices notices() {
        return notices;
    }

    NoticeTemplates templates() {
        return templates;
    }

    /** Runs a round of the outbox now, as the worker's next round would; nothing when no mail server is set. */
    void sendNow() {
        sending.ifPresent(NoticeSending::round);
    }

    @Override
    public void close() {
        sending.ifPresent(NoticeSending::close);
    }
}
