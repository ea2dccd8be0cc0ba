package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.TrustedDevice;
import org.hotline.domain.staff.TrustedDevices;
import org.hotline.domain.staff.UnknownSignIns;

/**
 * What sign-in guards against guessing with, in PostgreSQL, shared by every instance: the browsers members signed in
 * from (by the digest of their token) and the tally of attempts for unknown usernames per client address.
 */
public final class PostgresSignInGuards implements TrustedDevices, UnknownSignIns {

    private final Storage storage;

    public PostgresSignInGuards(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Option<TrustedDevice> byDigest(String digest) {
        return Option.ofOptional(storage.read(handle -> handle.createQuery("""
                select digest, staff_id, since, last_used_at, failed_sign_ins, locked_until from trusted_device
                where digest = :digest""")
                .bind("digest", digest)
                .map((rows, context) -> new TrustedDevice(rows.getString("digest"),
                        new StaffId(rows.getObject("staff_id", java.util.UUID.class)), instant(rows, "since"),
                        instant(rows, "last_used_at"), rows.getInt("failed_sign_ins"),
                        Option.of(rows.getObject("locked_until", java.time.OffsetDateTime.class)).map(t -> t.toInstant())))
                .findOne()));
    }

    @Override
    public void save(TrustedDevice device) {
        storage.write(handle -> handle.createUpdate("""
                insert into trusted_device (digest, staff_id, since, last_used_at, failed_sign_ins, locked_until)
                values (:digest, :staff, :since, :lastUsedAt, :failures, :lockedUntil)
                on conflict (digest) do update set last_used_at = excluded.last_used_at,
                    failed_sign_ins = excluded.failed_sign_ins, locked_until = excluded.locked_until""")
                .bind("digest", device.digest())
                .bind("staff", device.staff().value())
                .bind("since", device.since())
                .bind("lastUsedAt", device.lastUsedAt())
                .bind("failures", device.failedSignIns())
                .bind("lockedUntil", device.lockedUntil().getOrNull())
                .execute());
    }

    @Override
    public void count(String client, Instant at) {
        storage.write(handle -> handle.createUpdate("""
                insert into unknown_sign_in (client, first_at, last_at, attempts) values (:client, :at, :at, 1)
                on conflict (client) do update set last_at = greatest(unknown_sign_in.last_at, excluded.last_at),
                    attempts = unknown_sign_in.attempts + 1""")
                .bind("client", client).bind("at", at).execute());
    }

    @Override
    public Seq<Tally> due(Instant quietSince, Instant begunBefore) {
        java.util.List<Tally> tallies = storage.read(handle -> handle.createQuery("""
                select client, first_at, last_at, attempts from unknown_sign_in
                where last_at < :quietSince or first_at < :begunBefore
                order by client""")
                .bind("quietSince", quietSince).bind("begunBefore", begunBefore)
                .map((rows, context) -> new Tally(rows.getString("client"), instant(rows, "first_at"),
                        instant(rows, "last_at"), rows.getInt("attempts")))
                .list());
        return List.ofAll(tallies);
    }

    /** Takes away the attempts reported; what was counted since stays, begun where the report ended. */
    @Override
    public void forget(Tally tally) {
        storage.write(handle -> {
            int gone = handle.createUpdate("delete from unknown_sign_in where client = :client and attempts <= :attempts")
                    .bind("client", tally.client()).bind("attempts", tally.attempts()).execute();
            return gone > 0 ? gone : handle.createUpdate("""
                    update unknown_sign_in set attempts = attempts - :attempts, first_at = :last where client = :client""")
                    .bind("attempts", tally.attempts()).bind("last", tally.last()).bind("client", tally.client()).execute();
        });
    }

    private static Instant instant(java.sql.ResultSet rows, String column) throws java.sql.SQLException {
        return rows.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }
}
