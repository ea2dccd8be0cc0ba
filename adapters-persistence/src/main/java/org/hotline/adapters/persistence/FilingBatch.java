package org.hotline.adapters.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.CaseRow;
import org.hotline.adapters.persistence.ReportRows.ReportRow;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.CaseSignals;
import org.hotline.domain.report.CasesOfAddress;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.IntakeBatch;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.Reports.KeyReused;
import org.jdbi.v3.core.Handle;

/**
 * The one way reports are filed: many in one transaction with a fixed number of statements, whatever their number. A
 * report filed by itself is a batch of one. The statements fetch and store; {@link IntakeBatch} decides:
 * <ol>
 * <li>all reports in one insert (a report whose idempotency key was used before is not inserted, and is answered as
 *     a replay or as the key reused);</li>
 * <li>the open case and the latest closed case of every address in one read; the domain decides which takes it in;</li>
 * <li>the cases to open in one insert, already carrying their reports' signals and priority (an address another writer
 *     opened a case for meanwhile is read again, and joins that case);</li>
 * <li>the cases joined, locked and read in one statement; the domain checks they still take in reports and adds the
 *     batch's signals; their signals and priority in one update;</li>
 * <li>all links in one insert.</li>
 * </ol>
 *
 * <p>A report whose idempotency key appears twice in the batch, or whose rules differ from the batch's, is handed
 * back untouched, to be filed again as a batch of one.
 */
final class FilingBatch {

    /** One report to file, the candidate case for each of its addresses, and the rules that choose its cases. */
    record Pending(Report report, Seq<Case> candidates, IntakeRules rules) {
    }

    /** How each report was settled (its filing, or the key it reused), and the reports to file again by themselves. */
    record Result(Map<Report, Either<KeyReused, Filing>> settled, List<Pending> again) {
    }

    private FilingBatch() {
    }

    static Result file(Handle handle, List<Pending> batch) throws SQLException {
        Connection connection = handle.getConnection();
        List<Pending> again = new ArrayList<>();
        List<Pending> pending = oneRulesAndNoRepeatedKeys(batch, again);
        Set<UUID> inserted = insertReports(connection, pending);
        Map<Report, Either<KeyReused, Filing>> settled = new LinkedHashMap<>();
        List<Pending> stored = new ArrayList<>();
        for (Pending p : pending) {
            if (inserted.contains(p.report().id().value())) {
                stored.add(p);
            } else {
                settled.put(p.report(), PostgresReports.earlierWithSameKey(handle, ReportMapping.toRow(p.report())));
            }
        }
        if (stored.isEmpty()) {
            return new Result(settled, again);
        }
        IntakeBatch intake = new IntakeBatch(stored.get(0).rules(), io.vavr.collection.List.ofAll(stored)
                .map(p -> new IntakeBatch.Arrival(p.report(), p.candidates())));
        Map<String, Case> caseOf = new HashMap<>();
        Set<CaseId> opened = new HashSet<>();
        openOrJoin(connection, intake, caseOf, opened);
        Map<CaseId, IntakeBatch.Joined> joined = lockJoined(connection, caseOf, opened);
        IntakeBatch.Settlement settlement = intake.settle(io.vavr.collection.HashMap.ofAll(caseOf),
                io.vavr.collection.HashSet.ofAll(opened), io.vavr.collection.HashMap.ofAll(joined))
                .getOrElseThrow(changed -> new CaseClosedMeanwhile());
        rank(connection, settlement.rankings());
        insertLinks(connection, settlement.filings());
        for (Filing filing : settlement.filings()) {
            settled.put(filing.report(), Either.right(filing));
        }
        return new Result(settled, again);
    }

    /**
     * Gives every address of the batch its case: the existing case that takes it in, or its new case, inserted. The
     * new cases are inserted in the order of their addresses, so that two writers opening the same addresses meet
     * them in one order. An address whose case another writer opened meanwhile joins that case.
     */
    private static void openOrJoin(Connection connection, IntakeBatch intake, Map<String, Case> caseOf, Set<CaseId> opened)
            throws SQLException {
        IntakeBatch.Decisions decisions = intake.decide(casesOf(connection, intake.addresses()));
        caseOf.putAll(decisions.joining().toJavaMap());
        Seq<IntakeBatch.Opening> openings = decisions.openings().sortBy(o -> o.candidate().url().canonical());
        Set<UUID> inserted = insertCases(connection, openings);
        List<String> raced = new ArrayList<>();
        for (IntakeBatch.Opening opening : openings) {
            Case candidate = opening.candidate();
            if (inserted.contains(candidate.id().value())) {
                caseOf.put(candidate.url().canonical(), candidate);
                opened.add(candidate.id());
            } else {
                raced.add(candidate.url().canonical());
            }
        }
        if (raced.isEmpty()) {
            return;
        }
        Seq<String> racedAddresses = io.vavr.collection.List.ofAll(raced);
        IntakeBatch.Decisions again = intake.decide(racedAddresses, casesOf(connection, racedAddresses));
        if (!again.openings().isEmpty()) {
            // The case we collided with was closed in between: the batch is undone and its reports filed again.
            throw new CaseClosedMeanwhile();
        }
        caseOf.putAll(again.joining().toJavaMap());
    }

    /**
     * The open case and the latest closed case of each address, by canonical address; one index lookup for each.
     * The domain's rules decide which of them, if any, takes in a report.
     */
    private static io.vavr.collection.Map<String, CasesOfAddress> casesOf(Connection connection, Seq<String> addresses)
            throws SQLException {
        String columns = PostgresCases.CASE_COLUMNS;
        String sql = "select " + columns.replace("c.", "o.") + ", " + columns + """
                 from unnest(?::text[]) as w(url)
                left join lateral (
                    select * from case_file
                    where url_key = sha256(convert_to(w.url, 'UTF8')) and state <> 'CLOSED') o on true
                left join lateral (
                    select * from case_file
                    where url_key = sha256(convert_to(w.url, 'UTF8')) and state = 'CLOSED'
                    order by state_since desc, id limit 1) c on true
                where o.id is not null or c.id is not null""";
        Map<String, CasesOfAddress> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", addresses.toJavaArray(String[]::new)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Option<Case> open = caseAt(rows, 1);
                    Option<Case> closed = caseAt(rows, 12);
                    String address = open.orElse(closed).get().url().canonical();
                    found.put(address, new CasesOfAddress(open, closed));
                }
            }
        }
        return io.vavr.collection.HashMap.ofAll(found);
    }

    /**
     * Locks the cases that existed before the batch and reads them as they stand, with their signals. They are
     * locked in the order of their identifiers, so that two writers joining the same cases never wait on each other
     * in a circle.
     */
    private static Map<CaseId, IntakeBatch.Joined> lockJoined(Connection connection, Map<String, Case> caseOf,
            Set<CaseId> opened) throws SQLException {
        Map<CaseId, IntakeBatch.Joined> joined = new HashMap<>();
        UUID[] ids = caseOf.values().stream().map(Case::id).filter(id -> !opened.contains(id)).map(CaseId::value)
                .toArray(UUID[]::new);
        if (ids.length == 0) {
            return joined;
        }
        try (PreparedStatement lock = connection.prepareStatement("select " + PostgresCases.CASE_COLUMNS + """
                , c.report_count, c.referred, c.visual from case_file c
                where c.id = any(?::uuid[]) order by c.id for no key update""")) {
            lock.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    Case current = caseAt(rows, 1).get();
                    joined.put(current.id(), new IntakeBatch.Joined(current,
                            new CaseSignals(rows.getInt(12), rows.getBoolean(13), rows.getBoolean(14))));
                }
            }
        }
        return joined;
    }

    /** The signals and priority of the cases joined, as the domain ranked them, in one update. */
    private static void rank(Connection connection, Seq<IntakeBatch.Ranking> rankings) throws SQLException {
        if (rankings.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update case_file c
                set report_count = j.reports, referred = j.referred, visual = j.visual, priority = j.priority
                from unnest(?::uuid[], ?::int[], ?::bool[], ?::bool[], ?::int[]) as j(id, reports, referred, visual, priority)
                where c.id = j.id""")) {
            update.setArray(1, connection.createArrayOf("uuid", rankings.map(r -> r.caseId().value()).toJavaArray(UUID[]::new)));
            update.setArray(2, connection.createArrayOf("int4", rankings.map(r -> (Object) r.signals().reports()).toJavaArray()));
            update.setArray(3, connection.createArrayOf("bool", rankings.map(r -> (Object) r.signals().referred()).toJavaArray()));
            update.setArray(4, connection.createArrayOf("bool", rankings.map(r -> (Object) r.signals().visual()).toJavaArray()));
            update.setArray(5, connection.createArrayOf("int4", rankings.map(r -> (Object) r.priority().rank()).toJavaArray()));
            update.executeUpdate();
        }
    }

    /** The batch's reports with repeated idempotency keys or other rules than the first report's go to be filed again. */
    private static List<Pending> oneRulesAndNoRepeatedKeys(List<Pending> batch, List<Pending> again) {
        IntakeRules rules = batch.get(0).rules();
        Set<String> keys = new HashSet<>();
        List<Pending> kept = new ArrayList<>();
        for (Pending p : batch) {
            Option<String> key = p.report().idempotencyKey().map(k -> k.scope() + "\u0000" + k.key());
            if (!p.rules().equals(rules) || (key.isDefined() && !keys.add(key.get()))) {
                again.add(p);
            } else {
                kept.add(p);
            }
        }
        return kept;
    }

    /** Inserts the reports; those whose idempotency key was used before are not inserted. */
    private static Set<UUID> insertReports(Connection connection, List<Pending> pending) throws SQLException {
        int n = pending.size();
        UUID[] id = new UUID[n];
        UUID[] partner = new UUID[n];
        String[][] text = new String[11][n];
        for (int i = 0; i < n; i++) {
            ReportRow row = ReportMapping.toRow(pending.get(i).report());
            id[i] = row.id();
            partner[i] = row.partnerId();
            text[0][i] = row.reference();
            text[1][i] = row.receivedAt().toString();
            text[2][i] = row.channel();
            text[3][i] = String.join(",", row.seen());
            text[4][i] = row.description();
            text[5][i] = row.contactName();
            text[6][i] = row.contactEmail();
            text[7][i] = row.contactPhone();
            text[8][i] = row.idempotencyScope();
            text[9][i] = row.idempotencyKey();
            text[10][i] = row.requestFingerprint();
        }
        String sql = """
                insert into report (id, reference, received_at, channel, seen, description, contact_name, contact_email,
                                    contact_phone, partner_id, idempotency_scope, idempotency_key, request_fingerprint)
                select id, reference, received_at::timestamptz, channel, coalesce(string_to_array(nullif(seen, ''), ','), '{}'),
                       description, contact_name, contact_email, contact_phone, partner_id, idempotency_scope,
                       idempotency_key, request_fingerprint
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::uuid[], ?::text[], ?::text[], ?::text[])
                     as t(id, reference, received_at, channel, seen, description, contact_name, contact_email, contact_phone,
                          partner_id, idempotency_scope, idempotency_key, request_fingerprint)
                on conflict (idempotency_scope, idempotency_key) where idempotency_key is not null do nothing
                returning id""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", id));
            for (int column = 0; column < 8; column++) {
                statement.setArray(2 + column, connection.createArrayOf("text", text[column]));
            }
            statement.setArray(10, connection.createArrayOf("uuid", partner));
            for (int column = 8; column < 11; column++) {
                statement.setArray(3 + column, connection.createArrayOf("text", text[column]));
            }
            return ids(statement);
        }
    }

    /** Inserts the cases to open where no case is open for their address; the identifiers of those inserted. */
    private static Set<UUID> insertCases(Connection connection, Seq<IntakeBatch.Opening> openings) throws SQLException {
        if (openings.isEmpty()) {
            return Set.of();
        }
        String sql = """
                insert into case_file (id, canonical_url, url_key, opened_at, first_report_id, state, state_since,
                                       report_count, referred, visual, priority)
                select id, url, sha256(convert_to(url, 'UTF8')), opened_at::timestamptz, first_report_id,
                       'AWAITING_ASSESSMENT', opened_at::timestamptz, reports, referred, visual, priority
                from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::int[], ?::bool[], ?::bool[], ?::int[])
                     as t(id, url, opened_at, first_report_id, reports, referred, visual, priority)
                on conflict (url_key) where state <> 'CLOSED' do nothing
                returning id""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", openings.map(o -> o.candidate().id().value()).toJavaArray(UUID[]::new)));
            statement.setArray(2, connection.createArrayOf("text", openings.map(o -> o.candidate().url().canonical()).toJavaArray(String[]::new)));
            statement.setArray(3, connection.createArrayOf("text", openings.map(o -> o.candidate().openedAt().toString()).toJavaArray(String[]::new)));
            statement.setArray(4, connection.createArrayOf("uuid", openings.map(o -> o.candidate().firstReport().value()).toJavaArray(UUID[]::new)));
            statement.setArray(5, connection.createArrayOf("int4", openings.map(o -> (Object) o.signals().reports()).toJavaArray()));
            statement.setArray(6, connection.createArrayOf("bool", openings.map(o -> (Object) o.signals().referred()).toJavaArray()));
            statement.setArray(7, connection.createArrayOf("bool", openings.map(o -> (Object) o.signals().visual()).toJavaArray()));
            statement.setArray(8, connection.createArrayOf("int4", openings.map(o -> (Object) o.priority().rank()).toJavaArray()));
            return ids(statement);
        }
    }

    /** The links of every address of every report filed, in one insert. */
    private static void insertLinks(Connection connection, Seq<Filing> filings) throws SQLException {
        List<Object> reports = new ArrayList<>();
        List<Object> positions = new ArrayList<>();
        List<Object> submitted = new ArrayList<>();
        List<Object> canonical = new ArrayList<>();
        List<Object> cases = new ArrayList<>();
        List<Object> opened = new ArrayList<>();
        List<Object> receivedAt = new ArrayList<>();
        for (Filing filing : filings) {
            int position = 0;
            for (CaseLink link : filing.links()) {
                reports.add(filing.report().id().value());
                positions.add(position++);
                submitted.add(link.url().submitted());
                canonical.add(link.url().canonical());
                cases.add(link.caseId().value());
                opened.add(link.opened());
                receivedAt.add(filing.report().receivedAt().toString());
            }
        }
        String sql = """
                insert into report_url (report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at)
                select report_id, position::smallint, submitted_url, canonical_url, case_id, opened_case, received_at::timestamptz
                from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::uuid[], ?::bool[], ?::text[])
                     as t(report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at)""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, array(connection, "uuid", reports));
            statement.setArray(2, array(connection, "int4", positions));
            statement.setArray(3, array(connection, "text", submitted));
            statement.setArray(4, array(connection, "text", canonical));
            statement.setArray(5, array(connection, "uuid", cases));
            statement.setArray(6, array(connection, "bool", opened));
            statement.setArray(7, array(connection, "text", receivedAt));
            statement.executeUpdate();
        }
    }

    /** The case in the {@link PostgresCases#CASE_COLUMNS} starting at a column, or none where they are null. */
    private static Option<Case> caseAt(ResultSet rows, int first) throws SQLException {
        UUID id = rows.getObject(first, UUID.class);
        if (id == null) {
            return Option.none();
        }
        return Option.some(ReportMapping.toCase(new CaseRow(id, rows.getString(first + 1), instant(rows, first + 2),
                rows.getObject(first + 3, UUID.class), rows.getString(first + 4), instant(rows, first + 5),
                rows.getObject(first + 6, UUID.class), instant(rows, first + 7), rows.getString(first + 8),
                rows.getString(first + 9), rows.getString(first + 10))));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Set<UUID> ids(PreparedStatement statement) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static Array array(Connection connection, String type, List<Object> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }

    /** A case the batch joined or collided with was closed meanwhile; the batch is undone and filed again. */
    static final class CaseClosedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CaseClosedMeanwhile() {
            super("a case was closed while the batch was being filed", null, false, false);
        }
    }
}
