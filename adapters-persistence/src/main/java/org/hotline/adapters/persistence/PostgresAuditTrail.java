package org.hotline.adapters.persistence;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.StaffRows.AuditRow;
import org.hotline.adapters.persistence.StaffRows.HeadRow;
import org.hotline.domain.audit.AuditAnchors;
import org.hotline.domain.audit.AuditChain;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditHead;
import org.hotline.domain.audit.AuditRecord;
import org.hotline.domain.audit.AuditRecords;
import org.hotline.domain.audit.AuditSeal;
import org.hotline.domain.audit.AuditTrail;
import org.hotline.domain.audit.ActingRole;
import org.hotline.domain.audit.Actor;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.jdbi.v3.core.Handle;

/**
 * The audit trail in PostgreSQL. An append locks the one-row head of the chain for the rest of its transaction, reads
 * the last hash from it, and writes the new record, sealed, and the new head: appends are serialised, so the chain
 * never forks, even across several instances of the program, and a record joins the unit of work of the change it
 * records. There is no update or delete here; the tables' triggers refuse them from anywhere else, and refuse a record
 * or a head that does not follow the chain.
 */
public final class PostgresAuditTrail implements AuditTrail, AuditRecords {

    private static final String COLUMNS = """
            sequence, actor, actor_role, at, action, subject, state_before, state_after, previous_hash, hash, seal""";

    private final Storage storage;
    private final AuditSeal seal;
    private final AuditAnchors anchors;

    /**
     * The trail, sealing each record under the key and moving the anchor outside the database once the record is
     * committed.
     */
    public PostgresAuditTrail(Database database, AuditSeal seal, AuditAnchors anchors) {
        this.storage = Objects.requireNonNull(database, "database").storage();
        this.seal = Objects.requireNonNull(seal, "seal");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
    }

    @Override
    public void record(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        AuditRecord written = storage.write(handle -> {
            handle.createUpdate("""
                    insert into audit_head (singleton, last_sequence, last_hash) values (true, 0, :genesis)
                    on conflict (singleton) do nothing""")
                    .bind("genesis", AuditHead.EMPTY.hash())
                    .execute();
            AuditHead head = head(handle, " for update").getOrElse(AuditHead.EMPTY);
            AuditRecord record = AuditChain.append(head, entry, seal);
            handle.createUpdate("insert into audit_record (" + COLUMNS + """
                    ) values (:sequence, :actor, :actorRole, :at, :action, :subject, :stateBefore, :stateAfter,
                        :previousHash, :hash, :seal)""")
                    .bindMethods(toRow(record))
                    .execute();
            handle.createUpdate("update audit_head set last_sequence = :sequence, last_hash = :hash")
                    .bind("sequence", record.sequence())
                    .bind("hash", record.hash())
                    .execute();
            return record;
        });
        storage.afterCommit(() -> anchors.advance(written.head()));
    }

    @Override
    public Activity activity() {
        return storage.read(handle -> handle.createQuery(
                "select (select count(*) from staff_member) as staff_members, (select count(*) from case_file) as cases")
                .map((rows, context) -> new Activity(rows.getLong("staff_members"), rows.getLong("cases")))
                .one());
    }

    @Override
    public Seq<AuditRecord> after(long sequence, int limit) {
        java.util.List<AuditRow> rows = storage.read(handle -> handle
                .createQuery("select " + COLUMNS + " from audit_record where sequence > :after order by sequence limit :limit")
                .bind("after", sequence)
                .bind("limit", limit)
                .mapTo(AuditRow.class)
                .list());
        return List.ofAll(rows).map(PostgresAuditTrail::toRecord);
    }

    @Override
    public AuditHead head() {
        return storage.read(handle -> head(handle, "")).getOrElse(AuditHead.EMPTY);
    }

    private static Option<AuditHead> head(Handle handle, String lock) {
        return Option.ofOptional(handle.createQuery("select last_sequence, last_hash from audit_head" + lock)
                .mapTo(HeadRow.class)
                .findOne())
                .map(row -> new AuditHead(row.lastSequence(), row.lastHash()));
    }

    private static AuditRow toRow(AuditRecord record) {
        AuditEntry entry = record.entry();
        return new AuditRow(record.sequence(), entry.actor().map(Actor::value).getOrNull(),
                entry.role().map(ActingRole::name).getOrNull(), entry.at(), entry.action(), entry.subject(), entry.before(),
                entry.after(), record.previousHash(), record.hash(), record.seal().getOrNull());
    }

    /**
     * The record as stored. A row whose content is no longer a valid entry was changed by hand: it is read as an
     * entry that cannot match its hash, so that verification names it instead of failing.
     */
    private static AuditRecord toRecord(AuditRow row) {
        AuditEntry entry;
        try {
            entry = new AuditEntry(Option.of(row.actor()).<Actor>map(StaffId::new), Option.of(row.actorRole()).<ActingRole>map(Role::valueOf),
                    row.at(), row.action(), row.subject(), row.stateBefore(), row.stateAfter());
        } catch (IllegalArgumentException unreadable) {
            entry = AuditEntry.bySystem(java.time.Instant.EPOCH, "audit.unreadable_record", "audit:" + row.sequence(), "", "");
        }
        return new AuditRecord(row.sequence(), entry, row.previousHash(), row.hash(), Option.of(row.seal()));
    }
}
