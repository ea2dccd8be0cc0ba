package org.hotline.domain.notifying;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.hostcontacts.ContentHost;
import org.hotline.domain.hostcontacts.FindAbuseContacts;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.casework.HostingTraces;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.notice.LegalBasis;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeKind;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notice.Notices;
import org.hotline.domain.notice.PriorNotice;
import org.hotline.domain.recheck.FollowUps;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.Rejection;
import org.hotline.domain.staff.Acting;
import org.hotline.domain.staff.Role;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownRefusal;
import org.jmolecules.ddd.annotation.Service;

/**
 * Puts notices on their way for takedowns. The first: to the first contact on the escalation path of the host of the
 * case's latest hosting trace (the registry's, else RDAP's), in the language of the host's country where the notice
 * templates have it (else English), citing the statutes of the case's latest illegal verdict. Then, while the content
 * is still up: a reminder to the same contact {@link #REMIND_AFTER} after a notice was sent, and past the agreement's
 * target an escalation to the next contact on the path (flagged for the supervisor). Each notice is queued in the
 * caller's unit of work; the outbox sends it.
 */
@Service
public final class NoticeDesk implements FollowUps, ListNoticesNeedingAttention {

    /** A notice not acted on for this long is followed by a reminder to the same contact. */
    public static final Duration REMIND_AFTER = Duration.ofHours(24);
    /** The language of notices where the host's country's is not known or not written. */
    public static final Locale FALLBACK = Locale.ENGLISH;
    /** The language a host in each country is written to in, where the templates have it. */
    private static final Map<String, String> LANGUAGES = HashMap.ofEntries(
            io.vavr.Tuple.of("NL", "nl"), io.vavr.Tuple.of("BE", "nl"), io.vavr.Tuple.of("SR", "nl"),
            io.vavr.Tuple.of("FR", "fr"), io.vavr.Tuple.of("LU", "fr"), io.vavr.Tuple.of("MC", "fr"),
            io.vavr.Tuple.of("DE", "de"), io.vavr.Tuple.of("AT", "de"), io.vavr.Tuple.of("ES", "es"),
            io.vavr.Tuple.of("IT", "it"), io.vavr.Tuple.of("PT", "pt"), io.vavr.Tuple.of("PL", "pl"));

    /** What the desk works with. */
    public record Ports(HostingTraces traces, Assessments assessments, FindAbuseContacts contacts, Notices notices,
            Predicate<Locale> speaks, CountryCode home, Clock clock) {

        public Ports {
            Objects.requireNonNull(traces, "traces");
            Objects.requireNonNull(assessments, "assessments");
            Objects.requireNonNull(contacts, "contacts");
            Objects.requireNonNull(notices, "notices");
            Objects.requireNonNull(speaks, "speaks");
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final Ports ports;

    public NoticeDesk(Ports ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    /**
     * Queues the first notice about the case's content, and answers its reference (that of the notice it joined, when
     * one to the same contact was waiting); or why none could be, with nothing queued.
     */
    public Either<String, NoticeReference> firstNotice(CaseId caseId, ReportedUrl url, Instant at) {
        Option<RecordedTrace> trace = ports.traces().ofCase(caseId).headOption();
        if (trace.isEmpty()) {
            return Either.left("The case has no hosting trace: there is no host to notify.");
        }
        ContentHost host = hostOf(trace.get());
        var found = ports.contacts().pathFor(host);
        if (found.path().isEmpty()) {
            return Either.left("No abuse contact is registered for " + host.describe() + ", and RDAP found none"
                    + found.problems().map(problem -> " (" + problem + ")").mkString("") + ".");
        }
        return legalBasis(caseId).map(basis -> ports.notices().queue(Notice.first(nextReference(at),
                language(host), found.path().first().get(), List.of(url), basis, at), caseId));
    }

    /**
     * Takes the case out of the notices still waiting to go, its takedown withdrawn: see
     * {@link Notices#withdraw}. Answers the references of the notices withdrawn or changed.
     */
    public Seq<NoticeReference> withdraw(CaseId caseId, ReportedUrl url, String reason, Instant at) {
        return ports.notices().withdraw(caseId, List.of(url), reason, at);
    }

    /**
     * What follows a takedown whose content is still up now: an escalation to the next contact once the latest
     * notice to a contact has gone unanswered past {@code target}; else a reminder {@link #REMIND_AFTER} after it;
     * else nothing. Each once: a reminder or escalation queued already is not queued again. Answers what it queued.
     */
    public Option<NoticeReference> followUp(Takedown takedown, ReportedUrl url, Duration target, Instant now) {
        if (!takedown.stillUpAfter(REMIND_AFTER, now)) {
            return Option.none();
        }
        Seq<NoticeRecord> notices = ports.notices().ofCase(takedown.caseId());
        Option<NoticeRecord> latest = notices.filter(record -> record.kind() != NoticeKind.REMINDER).lastOption();
        if (latest.isEmpty() || latest.get().sentAt().isEmpty()) {
            return Option.none();
        }
        NoticeRecord contacted = latest.get();
        Instant sent = contacted.sentAt().get();
        boolean reminded = notices.exists(record -> record.kind() == NoticeKind.REMINDER && follows(record, contacted));
        if (!now.isBefore(sent.plus(target))) {
            return escalate(takedown.caseId(), url, contacted, sent, now);
        }
        if (!reminded && !now.isBefore(sent.plus(REMIND_AFTER))) {
            Notice prior = contacted.notice();
            return Option.some(ports.notices().queue(new Notice(nextReference(now), NoticeKind.REMINDER, prior.language(),
                    prior.recipient(), List.of(url), prior.legalBasis(), now, Option.some(new PriorNotice(prior.reference(),
                            sent, prior.recipient().name()))), takedown.caseId()));
        }
        return Option.none();
    }

    /**
     * A re-check found the content still up: what is due follows, on the takedown's removal target. Says what was
     * queued, such as {@code A reminder (GB-NTD-2026-000002) was queued for Example Hosting Ltd.}
     */
    @Override
    public Option<String> stillUp(Takedown takedown, ReportedUrl url, Instant at) {
        return followUp(takedown, url, takedown.removalTarget(), at).flatMap(ports.notices()::find)
                .map(queued -> (queued.kind() == NoticeKind.ESCALATION ? "An escalation (" : "A reminder (")
                        + queued.reference().value() + ") was queued for " + queued.notice().recipient().name() + ".");
    }

    @Override
    public Either<Rejection<TakedownRefusal>, Seq<NoticeRecord>> needingAttention(Acting supervisor) {
        return supervisor.as(TakedownRefusal.ROLE_REQUIRED, Role.SUPERVISOR)
                .map(member -> ports.notices().needingAttention(MOST));
    }

    private Option<NoticeReference> escalate(CaseId caseId, ReportedUrl url, NoticeRecord contacted, Instant sent,
            Instant now) {
        Option<RecordedTrace> trace = ports.traces().ofCase(caseId).headOption();
        Option<AbuseContact> next = trace.flatMap(t -> ports.contacts().pathFor(hostOf(t)).path()
                .after(contacted.notice().recipient().role()));
        if (next.isEmpty()) {
            return Option.none();
        }
        Notice prior = contacted.notice();
        Locale language = trace.map(t -> language(hostOf(t))).getOrElse(prior.language());
        return Option.some(ports.notices().queue(new Notice(nextReference(now), NoticeKind.ESCALATION, language, next.get(),
                List.of(url), prior.legalBasis(), now, Option.some(new PriorNotice(prior.reference(), sent,
                        prior.recipient().name()))), caseId));
    }

    private static boolean follows(NoticeRecord record, NoticeRecord contacted) {
        return record.notice().prior().exists(prior -> prior.reference().equals(contacted.reference()));
    }

    /** The host of the page: the trace's page host (else its first), its name, and the facts of its first address. */
    static ContentHost hostOf(RecordedTrace recorded) {
        Seq<HostTrace> hosts = recorded.trace().hosts();
        HostTrace page = hosts.find(h -> h.role() == HostTrace.Role.PAGE || h.role() == HostTrace.Role.PAGE_AND_ITEMS)
                .getOrElse(hosts.head());
        Option<TracedAddress> address = page.addresses().headOption();
        return new ContentHost(page.host() instanceof Host.Named named ? Option.some(named.name()) : Option.none(),
                address.map(TracedAddress::address), address.flatMap(a -> a.facts().asn()),
                address.flatMap(a -> a.facts().organisation()), address.flatMap(a -> a.facts().country()));
    }

    private Locale language(ContentHost host) {
        return host.country().flatMap(country -> LANGUAGES.get(country.value())).map(Locale::forLanguageTag)
                .filter(ports.speaks()).getOrElse(FALLBACK);
    }

    /** The statutes of the case's latest illegal verdict. */
    private Either<String, LegalBasis> legalBasis(CaseId caseId) {
        return ports.assessments().ofCase(caseId).map(Assessment::verdict).reverse()
                .find(verdict -> verdict instanceof Verdict.Illegal)
                .map(verdict -> new LegalBasis(((Verdict.Illegal) verdict).references().map(StatuteReference::citation)
                        .distinct().take(LegalBasis.MAX_CITATIONS)))
                .toEither("The case has no illegal verdict to cite.");
    }

    /** {@code BE-NTD-2026-000042}: the home country, the year and the hotline's next number. */
    private NoticeReference nextReference(Instant at) {
        return new NoticeReference(String.format(Locale.ROOT, "%s-NTD-%d-%06d", ports.home().value(),
                at.atZone(ZoneOffset.UTC).getYear(), ports.notices().nextNumber()));
    }
}
