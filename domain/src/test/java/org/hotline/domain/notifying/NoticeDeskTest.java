package org.hotline.domain.notifying;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.assessment.Assessment;
import org.hotline.domain.assessment.AssessmentId;
import org.hotline.domain.assessment.Assessments;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.hostcontacts.ContactScope;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.hostcontacts.DiscoverContacts;
import org.hotline.domain.hostcontacts.FindAbuseContacts;
import org.hotline.domain.hostcontacts.RegisteredContact;
import org.hotline.domain.hostcontacts.ContactId;
import org.hotline.domain.hosting.AddressFacts;
import org.hotline.domain.hosting.Asn;
import org.hotline.domain.hosting.DataSetVersion;
import org.hotline.domain.hosting.HostTrace;
import org.hotline.domain.hosting.HostingTrace;
import org.hotline.domain.hosting.IpDataVersion;
import org.hotline.domain.hosting.TracedAddress;
import org.hotline.domain.hosting.address.DomainName;
import org.hotline.domain.hosting.address.Host;
import org.hotline.domain.hosting.address.IpAddress;
import org.hotline.domain.hosting.casework.RecordedTrace;
import org.hotline.domain.hosting.casework.TraceId;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.hotline.domain.notice.NoticeKind;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownId;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAbuseContacts;
import org.hotline.domain.testing.InMemoryHostingTraces;
import org.hotline.domain.testing.InMemoryNotices;
import org.hotline.domain.testing.SequentialIdentities;
import org.hotline.domain.testing.TestNotices;
import org.junit.jupiter.api.Test;

/**
 * The notices of a takedown, on in-memory ports and a clock: the first notice to the host's first contact in the
 * language of its country, on the verdict's statutes; RDAP where the registry knows nobody; then a reminder 24 hours
 * after the notice went and an escalation to the next contact past the target, each once.
 */
class NoticeDeskTest {

    private static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-0000-0000-00000000ca5e"));
    private static final ReportedUrl URL = TestNotices.url("http://192.0.2.10/album/1.jpg");
    private static final StaffId ANALYST = new StaffId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final Procedure PROCEDURE = Procedure.of("test-home",
            Step.of("tell-police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
            Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host.", "tell-police"));

    private final FixedClock clock = FixedClock.at("2026-11-30T09:00:00Z");
    private final InMemoryHostingTraces traces = new InMemoryHostingTraces();
    private final InMemoryAbuseContacts registry = new InMemoryAbuseContacts();
    private final InMemoryNotices notices = new InMemoryNotices();
    private DiscoverContacts rdap = DiscoverContacts.none();

    private NoticeDesk desk(Set<String> spoken) {
        return new NoticeDesk(new NoticeDesk.Ports(traces, illegalUnder("Criminal Code art. 417/44"),
                new FindAbuseContacts(registry, deferred(), new SequentialIdentities()), notices, language -> spoken.contains(language.getLanguage()), new CountryCode("BE"), clock));
    }

    @Test
    void the_first_notice_goes_to_the_hosts_first_contact_in_its_countrys_language_on_the_verdicts_statutes() {
        traced("NL");
        register(ContactScope.asn(new Asn(64500)), TestNotices.aHostingProvider());
        register(ContactScope.asn(new Asn(64500)), TestNotices.aRegistrar());

        NoticeReference reference = desk(Set.of("en", "nl")).firstNotice(CASE, URL, clock.instant()).get();

        assertThat(reference).isEqualTo(new NoticeReference("BE-NTD-2026-000001"));
        var queued = notices.find(reference).get().notice();
        assertThat(queued.kind()).isEqualTo(NoticeKind.FIRST_NOTICE);
        assertThat(queued.recipient()).isEqualTo(TestNotices.aHostingProvider());
        assertThat(queued.language()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(queued.addresses()).containsExactly(URL);
        assertThat(queued.legalBasis().citations()).containsExactly("Criminal Code art. 417/44");
    }

    @Test
    void a_country_whose_language_has_no_templates_is_written_to_in_english() {
        traced("NL");
        register(ContactScope.asn(new Asn(64500)), TestNotices.aHostingProvider());

        var reference = desk(Set.of("en", "fr")).firstNotice(CASE, URL, clock.instant()).get();

        assertThat(notices.find(reference).get().notice().language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void without_a_trace_or_any_contact_nothing_is_queued_and_why_is_said() {
        assertThat(desk(Set.of("en")).firstNotice(CASE, URL, clock.instant()).getLeft()).contains("no hosting trace");
        traced("NL");
        rdap = failing("rdap.example unreachable");

        assertThat(desk(Set.of("en")).firstNotice(CASE, URL, clock.instant()).getLeft())
                .isEqualTo("No abuse contact is registered for 192.0.2.10 (AS64500, Example Hosting Ltd), and RDAP found"
                        + " none (rdap.example unreachable).");
        assertThat(notices.all()).isEmpty();
    }

    @Test
    void where_the_registry_knows_nobody_rdap_is_asked_and_what_it_finds_is_kept_under_the_as_number() {
        traced("NL");
        var found = new AbuseContact("Found Hosting", List.of(org.hotline.domain.contact.EmailAddress.of("abuse@found.example")),
                ContactRole.HOSTING_PROVIDER, new ContactSource.Rdap("http://127.0.0.1/ip/192.0.2.10", Option.none(),
                clock.instant()));
        rdap = answering(found);

        var reference = desk(Set.of("en")).firstNotice(CASE, URL, clock.instant()).get();

        assertThat(notices.find(reference).get().notice().recipient()).isEqualTo(found);
        assertThat(registry.all()).singleElement().satisfies(entry -> {
            assertThat(entry.scope()).isEqualTo(ContactScope.asn(new Asn(64500)));
            assertThat(entry.givenByStaff()).isFalse();
        });
    }

    @Test
    void content_still_up_gets_a_reminder_after_24_hours_and_an_escalation_past_the_target_each_once() {
        NoticeDesk desk = desk(Set.of("en"));
        Instant noticeStep = clock.instant();
        Takedown takedown = notified(noticeStep);
        var first = firstNoticeSent(desk, noticeStep, noticeStep.plusSeconds(60));
        Duration target = Duration.ofHours(72);

        assertThat(desk.followUp(takedown, URL, target, noticeStep.plus(Duration.ofHours(23)))).isEmpty();
        var reminder = desk.followUp(takedown, URL, target, noticeStep.plus(Duration.ofHours(25))).get();
        assertThat(desk.followUp(takedown, URL, target, noticeStep.plus(Duration.ofHours(26)))).isEmpty();
        var escalation = desk.followUp(takedown, URL, target, noticeStep.plus(Duration.ofHours(73))).get();
        assertThat(desk.followUp(takedown, URL, target, noticeStep.plus(Duration.ofHours(74)))).as("not yet sent").isEmpty();

        NoticeRecord reminded = notices.find(reminder).get();
        assertThat(reminded.kind()).isEqualTo(NoticeKind.REMINDER);
        assertThat(reminded.notice().recipient()).isEqualTo(TestNotices.aHostingProvider());
        assertThat(reminded.notice().prior().get().reference()).isEqualTo(first);
        NoticeRecord escalated = notices.find(escalation).get();
        assertThat(escalated.kind()).isEqualTo(NoticeKind.ESCALATION);
        assertThat(escalated.notice().recipient()).isEqualTo(TestNotices.aRegistrar());
        assertThat(notices.needingAttention(10)).containsExactly(escalated);
        assertThat(desk.needingAttention(org.hotline.domain.testing.TestStaff.supervisor(8)).get())
                .as("flagged for the supervisor").containsExactly(escalated);
        assertThat(desk.needingAttention(org.hotline.domain.testing.TestStaff.analyst(1)).getLeft().reason())
                .isEqualTo(org.hotline.domain.takedown.TakedownRefusal.ROLE_REQUIRED);
    }

    @Test
    void a_recheck_finding_the_content_still_up_is_told_what_was_queued_on_the_default_target_of_72_hours() {
        NoticeDesk desk = desk(Set.of("en"));
        Instant noticeStep = clock.instant();
        Takedown takedown = notified(noticeStep);
        firstNoticeSent(desk, noticeStep, noticeStep);
        assertThat(takedown.removalTarget()).isEqualTo(Duration.ofHours(72));

        assertThat(desk.stillUp(takedown, URL, noticeStep.plus(Duration.ofHours(23)))).isEmpty();
        String reminded = desk.stillUp(takedown, URL, noticeStep.plus(Duration.ofHours(24))).get();
        assertThat(desk.stillUp(takedown, URL, noticeStep.plus(Duration.ofHours(71)))).isEmpty();
        String escalated = desk.stillUp(takedown, URL, noticeStep.plus(Duration.ofHours(72))).get();

        var queued = notices.ofCase(CASE);
        assertThat(queued).extracting(NoticeRecord::kind)
                .containsExactly(NoticeKind.FIRST_NOTICE, NoticeKind.REMINDER, NoticeKind.ESCALATION);
        assertThat(reminded).isEqualTo("A reminder (" + queued.get(1).reference().value() + ") was queued for "
                + TestNotices.aHostingProvider().name() + ".");
        assertThat(escalated).isEqualTo("An escalation (" + queued.get(2).reference().value() + ") was queued for "
                + TestNotices.aRegistrar().name() + ".");
    }

    @Test
    void the_agreements_target_on_its_removal_step_replaces_the_default() {
        Procedure within48Hours = Procedure.of("test-48h",
                Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host."),
                Step.of("removed", StepKind.CONFIRM_REMOVAL, Actor.HOTLINE, "Check.", "notice").within(Duration.ofHours(48)));

        assertThat(Takedown.start(new TakedownId(UUID.randomUUID()), CASE, within48Hours, clock.instant()).removalTarget())
                .isEqualTo(Duration.ofHours(48));
    }

    @Test
    void a_takedown_ended_or_not_yet_notified_is_not_followed_up() {
        traced("NL");
        register(ContactScope.asn(new Asn(64500)), TestNotices.aHostingProvider());
        NoticeDesk desk = desk(Set.of("en"));
        Takedown started = Takedown.start(new TakedownId(UUID.randomUUID()), CASE, PROCEDURE, clock.instant());
        Takedown notified = notified(clock.instant());
        Takedown removed = notified.removalSeen(ANALYST, clock.instant().plusSeconds(5), "gone").get().after();
        var first = desk.firstNotice(CASE, URL, clock.instant()).get();
        notices.mark(first, new NoticeState.Sent(clock.instant(), "<m1@hotline.example>"));

        Instant later = clock.instant().plus(Duration.ofDays(5));
        assertThat(desk.followUp(started, URL, Duration.ofHours(72), later)).isEmpty();
        assertThat(desk.followUp(removed, URL, Duration.ofHours(72), later)).isEmpty();
    }

    /** A host in NL with a hosting provider and a registrar registered, its first notice queued and sent. */
    private NoticeReference firstNoticeSent(NoticeDesk desk, Instant queued, Instant sent) {
        traced("NL");
        register(ContactScope.asn(new Asn(64500)), TestNotices.aHostingProvider());
        register(ContactScope.asn(new Asn(64500)), TestNotices.aRegistrar());
        var first = desk.firstNotice(CASE, URL, queued).get();
        notices.mark(first, new NoticeState.Sent(sent, "<m1@hotline.example>"));
        return first;
    }

    private Takedown notified(Instant at) {
        Takedown takedown = Takedown.start(new TakedownId(UUID.randomUUID()), CASE, PROCEDURE, at.minusSeconds(120));
        takedown = takedown.record("tell-police", ANALYST, at.minusSeconds(60), Option.none()).get().after();
        return takedown.record("notice", ANALYST, at, Option.none()).get().after();
    }

    private void traced(String country) {
        IpAddress address = IpAddress.parse("192.0.2.10").get();
        var facts = new AddressFacts(CountryCode.parse(country), Option.some(new Asn(64500)), Option.some("Example Hosting Ltd"));
        var host = new HostTrace(new Host.Numeric(address), HostTrace.Role.PAGE, Option.none(),
                List.of(new TracedAddress(address, facts, Option.none())));
        var version = new IpDataVersion(DataSetVersion.of("countries", "1"), DataSetVersion.of("networks", "1"),
                DataSetVersion.of("cdn", "1"));
        traces.add(new RecordedTrace(new TraceId(UUID.randomUUID()), CASE, Option.none(),
                new HostingTrace(clock.instant(), clock.instant(), version, List.of(host))));
    }

    private void register(ContactScope scope, AbuseContact contact) {
        registry.add(new RegisteredContact(new ContactId(UUID.randomUUID()), scope, contact));
    }

    private static Assessments illegalUnder(String citation) {
        var verdict = new Verdict.Illegal(List.of(StatuteReference.inForceSince(citation, LocalDate.of(2020, 1, 1), "")),
                Option.none(), "Illegal.");
        var assessment = Assessment.restore(new AssessmentId(UUID.randomUUID()), CASE, Assessment.Kind.FIRST, ANALYST,
                Instant.parse("2026-11-29T09:00:00Z"), new CountryCode("BE"), io.vavr.collection.HashMap.of("real-child", "yes"),
                new Classification(verdict, "rule", false, LocalDate.of(2026, 11, 29), "X 1"), Option.none());
        return new Assessments() {
            @Override
            public void add(Assessment added) {
            }

            @Override
            public Option<Assessment> byId(AssessmentId id) {
                return Option.none();
            }

            @Override
            public Seq<Assessment> ofCase(CaseId caseId) {
                return caseId.equals(CASE) ? List.of(assessment) : List.empty();
            }

            @Override
            public Seq<Assessment> latestOfOpenCases() {
                return List.empty();
            }
        };
    }

    /** RDAP as the test has set it at the time of the question. */
    private DiscoverContacts deferred() {
        return new DiscoverContacts() {
            @Override
            public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
                return rdap.ofAddress(address);
            }

            @Override
            public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
                return rdap.ofAsn(asn);
            }

            @Override
            public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
                return rdap.ofDomain(domain);
            }
        };
    }

    private static DiscoverContacts failing(String why) {
        return stub(Either.left(why));
    }

    private static DiscoverContacts answering(AbuseContact contact) {
        return stub(Either.right(List.of(contact)));
    }

    private static DiscoverContacts stub(Either<String, Seq<AbuseContact>> answer) {
        return new DiscoverContacts() {
            @Override
            public Either<String, Seq<AbuseContact>> ofAddress(IpAddress address) {
                return answer;
            }

            @Override
            public Either<String, Seq<AbuseContact>> ofAsn(Asn asn) {
                return answer;
            }

            @Override
            public Either<String, Seq<AbuseContact>> ofDomain(DomainName domain) {
                return Either.right(List.empty());
            }
        };
    }
}
