package org.hotline.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.Hop;
import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.Captures;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.report.CaseId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Recorded captures in PostgreSQL: a row per capture, its redirects and its items, written in one transaction. Only
 * measurements are kept; addresses are kept in their canonical form.
 */
public final class PostgresCaptures implements Captures {

    private static final String CAPTURE_COLUMNS = "id, case_id, job_id, requested_address, started_at, took_nanos, "
            + CaptureRows.ANSWER_COLUMNS + ", title, items_omitted, failure_code, failure_values";
    private static final String ITEM_COLUMNS = "id, capture_id, position, address, source, " + CaptureRows.ANSWER_COLUMNS
            + ", width, height, md5, sha1, sha256, pdq, pdq_quality, failure_code, failure_values";

    private final Storage storage;

    public PostgresCaptures(Database database) {
        this.storage = Objects.requireNonNull(database, "database").storage();
    }

    @Override
    public void add(RecordedCapture recorded) {
        storage.write(handle -> {
            insertCapture(handle, recorded);
            insertHops(handle, recorded.id(), recorded.capture().redirects());
            insertItems(handle, recorded);
            CaptureMatches.insert(handle, recorded);
            return null;
        });
    }

    private static void insertCapture(Handle handle, RecordedCapture recorded) {
        Capture capture = recorded.capture();
        var insert = handle.createUpdate("insert into capture (" + CAPTURE_COLUMNS + ") values (:id, :caseId, :jobId, "
                + ":requested, :startedAt, :tookNanos, " + CaptureRows.ANSWER_VALUES + ", :title, :omitted, :failureCode, "
                + ":failureValues)")
                .bind("id", recorded.id().value())
                .bind("caseId", recorded.caseId().value())
                .bind("jobId", recorded.job().value())
                .bind("requested", capture.requested().canonical())
                .bind("startedAt", capture.startedAt())
                .bind("tookNanos", capture.took().toNanos())
                .bind("title", capture.title().getOrNull())
                .bind("omitted", capture.itemsOmitted());
        CaptureRows.bindFailure(CaptureRows.bindAnswer(insert, capture.answer()), capture.failure()).execute();
    }

    private static void insertHops(Handle handle, CaptureId id, Seq<Hop> hops) {
        if (hops.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                insert into capture_hop (capture_id, position, address, connected_to, status)
                values (:captureId, :position, :address, :connectedTo, :status)""");
        hops.zipWithIndex().forEach(hop -> batch
                .bind("captureId", id.value())
                .bind("position", hop._2)
                .bind("address", hop._1.address().canonical())
                .bind("connectedTo", hop._1.connectedTo().text())
                .bind("status", hop._1.status())
                .add());
        batch.execute();
    }

    private static void insertItems(Handle handle, RecordedCapture recorded) {
        if (recorded.itemIds().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("insert into capture_item (" + ITEM_COLUMNS + ") values (:id, "
                + ":captureId, :position, :address, :source, " + CaptureRows.ANSWER_VALUES + ", :width, :height, :md5, "
                + ":sha1, :sha256, :pdq, :pdqQuality, :failureCode, :failureValues)");
        recorded.items().zipWithIndex().forEach(indexed -> {
            CapturedItem item = indexed._1.item();
            batch.bind("id", indexed._1.id().value())
                    .bind("captureId", recorded.id().value())
                    .bind("position", indexed._2)
                    .bind("address", item.address().canonical())
                    .bind("source", item.source().name());
            CaptureRows.bindMeasurements(CaptureRows.bindFailure(CaptureRows.bindAnswer(batch, item.answer()),
                    item.failure()), item.dimensions(), item.fingerprints());
            batch.add();
        });
        batch.execute();
    }

    @Override
    public Seq<RecordedCapture> ofCase(CaseId caseId) {
        return storage.read(handle -> {
            var rows = handle.createQuery("select " + CAPTURE_COLUMNS + " from capture where case_id = :caseId "
                    + "order by recorded desc")
                    .bind("caseId", caseId.value())
                    .map((rs, ctx) -> captureRow(rs))
                    .list();
            if (rows.isEmpty()) {
                return List.empty();
            }
            UUID[] ids = rows.stream().map(row -> row.id().value()).toArray(UUID[]::new);
            var hops = hopsOf(handle, ids);
            var items = itemsOf(handle, ids);
            return List.ofAll(rows).map(row -> row.recorded(hops.getOrDefault(row.id().value(), List.empty()),
                    items.getOrDefault(row.id().value(), List.empty())));
        });
    }

    @Override
    public io.vavr.collection.Map<CaseId, Integer> knownItemsOfLatest(Seq<CaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return io.vavr.collection.HashMap.empty();
        }
        return storage.read(handle -> io.vavr.collection.HashMap.ofEntries(handle.createQuery("""
                select latest.case_id, count(*) as known
                from (select distinct on (case_id) id, case_id from capture where case_id = any(:ids)
                      order by case_id, recorded desc) latest
                join capture_item i on i.capture_id = latest.id
                where exists (select 1 from capture_item_match m where m.item_id = i.id)
                group by latest.case_id""")
                .bind("ids", caseIds.map(CaseId::value).toJavaArray(UUID[]::new))
                .map((rs, ctx) -> io.vavr.Tuple.of(new CaseId(rs.getObject("case_id", UUID.class)), rs.getInt("known")))
                .list()));
    }

    @Override
    public Option<RecordedCapture.RecordedItem> item(CaseId caseId, ItemId itemId) {
        return storage.read(handle -> Option.ofOptional(handle.createQuery("select " + prefixed("i", ITEM_COLUMNS)
                + " from capture_item i join capture c on c.id = i.capture_id where i.id = :item and c.case_id = :caseId")
                .bind("item", itemId.value())
                .bind("caseId", caseId.value())
                .map((rs, ctx) -> item(rs))
                .findFirst())
                .map(found -> withMatches(found, CaptureMatches.of(handle, List.of(found.id().value())))));
    }

    private static RecordedCapture.RecordedItem withMatches(RecordedCapture.RecordedItem item,
            java.util.Map<UUID, List<KnownMatch>> matches) {
        return new RecordedCapture.RecordedItem(item.id(), item.item(),
                matches.getOrDefault(item.id().value(), List.empty()));
    }

    private static java.util.Map<UUID, List<Hop>> hopsOf(Handle handle, UUID[] captureIds) {
        java.util.Map<UUID, List<Hop>> hops = new LinkedHashMap<>();
        handle.createQuery("select capture_id, address, connected_to, status from capture_hop "
                + "where capture_id = any(:ids) order by capture_id, position")
                .bind("ids", captureIds)
                .map((rs, ctx) -> io.vavr.Tuple.of(rs.getObject("capture_id", UUID.class), new Hop(
                        PostgresCaptureJobs.address(rs.getString("address")), CaptureRows.ip(rs.getString("connected_to")),
                        rs.getInt("status"))))
                .forEach(hop -> hops.merge(hop._1, List.of(hop._2), List::appendAll));
        return hops;
    }

    private static java.util.Map<UUID, List<RecordedCapture.RecordedItem>> itemsOf(Handle handle, UUID[] captureIds) {
        java.util.Map<UUID, List<RecordedCapture.RecordedItem>> items = new LinkedHashMap<>();
        handle.createQuery("select " + ITEM_COLUMNS + " from capture_item where capture_id = any(:ids) "
                + "order by capture_id, position")
                .bind("ids", captureIds)
                .map((rs, ctx) -> io.vavr.Tuple.of(rs.getObject("capture_id", UUID.class), item(rs)))
                .forEach(item -> items.merge(item._1, List.of(item._2), List::appendAll));
        var matches = CaptureMatches.of(handle, List.ofAll(items.values()).flatMap(found -> found)
                .map(found -> found.id().value()));
        items.replaceAll((capture, found) -> found.map(item -> withMatches(item, matches)));
        return items;
    }

    private static RecordedCapture.RecordedItem item(ResultSet rs) throws SQLException {
        CapturedItem item = new CapturedItem(PostgresCaptureJobs.address(rs.getString("address")),
                ItemSource.valueOf(rs.getString("source")), CaptureRows.answer(rs), CaptureRows.dimensions(rs),
                CaptureRows.fingerprints(rs), CaptureRows.failure(rs));
        return new RecordedCapture.RecordedItem(new ItemId(rs.getObject("id", UUID.class)), item);
    }

    /** A capture's own row, waiting for its redirects and items. */
    private record CaptureRow(CaptureId id, CaseId caseId, CaptureJobId job, Capture fields) {

        RecordedCapture recorded(List<Hop> hops, List<RecordedCapture.RecordedItem> items) {
            Capture capture = new Capture(fields.requested(), fields.startedAt(), fields.took(), hops, fields.answer(),
                    fields.title(), items.map(RecordedCapture.RecordedItem::item), fields.itemsOmitted(), fields.failure());
            return new RecordedCapture(id, caseId, job, capture, items.map(RecordedCapture.RecordedItem::id),
                    items.map(RecordedCapture.RecordedItem::known));
        }
    }

    private static CaptureRow captureRow(ResultSet rs) throws SQLException {
        Capture fields = new Capture(PostgresCaptureJobs.address(rs.getString("requested_address")),
                PostgresCaptureJobs.instant(rs, "started_at"), Duration.ofNanos(rs.getLong("took_nanos")), List.empty(),
                CaptureRows.answer(rs), Option.of(rs.getString("title")), List.empty(), rs.getInt("items_omitted"),
                CaptureRows.failure(rs));
        return new CaptureRow(new CaptureId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
                new CaptureJobId(rs.getObject("job_id", UUID.class)), fields);
    }

    private static String prefixed(String alias, String columns) {
        return List.of(columns.split(",")).map(String::strip).map(column -> alias + "." + column).mkString(", ");
    }
}
