package org.hotline.adapters.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.ReportRows.CaseRow;
import org.hotline.adapters.persistence.ReportRows.ReportRow;
import org.hotline.domain.report.Case;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.CaseLink;
import org.hotline.domain.report.CaseSignals;
import org.hotline.domain.report.CaseState;
import org.hotline.domain.report.Filing;
import org.hotline.domain.report.IntakeRules;
import org.hotline.domain.report.QueuePriority;
import org.hotline.domain.report.Report;
import org.hotline.domain.report.ReportedUrl;

/**
 * Files many reports in one transaction with a fixed number of statements, whatever their number: all reports in
 * one insert, the cases that take in their addresses in one read, all new cases in one insert (already carrying their
 * reports' signals and priority), all links in one insert, and, for cases that existed before, their signals and
 * priority in one locking read and one update.
 * The rules are those of filing one report at a time ({@link PostgresReports}); only the round trips are fewer.
 *
 * <p>A report this cannot settle by itself (its idempotency key was used before or appears twice in the batch, or
 * the open case it collided with was closed in between) is handed back, untouched, to be filed alone.
 */
final class FilingBatch {

    /** One report to file, the candidate case for each of its addresses, and the rules that choose its cases. */
    record Pending(Report report, Seq<Case> candidates, IntakeRules rules) {
    }

    /** The filings made, by report, and the reports to file alone. */
    record Result(Map<Report, Filing> filed, List<Pending> fileAlone) {
    }

    private FilingBatch() {
    }

    static Result file(Connection connection, List<Pending> batch) throws SQLException {
        List<Pending> alone = new ArrayList<>();
        IntakeRules rules = batch.get(0).rules();
        List<Pending> sameRules = new ArrayList<>();
        for (Pending p : batch) {
            (p.rules().equals(rules) ? sameRules : alone).add(p);
        }
        List<Pending> pending = withoutRepeatedKeys(sameRules, alone);
        Set<UUID> inserted = insertReports(connection, pending);
        List<Pending> stored = new ArrayList<>();
        for (Pending p : pending) {
            (inserted.contains(p.report().id().value()) ? stored : alone).add(p);
        }
        if (stored.isEmpty()) {
            return new Result(Map.of(), alone);
        }

        // The first report in the batch with an address offers its candidate as the address's case.
        Map<String, Case> candidates = new LinkedHashMap<>();
        for (Pending p : stored) {
            for (int i = 0; i < p.report().urls().size(); i++) {
                candidates.putIfAbsent(p.report().urls().get(i).canonical(), p.candidates().get(i));
            }
        }
        // Which case takes in each address, by the rules: its open case; else one recently closed as not illegal;
        // else the candidate, opened now.
        Map<String, Case> caseOf = new HashMap<>(casesTakingIn(connection, List.copyOf(candidates.values()), rules));
        // What the batch's reports say of each address: a case opened now is inserted with it, already ranked.
        Map<String, CaseSignals> joiningByAddress = new HashMap<>();
        for (Pending p : stored) {
            for (ReportedUrl url : p.report().urls()) {
                joiningByAddress.merge(url.canonical(), CaseSignals.none().plus(p.report()), FilingBatch::together);
            }
        }
        List<Case> toOpen = candidates.values().stream().filter(c -> !caseOf.containsKey(c.url().canonical())).toList();
        Set<UUID> opened = insertCases(connection, toOpen, joiningByAddress, rules.priority());
        List<String> raced = new ArrayList<>();
        for (Case candidate : toOpen) {
            if (opened.contains(candidate.id().value())) {
                caseOf.put(candidate.url().canonical(), candidate);
            } else {
                raced.add(candidate.url().canonical());
            }
        }
        caseOf.putAll(openCasesOf(connection, raced));
        if (caseOf.size() != candidates.size()) {
            // An open case we collided with was closed in between: the batch is undone and filed report by report.
            throw new CaseClosedMeanwhile();
        }

        Map<Report, Filing> filed = new LinkedHashMap<>();
        LinkRows links = new LinkRows();
        // The cases that existed before the batch take in its reports' signals afterwards.
        Map<CaseId, CaseSignals> joiningExisting = new TreeMap<>(java.util.Comparator.comparing(CaseId::value));
        for (Pending p : stored) {
            Report report = p.report();
            List<CaseLink> reportLinks = new ArrayList<>();
            Map<CaseId, CaseState> states = new HashMap<>();
            for (int i = 0; i < report.urls().size(); i++) {
                ReportedUrl url = report.urls().get(i);
                Case target = caseOf.get(url.canonical());
                boolean opens = target.firstReport().equals(report.id()) && opened.contains(target.id().value());
                reportLinks.add(new CaseLink(url, target.id(), opens));
                states.put(target.id(), target.state());
                links.add(report, i, url, target.id(), opens);
                if (!opened.contains(target.id().value())) {
                    joiningExisting.merge(target.id(), CaseSignals.none().plus(report), FilingBatch::together);
                }
            }
            filed.put(report, new Filing(report, io.vavr.collection.List.ofAll(reportLinks),
                    io.vavr.collection.HashMap.ofAll(states)));
        }
        links.insert(connection);
        rank(connection, joiningExisting, rules.priority());
        return new Result(filed, alone);
    }

    private static CaseSignals together(CaseSignals a, CaseSignals b) {
        return new CaseSignals(a.reports() + b.reports(), a.referred() || b.referred(), a.visual() || b.visual());
    }

    /**
     * Adds the joining reports' signals to each existing case and ranks it again, in one update. The cases are locked
     * (and their signals read) in the order of their identifiers first, so that two writers ranking the same cases
     * never wait on each other in a circle.
     */
    private static void rank(Connection connection, Map<CaseId, CaseSignals> joining, QueuePriority priority) throws SQLException {
        if (joining.isEmpty()) {
            return;
        }
        Map<UUID, CaseSignals> before = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement("""
                select id, report_count, referred, visual from case_file
                where id = any(?::uuid[]) order by id for no key update""")) {
            lock.setArray(1, connection.createArrayOf("uuid", joining.keySet().stream().map(CaseId::value).toArray(UUID[]::new)));
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    before.put(rows.getObject(1, UUID.class), new CaseSignals(rows.getInt(2), rows.getBoolean(3), rows.getBoolean(4)));
                }
            }
        }
        int n = joining.size();
        UUID[] ids = new UUID[n];
        Object[] reports = new Object[n];
        Object[] referred = new Object[n];
        Object[] visual = new Object[n];
        Object[] ranks = new Object[n];
        int i = 0;
        for (var entry : joining.entrySet()) {
            CaseSignals now = together(before.get(entry.getKey().value()), entry.getValue());
            ids[i] = entry.getKey().value();
            reports[i] = now.reports();
            referred[i] = now.referred();
            visual[i] = now.visual();
            ranks[i] = priority.of(now).rank();
            i++;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update case_file c
                set report_count = j.reports, referred = j.referred, visual = j.visual, priority = j.priority
                from unnest(?::uuid[], ?::int[], ?::bool[], ?::bool[], ?::int[]) as j(id, reports, referred, visual, priority)
                where c.id = j.id""")) {
            update.setArray(1, connection.createArrayOf("uuid", ids));
            update.setArray(2, connection.createArrayOf("int4", reports));
            update.setArray(3, connection.createArrayOf("bool", referred));
            update.setArray(4, connection.createArrayOf("bool", visual));
            update.setArray(5, connection.createArrayOf("int4", ranks));
            update.executeUpdate();
        }
    }

    /**
     * For each candidate's address, the case that takes in a new report of it, if any: its open case, else the latest
     * case closed as not illegal within the rules' window. One index lookup per address.
     */
    private static Map<String, Case> casesTakingIn(Connection connection, List<Case> candidates, IntakeRules rules)
            throws SQLException {
        Map<String, Case> found = new HashMap<>();
        String[] urls = candidates.stream().map(c -> c.url().canonical()).toArray(String[]::new);
        String[] since = candidates.stream().map(c -> rules.closedNotIllegalSince(c.openedAt()).toString()).toArray(String[]::new);
        String sql = "select " + PostgresCases.CASE_COLUMNS + """
                 from unnest(?::text[], ?::text[]) as w(url, since)
                cross join lateral (
                    select * from (
                        (select *, 0 as preference from case_file
                         where url_key = sha256(convert_to(w.url, 'UTF8')) and state <> 'CLOSED')
                        union all
                        (select *, 1 as preference from case_file
                         where url_key = sha256(convert_to(w.url, 'UTF8')) and state = 'CLOSED'
                           and closure_reason = 'NOT_ILLEGAL' and state_since >= w.since::timestamptz
                         order by state_since desc, id limit 1)) taking_in
                    order by preference limit 1) c""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", urls));
            statement.setArray(2, connection.createArrayOf("text", since));
            readCases(statement, found);
        }
        return found;
    }

    /** A key repeated within the batch: the first request goes in the batch, the others are filed alone after it. */
    private static List<Pending> withoutRepeatedKeys(List<Pending> batch, List<Pending> alone) {
        Set<String> keys = new HashSet<>();
        List<Pending> kept = new ArrayList<>();
        for (Pending p : batch) {
            Option<String> key = p.report().idempotencyKey().map(k -> k.scope() + "\u0000" + k.key());
            if (key.isDefined() && !keys.add(key.get())) {
                alone.add(p);
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

    /**
     * Opens the candidates as cases where no case is open for their address, each with the signals of the batch's
     * reports of its address and the priority they give; the identifiers of those opened.
     */
    private static Set<UUID> insertCases(Connection connection, java.util.Collection<Case> candidates,
            Map<String, CaseSignals> signals, QueuePriority priority) throws SQLException {
        int n = candidates.size();
        if (n == 0) {
            return Set.of();
        }
        UUID[] id = new UUID[n];
        String[] url = new String[n];
        String[] openedAt = new String[n];
        UUID[] firstReport = new UUID[n];
        Object[] reports = new Object[n];
        Object[] referred = new Object[n];
        Object[] visual = new Object[n];
        Object[] ranks = new Object[n];
        int i = 0;
        for (Case candidate : candidates) {
            if (!(candidate.state() instanceof CaseState.AwaitingAssessment)) {
                throw new IllegalArgumentException("a new case awaits assessment: " + candidate);
            }
            id[i] = candidate.id().value();
            url[i] = candidate.url().canonical();
            openedAt[i] = candidate.openedAt().toString();
            firstReport[i] = candidate.firstReport().value();
            CaseSignals joining = signals.get(url[i]);
            reports[i] = joining.reports();
            referred[i] = joining.referred();
            visual[i] = joining.visual();
            ranks[i] = priority.of(joining).rank();
            i++;
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
            statement.setArray(1, connection.createArrayOf("uuid", id));
            statement.setArray(2, connection.createArrayOf("text", url));
            statement.setArray(3, connection.createArrayOf("text", openedAt));
            statement.setArray(4, connection.createArrayOf("uuid", firstReport));
            statement.setArray(5, connection.createArrayOf("int4", reports));
            statement.setArray(6, connection.createArrayOf("bool", referred));
            statement.setArray(7, connection.createArrayOf("bool", visual));
            statement.setArray(8, connection.createArrayOf("int4", ranks));
            return ids(statement);
        }
    }

    /** The open case of each address, by canonical address. */
    private static Map<String, Case> openCasesOf(Connection connection, List<String> urls) throws SQLException {
        Map<String, Case> open = new HashMap<>();
        if (urls.isEmpty()) {
            return open;
        }
        String sql = "select " + PostgresCases.CASE_COLUMNS + """
                 from case_file c
                where c.url_key = any (select sha256(convert_to(u, 'UTF8')) from unnest(?::text[]) u)
                  and c.state <> 'CLOSED'""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", urls.toArray(String[]::new)));
            readCases(statement, open);
        }
        return open;
    }

    /** Reads rows of {@link PostgresCases#CASE_COLUMNS} into cases by canonical address. */
    private static void readCases(PreparedStatement statement, Map<String, Case> into) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                CaseRow row = new CaseRow(rows.getObject(1, UUID.class), rows.getString(2), instant(rows, 3),
                        rows.getObject(4, UUID.class), rows.getString(5), instant(rows, 6), rows.getObject(7, UUID.class),
                        instant(rows, 8), rows.getString(9), rows.getString(10), rows.getString(11));
                into.put(row.canonicalUrl(), ReportMapping.toCase(row));
            }
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        java.time.OffsetDateTime value = rows.getObject(column, java.time.OffsetDateTime.class);
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

    /** The links of every address of every report in the batch, inserted in one statement. */
    private static final class LinkRows {
        private final List<UUID> reports = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private final List<String> submitted = new ArrayList<>();
        private final List<String> canonical = new ArrayList<>();
        private final List<UUID> cases = new ArrayList<>();
        private final List<Boolean> opened = new ArrayList<>();
        private final List<String> receivedAt = new ArrayList<>();

        void add(Report report, int position, ReportedUrl url, CaseId caseId, boolean opens) {
            reports.add(report.id().value());
            positions.add(position);
            submitted.add(url.submitted());
            canonical.add(url.canonical());
            cases.add(caseId.value());
            opened.add(opens);
            receivedAt.add(report.receivedAt().toString());
        }

        void insert(Connection connection) throws SQLException {
            String sql = """
                    insert into report_url (report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at)
                    select report_id, position::smallint, submitted_url, canonical_url, case_id, opened_case, received_at::timestamptz
                    from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::uuid[], ?::bool[], ?::text[])
                         as t(report_id, position, submitted_url, canonical_url, case_id, opened_case, received_at)""";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, array(connection, "uuid", reports.toArray()));
                statement.setArray(2, array(connection, "int4", positions.toArray()));
                statement.setArray(3, array(connection, "text", submitted.toArray()));
                statement.setArray(4, array(connection, "text", canonical.toArray()));
                statement.setArray(5, array(connection, "uuid", cases.toArray()));
                statement.setArray(6, array(connection, "bool", opened.toArray()));
                statement.setArray(7, array(connection, "text", receivedAt.toArray()));
                statement.executeUpdate();
            }
        }

        private static Array array(Connection connection, String type, Object[] values) throws SQLException {
            return connection.createArrayOf(type, values);
        }
    }

    /** The batch met a case closed since the batch read it; it is undone and its reports are filed one by one. */
    static final class CaseClosedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CaseClosedMeanwhile() {
            super("an open case was closed while the batch was being filed", null, false, false);
        }
    }
}
