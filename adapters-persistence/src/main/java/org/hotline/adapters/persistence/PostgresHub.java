package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.Delivery;
import org.hotline.domain.exchange.HubMailbox;
import org.hotline.domain.exchange.Member;
import org.hotline.domain.exchange.MemberId;
import org.hotline.domain.exchange.MemberRegistry;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.Route;

/**
 * The hub's side of the exchange in PostgreSQL: members ({@code hub_member}, tokens as SHA-256 digests only) and the
 * countries each active one serves ({@code hub_country}, one member a country), the messages taken
 * ({@code hub_taken}, once per sender and identifier), the routes of referrals ({@code hub_route}) and what is held
 * for each member until acknowledged ({@code hub_delivery}).
 */
public final class PostgresHub implements MemberRegistry, HubMailbox {

    private final Storage storage;

    public PostgresHub(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public boolean enrol(Member member, String tokenDigest) {
        String[] countries = member.countries().toJavaArray(String[]::new);
        return storage.inOneTransaction(() -> storage.write(handle -> {
            long taken = handle.createQuery("select count(*) from hub_country where country = any(:countries)")
                    .bind("countries", countries).mapTo(Long.class).one();
            if (taken > 0) {
                return false;
            }
            handle.createUpdate("""
                    insert into hub_member (id, name, countries, since, token_digest)
                    values (:id, :name, :countries, :since, :digest)""")
                    .bind("id", member.id().value()).bind("name", member.name()).bind("countries", countries)
                    .bind("since", member.since()).bind("digest", tokenDigest).execute();
            for (String country : countries) {
                handle.createUpdate("insert into hub_country (country, member_id) values (:country, :id)")
                        .bind("country", country).bind("id", member.id().value()).execute();
            }
            return true;
        }));
    }

    @Override
    public Option<Member> byTokenDigest(String tokenDigest) {
        return one("where token_digest = :value and withdrawn_at is null", tokenDigest);
    }

    @Override
    public Option<Member> serving(CountryCode country) {
        return one("where id = (select member_id from hub_country where country = :value)", country.value());
    }

    @Override
    public Option<Member> byId(MemberId id) {
        return one("where id = :value", id.value());
    }

    @Override
    public boolean replaceToken(MemberId id, String tokenDigest) {
        return storage.write(handle -> handle.createUpdate(
                        "update hub_member set token_digest = :digest where id = :id and withdrawn_at is null")
                .bind("digest", tokenDigest).bind("id", id.value()).execute() == 1);
    }

    @Override
    public boolean withdraw(MemberId id, Instant at) {
        return storage.inOneTransaction(() -> storage.write(handle -> {
            int changed = handle.createUpdate("update hub_member set withdrawn_at = :at where id = :id and withdrawn_at is null")
                    .bind("at", at).bind("id", id.value()).execute();
            handle.createUpdate("delete from hub_country where member_id = :id").bind("id", id.value()).execute();
            return changed == 1;
        }));
    }

    @Override
    public Seq<Member> all() {
        return storage.read(handle -> List.ofAll(handle.createQuery(
                        "select * from hub_member order by withdrawn_at is not null, name, id")
                .map((rs, ctx) -> member(rs)).list()));
    }

    @Override
    public io.vavr.collection.Set<UUID> seen(MemberId sender, Seq<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return io.vavr.collection.HashSet.empty();
        }
        return storage.read(handle -> io.vavr.collection.HashSet.ofAll(handle.createQuery(
                        "select message_id from hub_taken where sender = :sender and message_id = any(:ids)")
                .bind("sender", sender.value()).bind("ids", messageIds.toJavaArray(UUID[]::new))
                .mapTo(UUID.class).list()));
    }

    @Override
    public void hold(Seq<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        storage.inOneTransaction(() -> storage.write(handle -> {
            var taken = handle.prepareBatch(
                    "insert into hub_taken (sender, message_id) values (:sender, :id) on conflict do nothing");
            var held = handle.prepareBatch("""
                    insert into hub_delivery (recipient, message_id, sender, body, held_at)
                    values (:recipient, :id, :sender, cast(:body as jsonb), :at)
                    on conflict (recipient, message_id) do nothing""");
            for (Delivery delivery : deliveries) {
                taken.bind("sender", delivery.sender().value()).bind("id", delivery.message().messageId()).add();
                held.bind("recipient", delivery.recipient().value()).bind("id", delivery.message().messageId())
                        .bind("sender", delivery.sender().value()).bind("body", MessageDocuments.write(delivery.message()))
                        .bind("at", delivery.at()).add();
            }
            taken.execute();
            return held.execute();
        }));
    }

    @Override
    public io.vavr.collection.Map<ReferralId, Route> routes(Seq<ReferralId> referrals) {
        if (referrals.isEmpty()) {
            return io.vavr.collection.HashMap.empty();
        }
        return storage.read(handle -> io.vavr.collection.HashMap.ofEntries(handle.createQuery(
                        "select sender, receiver, referral::text as referral from hub_route where referral_id = any(:ids)")
                .bind("ids", referrals.map(ReferralId::value).toJavaArray(UUID[]::new))
                .map((rs, ctx) -> {
                    var route = new Route((Referral) MessageDocuments.read(rs.getString("referral")),
                            new MemberId(rs.getObject("sender", UUID.class)), new MemberId(rs.getObject("receiver", UUID.class)));
                    return io.vavr.Tuple.of(route.referral().id(), route);
                })
                .list()));
    }

    @Override
    public void route(Seq<Route> routes) {
        if (routes.isEmpty()) {
            return;
        }
        storage.write(handle -> {
            var batch = handle.prepareBatch("""
                    insert into hub_route (referral_id, sender, receiver, referral)
                    values (:id, :sender, :receiver, cast(:referral as jsonb))
                    on conflict (referral_id) do update set receiver = excluded.receiver, referral = excluded.referral""");
            for (Route route : routes) {
                batch.bind("id", route.referral().id().value()).bind("sender", route.sender().value())
                        .bind("receiver", route.receiver().value()).bind("referral", MessageDocuments.write(route.referral()))
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public Seq<Delivery> waiting(MemberId recipient, int limit) {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select sender, body::text as body, held_at from hub_delivery
                        where recipient = :recipient and delivered_at is null order by seq limit :limit""")
                .bind("recipient", recipient.value()).bind("limit", limit)
                .map((rs, ctx) -> new Delivery(new MemberId(rs.getObject("sender", UUID.class)), recipient,
                        MessageDocuments.read(rs.getString("body")), rs.getTimestamp("held_at").toInstant()))
                .list()));
    }

    @Override
    public int acknowledge(MemberId recipient, Seq<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return storage.write(handle -> handle.createUpdate("""
                update hub_delivery set delivered_at = now()
                where recipient = :recipient and message_id = any(:ids) and delivered_at is null""")
                .bind("recipient", recipient.value()).bind("ids", messageIds.toJavaArray(UUID[]::new)).execute());
    }

    @Override
    public Seq<UUID> deliverAgain(MemberId recipient, java.time.Instant since, java.time.Instant until,
            io.vavr.collection.Set<UUID> has) {
        return storage.write(handle -> List.ofAll(handle.createQuery("""
                        update hub_delivery set delivered_at = null
                        where recipient = :recipient and held_at >= :since and held_at < :until and delivered_at is not null
                          and not (message_id = any(:has))
                        returning message_id""")
                .bind("recipient", recipient.value()).bind("since", since).bind("until", until)
                .bind("has", has.toJavaArray(UUID[]::new)).mapTo(UUID.class).list()));
    }

    @Override
    public Seq<Traffic> traffic() {
        return storage.read(handle -> List.ofAll(handle.createQuery("""
                        select m.id,
                               (select count(*) from hub_taken t where t.sender = m.id) as sent,
                               (select count(*) from hub_delivery d where d.recipient = m.id and d.delivered_at is null) as waiting,
                               (select count(*) from hub_delivery d where d.recipient = m.id and d.delivered_at is not null) as delivered
                        from hub_member m""")
                .map((rs, ctx) -> new Traffic(new MemberId(rs.getObject("id", UUID.class)), rs.getLong("sent"),
                        rs.getLong("waiting"), rs.getLong("delivered")))
                .list()));
    }

    private Option<Member> one(String where, Object value) {
        return storage.read(handle -> Option.ofOptional(handle.createQuery("select * from hub_member " + where)
                .bind("value", value).map((rs, ctx) -> member(rs)).findOne()));
    }

    private static Member member(ResultSet rs) throws SQLException {
        String[] countries = (String[]) rs.getArray("countries").getArray();
        return new Member(new MemberId(rs.getObject("id", UUID.class)), rs.getString("name"), TreeSet.of(countries),
                rs.getTimestamp("since").toInstant(), Option.of(rs.getTimestamp("withdrawn_at")).map(java.sql.Timestamp::toInstant));
    }
}
