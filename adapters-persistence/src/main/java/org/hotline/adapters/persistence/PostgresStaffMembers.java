package org.hotline.adapters.persistence;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.StaffRows.StaffRow;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.staff.StaffMember;
import org.hotline.domain.staff.StaffMembers;
import org.hotline.domain.staff.Username;

/** Members of staff in PostgreSQL. The "for change" reads lock rows until the unit of work ends. */
public final class PostgresStaffMembers implements StaffMembers {

    private static final String COLUMNS = """
            id, username, display_name, roles, active, password_hash, failed_sign_ins, locked_until,
            must_change_password, created_at, updated_at, language""";

    private final Storage storage;

    public PostgresStaffMembers(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(StaffMember member) {
        storage.write(handle -> handle.createUpdate("insert into staff_member (" + COLUMNS + """
                ) values (:id, :username, :displayName, :roles, :active, :passwordHash, :failedSignIns, :lockedUntil,
                    :mustChangePassword, :createdAt, :updatedAt, :language)""")
                .bindMethods(toRow(member))
                .execute());
    }

    @Override
    public void update(StaffMember member) {
        int updated = storage.write(handle -> handle.createUpdate("""
                update staff_member set display_name = :displayName, roles = :roles, active = :active,
                    password_hash = :passwordHash, failed_sign_ins = :failedSignIns, locked_until = :lockedUntil,
                    must_change_password = :mustChangePassword, updated_at = :updatedAt, language = :language
                where id = :id""")
                .bindMethods(toRow(member))
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("no stored member " + member.id() + " to update");
        }
    }

    @Override
    public Option<StaffMember> byId(StaffId id) {
        return one("where id = :key", id.value(), "");
    }

    @Override
    public Option<StaffMember> byUsername(Username username) {
        return one("where username = :key", username.value(), "");
    }

    @Override
    public Option<StaffMember> forChange(StaffId id) {
        return one("where id = :key", id.value(), " for update");
    }

    @Override
    public Seq<StaffMember> activeAdministrators() {
        return many("where active and 'ADMINISTRATOR' = any(roles) order by username for update");
    }

    @Override
    public Seq<StaffMember> all() {
        return many("order by username");
    }

    private Option<StaffMember> one(String where, Object key, String lock) {
        return Option.ofOptional(storage.read(handle -> handle
                .createQuery("select " + COLUMNS + " from staff_member " + where + lock)
                .bind("key", key)
                .mapTo(StaffRow.class)
                .findOne()))
                .map(PostgresStaffMembers::toMember);
    }

    private Seq<StaffMember> many(String rest) {
        java.util.List<StaffRow> rows = storage.read(handle -> handle
                .createQuery("select " + COLUMNS + " from staff_member " + rest)
                .mapTo(StaffRow.class)
                .list());
        return List.ofAll(rows).map(PostgresStaffMembers::toMember);
    }

    private static StaffRow toRow(StaffMember member) {
        return new StaffRow(member.id().value(), member.username().value(), member.displayName(),
                member.roles().map(Role::name).toJavaArray(String[]::new), member.active(), member.passwordHash(),
                member.failedSignIns(), member.lockedUntil().getOrNull(), member.mustChangePassword(), member.createdAt(),
                member.updatedAt(), member.language().getOrNull());
    }

    private static StaffMember toMember(StaffRow row) {
        return StaffMember.restore(new StaffId(row.id()), new Username(row.username()), row.displayName(),
                TreeSet.of(row.roles()).map(Role::valueOf), row.active(), row.passwordHash(), row.failedSignIns(),
                Option.of(row.lockedUntil()), row.mustChangePassword(), row.createdAt(), row.updatedAt(),
                Option.of(row.language()));
    }

}
