package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.contact.AbuseContact;
import org.hotline.domain.contact.ContactRole;
import org.hotline.domain.contact.ContactSource;
import org.hotline.domain.contact.EmailAddress;
import org.hotline.domain.staff.StaffId;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A contact in columns, as both the registry ({@code abuse_contact}) and a notice's recipient ({@code notice}) keep
 * it: name, e-mail addresses (text[]), role, and its source as a kind ({@code STAFF}, {@code IMPORTED},
 * {@code RDAP}), who entered it, its origin (the imported file, the RDAP answer), the registry's handle and when it
 * was learnt. The column names differ by a prefix.
 */
final class ContactRows {

    private ContactRows() {
    }

    /** Binds {@code prefix + name}, {@code emails}, {@code role}, {@code source}, {@code by}, {@code origin}, {@code handle}, {@code learnt}. */
    static <S extends SqlStatement<S>> S bind(S statement, String prefix, AbuseContact contact) {
        ContactSource source = contact.source();
        statement.bind(prefix + "name", contact.name())
                .bind(prefix + "emails", contact.emails().map(EmailAddress::value).toJavaArray(String[]::new))
                .bind(prefix + "role", contact.role().name())
                .bind(prefix + "learnt", source.learnt());
        if (source instanceof ContactSource.EnteredByStaff staff) {
            return statement.bind(prefix + "source", "STAFF").bind(prefix + "by", staff.enteredBy().value())
                    .bind(prefix + "origin", (String) null).bind(prefix + "handle", (String) null);
        }
        if (source instanceof ContactSource.Imported imported) {
            return statement.bind(prefix + "source", "IMPORTED").bind(prefix + "by", (UUID) null)
                    .bind(prefix + "origin", imported.origin()).bind(prefix + "handle", (String) null);
        }
        ContactSource.Rdap rdap = (ContactSource.Rdap) source;
        return statement.bind(prefix + "source", "RDAP").bind(prefix + "by", (UUID) null)
                .bind(prefix + "origin", rdap.server()).bind(prefix + "handle", rdap.handle().getOrNull());
    }

    /** Reads the columns {@code <columns>name}, {@code <columns>emails}, ... of a row. */
    static AbuseContact read(ResultSet rs, String columns) throws SQLException {
        Instant learnt = rs.getTimestamp(columns + "learnt").toInstant();
        String kind = rs.getString(columns + "source");
        ContactSource source = switch (kind) {
            case "STAFF" -> new ContactSource.EnteredByStaff(new StaffId(rs.getObject(columns + "by", UUID.class)), learnt);
            case "IMPORTED" -> new ContactSource.Imported(rs.getString(columns + "origin"), learnt);
            case "RDAP" -> new ContactSource.Rdap(rs.getString(columns + "origin"),
                    Option.of(rs.getString(columns + "handle")), learnt);
            default -> throw new IllegalStateException("unknown contact source " + kind);
        };
        return new AbuseContact(rs.getString(columns + "name"),
                List.of(texts(rs, columns + "emails")).map(EmailAddress::new),
                ContactRole.valueOf(rs.getString(columns + "role")), source);
    }

    static String[] texts(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
