package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.ExchangeLedger;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.exchange.Outbox;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.ReferralRecord;
import org.hotline.domain.exchange.ReferralRecords;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.SenderVerdict;
import org.hotline.domain.exchange.StatusReport;
import org.hotline.domain.report.CaseId;
import org.jdbi.v3.core.Handle;

/**
 * A hotline's side of the exchange in PostgreSQL: the referrals it sent and received ({@code exchange_referral}) with
 * their statuses ({@code exchange_status}), each kept once by its identifier, and the outbox ({@code exchange_outbox},
 * a {@link JobTable}) that the link to the hub drains: leased with {@code FOR UPDATE SKIP LOCKED} by any instance,
 * removed (and the message marked sent) once the hub took it, given back with a delay when it could not.
 */
public final class PostgresExchange implements ReferralRecords, Outbox, ExchangeLedger {

    /** A message leased from the outbox, with how often it was taken (this time included). */
    public record Pending(UUID id, ExchangeMessage message, int attempts) {
    }

    private final Storage storage;
    private final JobTable table;
    private final String instance;

    public PostgresExchange(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.table = new JobTable(database, "exchange_outbox");
        this.instance = database.instance();
    }

    @Override
    public boolean add(ReferralRecord.Direction direction, CaseId caseId, Referral referral) {
        return storage.write(handle -> handle.createUpdate("""
                insert into exchange_referral (id, direction, case_id, from_country, to_country, address, hosting_trace,
                    verdict_kind, national_category, baseline, rule_book, items, referred_at)
                values (:id, :direction, :caseId, :from, :to, :address, :trace, :kind, :category, :baseline, :ruleBook,
                    cast(:items as jsonb), :at)
                on conflict (id, direction) do nothing""")
                .bind("id", referral.id().value()).bind("direction", direction.name()).bind("caseId", caseId.value())
                .bind("from", referral.from().value()).bind("to", referral.to().value())
                .bind("address", referral.address()).bind("trace", referral.hostingTrace())
                .bind("kind", referral.verdict().kind()).bind("category", referral.verdict().nationalCategory())
                .bind("baseline", referral.verdict().baseline()).bind("ruleBook", referral.verdict().ruleBook())
                .bind("items", MessageDocuments.writeItems(referral.items())).bind("at", referral.at())
                .execute() == 1);
    }

    @Override
    public Option<ReferralRecord> find(ReferralRecord.Direction direction, ReferralId id) {
        return storage.read(handle -> List.ofAll(handle.createQuery("select * from exchange_referral"
                        + " where id = :id and direction = :direction")
                .bind("id", id.value()).bind("direction", direction.name())
                .map((rs, ctx) -> referral(rs)).list()).map(found -> withStatuses(handle, found)).headOption());
    }

    @Override
    public boolean addStatus(ReferralRecord.Direction direction, StatusReport status) {
        return storage.write(handle -> handle.createUpdate("""
                insert into exchange_status (message_id, referral_id, direction, status, said_at, note, moved_to)
                select :id, :referral, :direction, :status, :at, :note, :movedTo
                where exists (select 1 from exchange_referral where id = :referral and direction = :direction)
                on conflict (message_id, direction) do nothing""")
                .bind("id", status.messageId()).bind("referral", status.referral().value())
                .bind("direction", direction.name()).bind("status", status.status().code()).bind("at", status.at())
                .bind("note", status.note()).bind("movedTo", status.movedTo().map(CountryCode::value).getOrNull())
                .execute() == 1);
    }

    @Override
    public Seq<ReferralRecord> ofCase(CaseId caseId) {
        return storage.read(handle -> List.ofAll(handle.createQuery("select * from exchange_referral"
                        + " where case_id = :caseId order by referred_at, id")
                .bind("caseId", caseId.value()).map((rs, ctx) -> referral(rs)).list())
                .map(found -> withStatuses(handle, found)));
    }

    @Override
    public void put(ExchangeMessage message) {
        storage.write(handle -> handle.createUpdate("""
                insert into exchange_outbox (id, kind, body) values (:id, :kind, cast(:body as jsonb))
                on conflict (id) do nothing""")
                .bind("id", message.messageId()).bind("kind", MessageDocuments.kindOf(message))
                .bind("body", MessageDocuments.write(message)).execute());
    }

    /** Leases up to {@code limit} due messages to this instance for {@code lease}, in the order they were written. */
    public Seq<Pending> lease(int limit, Duration lease) {
        java.util.List<UUID> leased = table.lease(limit, lease);
        if (leased.isEmpty()) {
            return List.empty();
        }
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select id, body::text as body, attempts from exchange_outbox
                        where id = any(:ids) and leased_by = :instance order by written_at, id""")
                .bind("ids", leased.toArray(new UUID[0])).bind("instance", instance)
                .map((rs, ctx) -> new Pending(rs.getObject("id", UUID.class), MessageDocuments.read(rs.getString("body")),
                        rs.getInt("attempts")))
                .list()));
    }

    /** The hub took these messages: they leave the outbox and are marked sent. */
    public void sent(Seq<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        UUID[] array = ids.toJavaArray(UUID[]::new);
        storage.inOneTransaction(() -> storage.write(handle -> {
            handle.createUpdate("delete from exchange_outbox where id = any(:ids) and leased_by = :instance")
                    .bind("ids", array).bind("instance", instance).execute();
            handle.createUpdate("update exchange_referral set sent_at = :at where direction = 'OUTGOING' and id = any(:ids)"
                    + " and sent_at is null").bind("ids", array).bind("at", at).execute();
            return handle.createUpdate("update exchange_status set sent_at = :at where message_id = any(:ids)"
                    + " and sent_at is null").bind("ids", array).bind("at", at).execute();
        }));
    }

    /** The message goes again after {@code after}; {@code why} says what went wrong. */
    public void retryLater(UUID id, Duration after, String why) {
        storage.inOneTransaction(() -> {
            if (table.retryLater(id, after)) {
                storage.write(handle -> handle.createUpdate("update exchange_outbox set last_failure = :why where id = :id")
                        .bind("why", why).bind("id", id).execute());
            }
            return null;
        });
    }

    /** The hub refused the message for good: it waits no more, and says why. */
    public void refused(UUID id, String why) {
        storage.write(handle -> handle.createUpdate("""
                update exchange_outbox set run_after = 'infinity', leased_by = null, lease_until = null, last_failure = :why
                where id = :id and leased_by = :instance""")
                .bind("why", why).bind("id", id).bind("instance", instance).execute());
    }

    @Override
    public Seq<UUID> sentBetween(Instant from, Instant until) {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select id from exchange_referral
                        where direction = 'OUTGOING' and sent_at >= :from and sent_at < :until
                        union all
                        select message_id from exchange_status where sent_at >= :from and sent_at < :until""")
                .bind("from", from).bind("until", until).mapTo(UUID.class).list()));
    }

    @Override
    public Seq<UUID> receivedBetween(Instant from, Instant until) {
        // A hotline sends the statuses of the referrals it received, and "withdrawn" of those it sent: every other
        // status, and every incoming referral, came from the network.
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select id from exchange_referral
                        where direction = 'INCOMING' and kept_at >= :from and kept_at < :until
                        union all
                        select message_id from exchange_status
                        where kept_at >= :from and kept_at < :until and (direction = 'OUTGOING') = (status <> 'withdrawn')""")
                .bind("from", from).bind("until", until).mapTo(UUID.class).list()));
    }

    @Override
    public int sendAgain(Seq<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        UUID[] ids = messageIds.toJavaArray(UUID[]::new);
        return storage.inOneTransaction(() -> storage.write(handle -> {
            var referrals = handle.createQuery("select * from exchange_referral where direction = 'OUTGOING'"
                    + " and sent_at is not null and id = any(:ids) order by referred_at, id")
                    .bind("ids", ids).map((rs, ctx) -> (ExchangeMessage) referral(rs).referral()).list();
            var statuses = handle.createQuery("""
                    select s.message_id, s.referral_id, s.status, s.said_at, s.note, s.moved_to from exchange_status s
                    where s.message_id = any(:ids) and s.sent_at is not null
                      and (s.direction = 'INCOMING') = (s.status <> 'withdrawn') order by s.said_at, s.message_id""")
                    .bind("ids", ids).map((rs, ctx) -> (ExchangeMessage) status(rs, new ReferralId(
                            rs.getObject("referral_id", UUID.class)))).list();
            List<ExchangeMessage> again = List.ofAll(referrals).appendAll(statuses);
            again.forEach(this::put);
            UUID[] put = again.map(ExchangeMessage::messageId).toJavaArray(UUID[]::new);
            handle.createUpdate("update exchange_referral set sent_at = null where direction = 'OUTGOING' and id = any(:ids)")
                    .bind("ids", put).execute();
            handle.createUpdate("update exchange_status set sent_at = null where message_id = any(:ids)")
                    .bind("ids", put).execute();
            return again.size();
        }));
    }

    /** Messages waiting to be sent (refused ones not counted), and refused ones. */
    public Backlog backlog() {
        return storage.read(handle -> handle.createQuery("""
                select count(*) filter (where run_after < 'infinity') as waiting,
                       count(*) filter (where run_after = 'infinity') as refused
                from exchange_outbox""")
                .map((rs, ctx) -> new Backlog(rs.getLong("waiting"), rs.getLong("refused"))).one());
    }

    /** The outbox's size: messages waiting to go, and messages the hub refused for good. */
    public record Backlog(long waiting, long refused) {
    }

    private static ReferralRecord referral(ResultSet rs) throws SQLException {
        var referral = new Referral(new ReferralId(rs.getObject("id", UUID.class)),
                new CountryCode(rs.getString("from_country")), new CountryCode(rs.getString("to_country")),
                rs.getString("address"), rs.getString("hosting_trace"), new SenderVerdict(rs.getString("verdict_kind"),
                        rs.getString("national_category"), rs.getBoolean("baseline"), rs.getString("rule_book")),
                MessageDocuments.readItems(rs.getString("items")), rs.getTimestamp("referred_at").toInstant());
        return new ReferralRecord(referral, new CaseId(rs.getObject("case_id", UUID.class)),
                ReferralRecord.Direction.valueOf(rs.getString("direction")), List.empty());
    }

    private static ReferralRecord withStatuses(Handle handle, ReferralRecord found) {
        var statuses = handle.createQuery("""
                        select message_id, status, said_at, note, moved_to from exchange_status
                        where referral_id = :id and direction = :direction order by said_at, kept_at, message_id""")
                .bind("id", found.referral().id().value()).bind("direction", found.direction().name())
                .map((rs, ctx) -> status(rs, found.referral().id()))
                .list();
        return new ReferralRecord(found.referral(), found.caseId(), found.direction(), List.ofAll(statuses));
    }

    private static StatusReport status(ResultSet rs, ReferralId referral) throws SQLException {
        return new StatusReport(rs.getObject("message_id", UUID.class), referral,
                ReferralStatus.ofCode(rs.getString("status")).get(), rs.getTimestamp("said_at").toInstant(),
                rs.getString("note"), Option.of(rs.getString("moved_to")).map(CountryCode::new));
    }
}
