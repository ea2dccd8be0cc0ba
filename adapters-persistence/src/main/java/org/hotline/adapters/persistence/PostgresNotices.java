package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.notice.LegalBasis;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeKind;
import org.hotline.domain.notice.NoticeRecord;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.NoticeState;
import org.hotline.domain.notice.Notices;
import org.hotline.domain.notice.PriorNotice;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.jdbi.v3.core.Handle;

/**
 * The notices in PostgreSQL ({@code notice}, with the cases of each in {@code notice_case}) and their outbox
 * ({@code notice_outbox}, a {@link JobTable}): a notice is written in the caller's unit of work, leased by one
 * instance at a time ({@code FOR UPDATE SKIP LOCKED}), and marked sent or failed, leaving the outbox, only by the
 * instance that holds it. A notice waiting in the outbox and never yet tried takes in the addresses of another case
 * queued for the same contact, kind, language and legal basis (its row locked while it does, so that a lease waits).
 */
public final class PostgresNotices implements Notices {

    /** A notice leased from the outbox, with how often it was taken (this time included). */
    public record Pending(UUID job, Notice notice, int attempts) {
    }

    private static final String NOTICE = "select n.*, array(select c.case_id from notice_case c where c.reference = n.reference"
            + " order by c.case_id) as cases from notice n";

    private final Storage storage;
    private final JobTable outbox;
    private final String instance;
    private final Duration gathering;

    /** Notices are due {@code gathering} after they are queued, so that others for the same contact can join them. */
    public PostgresNotices(Database database, Duration gathering) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.outbox = new JobTable(database, "notice_outbox");
        this.instance = database.instance();
        this.gathering = Objects.requireNonNull(gathering, "gathering");
    }

    @Override
    public long nextNumber() {
        return storage.write(handle -> handle.createQuery("select nextval('notice_number')").mapTo(Long.class).one());
    }

    @Override
    public NoticeReference queue(Notice notice, CaseId caseId) {
        return storage.inOneTransaction(() -> storage.write(handle -> joinable(handle, notice)
                .map(reference -> join(handle, reference, notice, caseId))
                .getOrElse(() -> insert(handle, notice, caseId))));
    }

    private Option<NoticeReference> joinable(Handle handle, Notice notice) {
        return Option.ofOptional(handle.createQuery("""
                        select n.reference from notice n join notice_outbox o on o.reference = n.reference
                        where o.leased_by is null and o.attempts = 0 and n.state = 'QUEUED' and n.kind = :kind
                          and n.language = :language and n.legal_basis = cast(:basis as text[]) and n.recipient_name = :r_name
                          and n.recipient_emails = cast(:r_emails as text[]) and n.recipient_role = :r_role
                          and cardinality(n.addresses) + :count <= :most
                        order by n.queued_at, n.reference limit 1
                        for update of o""")
                .bind("r_name", notice.recipient().name()).bind("r_role", notice.recipient().role().name())
                .bind("r_emails", notice.recipient().emails().map(EmailAddress::value).toJavaArray(String[]::new))
                .bind("kind", notice.kind().name()).bind("language", notice.language().getLanguage())
                .bind("basis", notice.legalBasis().citations().toJavaArray(String[]::new))
                .bind("count", notice.addresses().size()).bind("most", Notice.MAX_ADDRESSES)
                .mapTo(String.class).findFirst()).map(NoticeReference::new);
    }

    private static NoticeReference join(Handle handle, NoticeReference reference, Notice notice, CaseId caseId) {
        for (ReportedUrl address : notice.addresses()) {
            handle.createUpdate("""
                    update notice set addresses = addresses || :canonical, submitted = submitted || :submitted
                    where reference = :reference and not (:canonical = any(addresses))""")
                    .bind("canonical", address.canonical()).bind("submitted", address.submitted())
                    .bind("reference", reference.value()).execute();
        }
        handle.createUpdate("insert into notice_case (reference, case_id) values (:reference, :caseId) on conflict do nothing")
                .bind("reference", reference.value()).bind("caseId", caseId.value()).execute();
        return reference;
    }

    private NoticeReference insert(Handle handle, Notice notice, CaseId caseId) {
        ContactRows.bind(handle.createUpdate("""
                insert into notice (reference, kind, language, recipient_name, recipient_emails, recipient_role,
                    recipient_source, recipient_by, recipient_origin, recipient_handle, recipient_learnt, submitted,
                    addresses, legal_basis, issued_at, prior_reference, prior_sent_at, prior_recipient)
                values (:reference, :kind, :language, :r_name, :r_emails, :r_role, :r_source, :r_by, :r_origin,
                    :r_handle, :r_learnt, :submitted, :addresses, :basis, :issued, :prior, :priorSent, :priorTo)"""),
                "r_", notice.recipient())
                .bind("reference", notice.reference().value()).bind("kind", notice.kind().name())
                .bind("language", notice.language().getLanguage())
                .bind("submitted", notice.addresses().map(ReportedUrl::submitted).toJavaArray(String[]::new))
                .bind("addresses", notice.addresses().map(ReportedUrl::canonical).toJavaArray(String[]::new))
                .bind("basis", notice.legalBasis().citations().toJavaArray(String[]::new))
                .bind("issued", notice.issued())
                .bind("prior", notice.prior().map(p -> p.reference().value()).getOrNull())
                .bind("priorSent", notice.prior().map(PriorNotice::sent).getOrNull())
                .bind("priorTo", notice.prior().map(PriorNotice::recipient).getOrNull())
                .execute();
        handle.createUpdate("insert into notice_case (reference, case_id) values (:reference, :caseId)")
                .bind("reference", notice.reference().value()).bind("caseId", caseId.value()).execute();
        handle.createUpdate("""
                insert into notice_outbox (id, reference, run_after)
                values (:id, :reference, now() + make_interval(secs => :seconds))""")
                .bind("id", UUID.randomUUID()).bind("reference", notice.reference().value())
                .bind("seconds", gathering.toMillis() / 1000.0).execute();
        return notice.reference();
    }

    @Override
    public Option<NoticeRecord> find(NoticeReference reference) {
        return storage.read(handle -> List.ofAll(handle.createQuery(NOTICE + " where n.reference = :reference")
                .bind("reference", reference.value()).map((rs, ctx) -> record(rs)).list()).headOption());
    }

    @Override
    public Seq<NoticeRecord> ofCase(CaseId caseId) {
        return storage.read(handle -> List.ofAll(handle.createQuery(NOTICE + """
                         where n.reference in (select reference from notice_case where case_id = :caseId)
                        order by n.queued_at, n.reference""")
                .bind("caseId", caseId.value()).map((rs, ctx) -> record(rs)).list()));
    }

    @Override
    public Seq<NoticeRecord> needingAttention(int limit) {
        return storage.read(handle -> List.ofAll(handle.createQuery(NOTICE + """
                         where n.state = 'FAILED' or n.kind = 'ESCALATION'
                        order by coalesce(n.state_at, n.queued_at) desc, n.reference limit :limit""")
                .bind("limit", limit).map((rs, ctx) -> record(rs)).list()));
    }

    @Override
    public Seq<NoticeReference> withdraw(CaseId caseId, Seq<ReportedUrl> addresses, String reason, Instant at) {
        String[] withdrawn = addresses.map(ReportedUrl::canonical).toJavaArray(String[]::new);
        return storage.inOneTransaction(() -> storage.write(handle -> {
            Seq<NoticeReference> waiting = List.ofAll(handle.createQuery("""
                            select n.reference from notice n join notice_outbox o on o.reference = n.reference
                            where n.state = 'QUEUED' and (o.leased_by is null or o.lease_until < now())
                              and n.reference in (select reference from notice_case where case_id = :caseId)
                            order by n.reference
                            for update of n, o""")
                    .bind("caseId", caseId.value()).mapTo(String.class).list()).map(NoticeReference::new);
            waiting.forEach(reference -> withdraw(handle, reference, caseId, withdrawn, reason, at));
            return waiting;
        }));
    }

    /** The case out of one waiting notice: the whole notice when nothing else is left in it, else its addresses. */
    private static void withdraw(Handle handle, NoticeReference reference, CaseId caseId, String[] withdrawn,
            String reason, Instant at) {
        boolean alone = handle.createQuery("""
                        select not exists (select 1 from notice_case where reference = :reference and case_id <> :caseId)
                            or not exists (select 1 from notice n, unnest(n.addresses) a
                                           where n.reference = :reference and not (a = any(:withdrawn)))""")
                .bind("reference", reference.value()).bind("caseId", caseId.value()).bind("withdrawn", withdrawn)
                .mapTo(Boolean.class).one();
        if (alone) {
            handle.createUpdate("delete from notice_outbox where reference = :reference")
                    .bind("reference", reference.value()).execute();
            handle.createUpdate("""
                    update notice set state = 'WITHDRAWN', state_at = :at, withdrawn_reason = :reason
                    where reference = :reference""")
                    .bind("at", at).bind("reason", reason).bind("reference", reference.value()).execute();
            return;
        }
        handle.createUpdate("""
                update notice set
                    submitted = array(select s from unnest(submitted, addresses) with ordinality as t(s, a, i)
                                      where not (a = any(:withdrawn)) order by i),
                    addresses = array(select a from unnest(addresses) with ordinality as t(a, i)
                                      where not (a = any(:withdrawn)) order by i)
                where reference = :reference""")
                .bind("withdrawn", withdrawn).bind("reference", reference.value()).execute();
        handle.createUpdate("delete from notice_case where reference = :reference and case_id = :caseId")
                .bind("reference", reference.value()).bind("caseId", caseId.value()).execute();
    }

    /** Leases up to {@code limit} due notices to this instance for {@code lease}, the oldest first. */
    public Seq<Pending> lease(int limit, Duration lease) {
        java.util.List<UUID> leased = outbox.lease(limit, lease);
        if (leased.isEmpty()) {
            return List.empty();
        }
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select o.id as job, o.attempts, n.* from notice_outbox o join notice n on n.reference = o.reference
                        where o.id = any(:ids) and o.leased_by = :instance order by o.run_after, o.id""")
                .bind("ids", leased.toArray(new UUID[0])).bind("instance", instance)
                .map((rs, ctx) -> new Pending(rs.getObject("job", UUID.class), notice(rs), rs.getInt("attempts")))
                .list()));
    }

    /** The mail server took the notice: it leaves the outbox, marked sent. False when this instance no longer held it. */
    public boolean sent(Pending pending, NoticeSent sent, Instant at) {
        return storage.inOneTransaction(() -> outbox.finish(pending.job()) && storage.write(handle -> handle.createUpdate("""
                update notice set state = 'SENT', state_at = :at, message_id = :messageId, refused = :refused
                where reference = :reference""")
                .bind("at", at).bind("messageId", sent.messageId())
                .bind("refused", sent.refused().map(EmailAddress::value).toJavaArray(String[]::new))
                .bind("reference", pending.notice().reference().value()).execute() == 1));
    }

    /** The notice could not be sent for now: it goes again after {@code after}. */
    public void retryLater(Pending pending, Duration after, SendFailure failure) {
        storage.inOneTransaction(() -> {
            if (outbox.retryLater(pending.job(), after)) {
                storage.write(handle -> handle.createUpdate("update notice_outbox set last_failure = :why where id = :id")
                        .bind("why", failure.detail()).bind("id", pending.job()).execute());
            }
            return null;
        });
    }

    /** The notice cannot be sent: it leaves the outbox, marked failed with why, for staff to see. */
    public boolean failed(Pending pending, SendFailure failure, Instant at) {
        return storage.inOneTransaction(() -> outbox.finish(pending.job()) && storage.write(handle -> handle.createUpdate("""
                update notice set state = 'FAILED', state_at = :at, failure_code = :code, failure_detail = :detail,
                    refused = :refused
                where reference = :reference""")
                .bind("at", at).bind("code", failure.code()).bind("detail", failure.detail())
                .bind("refused", failure instanceof SendFailure.Permanent permanent
                        ? permanent.refused().map(EmailAddress::value).toJavaArray(String[]::new) : null)
                .bind("reference", pending.notice().reference().value()).execute() == 1));
    }

    /** Notices waiting in the outbox, and of those, how many failed at least once. */
    public Backlog backlog() {
        return storage.read(handle -> handle.createQuery("""
                select count(*) as waiting, count(*) filter (where last_failure is not null) as retrying from notice_outbox""")
                .map((rs, ctx) -> new Backlog(rs.getLong("waiting"), rs.getLong("retrying"))).one());
    }

    /** The outbox's size: notices waiting to go, and those among them that failed before. */
    public record Backlog(long waiting, long retrying) {
    }

    private static NoticeRecord record(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("cases");
        UUID[] cases = (UUID[]) array.getArray();
        return new NoticeRecord(notice(rs), List.of(cases).map(CaseId::new), state(rs));
    }

    private static NoticeState state(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return switch (state) {
            case "QUEUED" -> new NoticeState.Queued();
            case "SENT" -> new NoticeState.Sent(rs.getTimestamp("state_at").toInstant(), rs.getString("message_id"));
            case "FAILED" -> new NoticeState.Failed(rs.getTimestamp("state_at").toInstant(), rs.getString("failure_code"),
                    rs.getString("failure_detail"));
            case "WITHDRAWN" -> new NoticeState.Withdrawn(rs.getTimestamp("state_at").toInstant(),
                    rs.getString("withdrawn_reason"));
            default -> throw new IllegalStateException("unknown notice state " + state);
        };
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        String[] submitted = ContactRows.texts(rs, "submitted");
        String[] canonical = ContactRows.texts(rs, "addresses");
        Seq<ReportedUrl> addresses = List.range(0, canonical.length).map(i -> new ReportedUrl(submitted[i], canonical[i]));
        Option<PriorNotice> prior = Option.of(rs.getString("prior_reference")).map(NoticeReference::new)
                .map(reference -> prior(rs, reference));
        return new Notice(new NoticeReference(rs.getString("reference")), NoticeKind.valueOf(rs.getString("kind")),
                Locale.forLanguageTag(rs.getString("language")), ContactRows.read(rs, "recipient_"), addresses,
                new LegalBasis(List.of(ContactRows.texts(rs, "legal_basis"))), rs.getTimestamp("issued_at").toInstant(),
                prior);
    }

    private static PriorNotice prior(ResultSet rs, NoticeReference reference) {
        try {
            return new PriorNotice(reference, rs.getTimestamp("prior_sent_at").toInstant(), rs.getString("prior_recipient"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
