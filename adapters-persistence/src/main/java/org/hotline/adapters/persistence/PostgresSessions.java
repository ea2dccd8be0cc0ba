package org.hotline.adapters.persistence;

import java.time.Instant;
import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.StaffRows.SessionRow;
import org.hotline.domain.staff.Session;
import org.hotline.domain.staff.SessionPolicy;
import org.hotline.domain.staff.Sessions;
import org.hotline.domain.staff.StaffId;

/** Signed-in sessions in PostgreSQL, by the digest of their token: the token itself is never stored. */
public final class PostgresSessions implements Sessions {

    private final Storage storage;

    public PostgresSessions(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void open(Session session) {
        storage.write(handle -> handle.createUpdate("""
                insert into staff_session (id_digest, staff_id, created_at, last_seen_at, form_token, client, browser)
                values (:idDigest, :staffId, :createdAt, :lastSeenAt, :formToken, :client, :browser)""")
                .bindMethods(new SessionRow(session.idDigest(), session.staff().value(), session.createdAt(),
                        session.lastSeenAt(), session.formToken(), session.client(), session.browser()))
                .execute());
    }

    @Override
    public Option<Session> byDigest(String idDigest) {
        return Option.ofOptional(storage.read(handle -> handle.createQuery("select " + COLUMNS + " from staff_session where id_digest = :digest")
                .bind("digest", idDigest)
                .mapTo(SessionRow.class)
                .findOne()))
                .map(PostgresSessions::toSession);
    }

    @Override
    public Seq<Session> of(StaffId staff) {
        java.util.List<SessionRow> rows = storage.read(handle -> handle.createQuery("select " + COLUMNS
                + " from staff_session where staff_id = :staff order by last_seen_at desc, created_at desc")
                .bind("staff", staff.value())
                .mapTo(SessionRow.class)
                .list());
        return List.ofAll(rows).map(PostgresSessions::toSession);
    }

    private static final String COLUMNS = "id_digest, staff_id, created_at, last_seen_at, form_token, client, browser";

    private static Session toSession(SessionRow row) {
        return new Session(row.idDigest(), new StaffId(row.staffId()), row.createdAt(), row.lastSeenAt(), row.formToken(),
                row.client(), row.browser());
    }

    @Override
    public void touch(String idDigest, Instant at) {
        storage.write(handle -> handle.createUpdate(
                "update staff_session set last_seen_at = greatest(last_seen_at, :at) where id_digest = :digest")
                .bind("at", at).bind("digest", idDigest).execute());
    }

    @Override
    public void close(String idDigest) {
        storage.write(handle -> handle.createUpdate("delete from staff_session where id_digest = :digest")
                .bind("digest", idDigest).execute());
    }

    @Override
    public void closeAllOf(StaffId staff) {
        storage.write(handle -> handle.createUpdate("delete from staff_session where staff_id = :staff")
                .bind("staff", staff.value()).execute());
    }

    @Override
    public void closeOthersOf(StaffId staff, String keptDigest) {
        storage.write(handle -> handle.createUpdate(
                "delete from staff_session where staff_id = :staff and id_digest <> :kept")
                .bind("staff", staff.value()).bind("kept", keptDigest).execute());
    }

    @Override
    public int closeExpired(Instant at, SessionPolicy policy) {
        return storage.write(handle -> handle.createUpdate(
                "delete from staff_session where last_seen_at <= :idleSince or created_at <= :openedSince")
                .bind("idleSince", at.minus(policy.idle()))
                .bind("openedSince", at.minus(policy.absolute()))
                .execute());
    }
}
