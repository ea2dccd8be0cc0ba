package org.hotline.adapters.persistence;

import java.util.Objects;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.PartnerRow;
import org.hotline.domain.partner.Partner;
import org.hotline.domain.partner.PartnerId;
import org.hotline.domain.partner.Partners;

/** Partners in PostgreSQL: only the digest of each key is stored. */
public final class PostgresPartners implements Partners {

    private final Storage storage;

    public PostgresPartners(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(Partner partner) {
        storage.write(handle -> handle.createUpdate("""
                insert into partner (id, name, key_digest, registered_at, active)
                values (:id, :name, :keyDigest, :registeredAt, :active)""")
                .bind("id", partner.id().value())
                .bind("name", partner.name())
                .bind("keyDigest", partner.keyDigest())
                .bind("registeredAt", partner.registeredAt())
                .bind("active", partner.active())
                .execute());
    }

    @Override
    public Option<Partner> byKeyDigest(String keyDigest) {
        return Option.ofOptional(storage.read(handle -> handle
                .createQuery("select id, name, key_digest, registered_at, active from partner where key_digest = :digest")
                .bind("digest", keyDigest)
                .mapTo(PartnerRow.class)
                .findOne()))
                .map(PostgresPartners::toPartner);
    }

    @Override
    public Seq<Partner> all() {
        java.util.List<PartnerRow> rows = storage.read(handle -> handle
                .createQuery("select id, name, key_digest, registered_at, active from partner order by registered_at")
                .mapTo(PartnerRow.class)
                .list());
        return List.ofAll(rows).map(PostgresPartners::toPartner);
    }

    @Override
    public boolean withdraw(PartnerId id) {
        return storage.write(handle -> handle.createUpdate("update partner set active = false where id = :id")
                .bind("id", id.value())
                .execute()) == 1;
    }

    private static Partner toPartner(PartnerRow row) {
        return Partner.restore(new PartnerId(row.id()), row.name(), row.keyDigest(), row.registeredAt(), row.active());
    }
}
