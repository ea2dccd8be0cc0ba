package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListName;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The entries of known content the items of a capture matched, as rows of {@code capture_item_match}, nearest first. */
final class CaptureMatches {

    private CaptureMatches() {
    }

    static void insert(Handle handle, RecordedCapture recorded) {
        if (recorded.knownItems() == 0) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                insert into capture_item_match (item_id, position, list_name, jurisdiction, entry_id, algorithm,
                    stored_hash, distance, verdict, category, baseline, added)
                values (:item, :position, :list, :jurisdiction, :entry, :algorithm, :hash, :distance, :verdict,
                    :category, :baseline, :added)""");
        recorded.items().forEach(item -> item.known().zipWithIndex().forEach(match -> batch
                .bind("item", item.id().value())
                .bind("position", match._2)
                .bind("list", match._1.list().value())
                .bind("jurisdiction", match._1.jurisdiction().value())
                .bind("entry", match._1.entry())
                .bind("algorithm", match._1.stored().algorithm().name())
                .bind("hash", match._1.stored().hex())
                .bind("distance", match._1.distance())
                .bind("verdict", match._1.classification().verdict().name())
                .bind("category", match._1.classification().category().getOrNull())
                .bind("baseline", match._1.classification().baseline())
                .bind("added", match._1.added())
                .add()));
        batch.execute();
    }

    /** Each of these items' matches, nearest first; an item without any is absent. */
    static java.util.Map<UUID, List<KnownMatch>> of(Handle handle, Seq<UUID> itemIds) {
        java.util.Map<UUID, List<KnownMatch>> matches = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return matches;
        }
        handle.createQuery("""
                select item_id, list_name, jurisdiction, entry_id, algorithm, stored_hash, distance, verdict, category,
                    baseline, added
                from capture_item_match where item_id = any(:ids) order by item_id, position""")
                .bind("ids", itemIds.toJavaArray(UUID[]::new))
                .map((rs, ctx) -> io.vavr.Tuple.of(rs.getObject("item_id", UUID.class), match(rs)))
                .forEach(match -> matches.merge(match._1, List.of(match._2), List::appendAll));
        return matches;
    }

    private static KnownMatch match(ResultSet rs) throws SQLException {
        return new KnownMatch(new ListName(rs.getString("list_name")), new CountryCode(rs.getString("jurisdiction")),
                rs.getLong("entry_id"), new KnownHash(HashAlgorithm.valueOf(rs.getString("algorithm")),
                        rs.getString("stored_hash")), rs.getInt("distance"),
                new KnownClassification(KnownVerdict.valueOf(rs.getString("verdict")),
                        Option.of(rs.getString("category")), rs.getBoolean("baseline")),
                rs.getObject("added", java.time.LocalDate.class));
    }
}
