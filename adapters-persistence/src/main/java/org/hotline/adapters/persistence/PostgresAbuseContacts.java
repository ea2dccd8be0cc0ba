package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.hostcontacts.AbuseContacts;
import org.hotline.domain.hostcontacts.ContactId;
import org.hotline.domain.hostcontacts.ContactScope;
import org.hotline.domain.hostcontacts.RegisteredContact;

/**
 * The contact registry in PostgreSQL ({@code abuse_contact}): one row per scope and role, the scope matched without
 * regard to case ({@code scope_key}).
 */
public final class PostgresAbuseContacts implements AbuseContacts {

    private static final String COLUMNS = """
            id, scope_kind, scope_value, role as c_role, name as c_name, emails as c_emails, source as c_source,
            entered_by as c_by, origin as c_origin, handle as c_handle, learnt_at as c_learnt""";

    private final Storage storage;

    public PostgresAbuseContacts(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public Seq<RegisteredContact> all() {
        return storage.read(handle -> List.ofAll(handle.createQuery("select " + COLUMNS + " from abuse_contact"
                        + " order by array_position(array['ASN', 'ORGANISATION', 'DOMAIN'], scope_kind), scope_key,"
                        + " array_position(array['HOSTING_PROVIDER', 'SITE_OWNER', 'REGISTRAR'], role)")
                .map((rs, ctx) -> entry(rs)).list()));
    }

    @Override
    public Option<RegisteredContact> find(ContactId id) {
        return storage.read(handle -> List.ofAll(handle.createQuery("select " + COLUMNS + " from abuse_contact where id = :id")
                .bind("id", id.value()).map((rs, ctx) -> entry(rs)).list()).headOption());
    }

    @Override
    public Seq<RegisteredContact> ofScopes(Seq<ContactScope> scopes) {
        if (scopes.isEmpty()) {
            return List.empty();
        }
        return storage.read(handle -> List.ofAll(handle.createQuery("select " + COLUMNS + " from abuse_contact"
                        + " where (scope_kind || ' ' || scope_key) = any(:keys) order by scope_kind, scope_key, role")
                .bind("keys", scopes.map(scope -> scope.kind().name() + " " + scope.key()).toJavaArray(String[]::new))
                .map((rs, ctx) -> entry(rs)).list()));
    }

    @Override
    public boolean add(RegisteredContact entry) {
        return storage.write(handle -> ContactRows.bind(handle.createUpdate("""
                insert into abuse_contact (id, scope_kind, scope_value, role, name, emails, source, entered_by, origin,
                    handle, learnt_at)
                values (:id, :kind, :value, :c_role, :c_name, :c_emails, :c_source, :c_by, :c_origin, :c_handle,
                    :c_learnt)
                on conflict (scope_kind, scope_key, role) do nothing""")
                .bind("id", entry.id().value()).bind("kind", entry.scope().kind().name())
                .bind("value", entry.scope().value()), "c_", entry.contact()).execute()) == 1;
    }

    @Override
    public boolean change(RegisteredContact entry) {
        return storage.write(handle -> {
            boolean taken = handle.createQuery("""
                    select exists (select 1 from abuse_contact where scope_kind = :kind and scope_key = lower(:value)
                                   and role = :role and id <> :id)""")
                    .bind("kind", entry.scope().kind().name()).bind("value", entry.scope().value())
                    .bind("role", entry.role().name()).bind("id", entry.id().value()).mapTo(Boolean.class).one();
            return !taken && ContactRows.bind(handle.createUpdate("""
                    update abuse_contact set scope_kind = :kind, scope_value = :value, role = :c_role, name = :c_name,
                        emails = :c_emails, source = :c_source, entered_by = :c_by, origin = :c_origin,
                        handle = :c_handle, learnt_at = :c_learnt
                    where id = :id""")
                    .bind("id", entry.id().value()).bind("kind", entry.scope().kind().name())
                    .bind("value", entry.scope().value()), "c_", entry.contact()).execute() == 1;
        });
    }

    @Override
    public int put(Seq<RegisteredContact> entries) {
        return storage.inOneTransaction(() -> storage.write(handle -> entries.count(entry -> ContactRows.bind(
                handle.createQuery("""
                        insert into abuse_contact (id, scope_kind, scope_value, role, name, emails, source, entered_by,
                            origin, handle, learnt_at)
                        values (:id, :kind, :value, :c_role, :c_name, :c_emails, :c_source, :c_by, :c_origin, :c_handle,
                            :c_learnt)
                        on conflict (scope_kind, scope_key, role) do update set scope_value = excluded.scope_value,
                            name = excluded.name, emails = excluded.emails, source = excluded.source,
                            entered_by = excluded.entered_by, origin = excluded.origin, handle = excluded.handle,
                            learnt_at = excluded.learnt_at
                        returning (xmax::text <> '0') as replaced""")
                        .bind("id", entry.id().value()).bind("kind", entry.scope().kind().name())
                        .bind("value", entry.scope().value()), "c_", entry.contact())
                .mapTo(Boolean.class).one())));
    }

    private static RegisteredContact entry(ResultSet rs) throws SQLException {
        ContactScope scope = ContactScope.parse(rs.getString("scope_kind"), rs.getString("scope_value")).get();
        return new RegisteredContact(new ContactId(rs.getObject("id", UUID.class)), scope, ContactRows.read(rs, "c_"));
    }
}
