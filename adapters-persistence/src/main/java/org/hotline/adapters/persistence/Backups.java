package org.hotline.adapters.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database as one file, and restores from one. A backup is a consistent snapshot (every table read
 * in one repeatable-read transaction while the program keeps serving), written as a zip: a manifest with the schema
 * version, and each table in PostgreSQL's binary COPY format, which keeps every type exactly. A restore needs an
 * empty database: it creates the schema at the backup's version, copies the tables in an order that satisfies their
 * foreign keys, sets sequences past their data, and migrates forward to the program's current version.
 *
 * <p>Works on the embedded database and on any external PostgreSQL, without {@code pg_dump} (the embedded binaries
 * do not include it, and an older client cannot dump a newer server).
 */
public final class Backups {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "hotline-backup-1";
    private static final String HISTORY = "flyway_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final DataSource dataSource;
    private final DataSource ownerDataSource;

    public Backups(Database database) {
        this.dataSource = database.dataSource();
        this.ownerDataSource = database.ownerDataSource();
    }

    /** What a backup held: the schema version and the rows of each table. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
    }

    /** Writes a backup to {@code target} (through a temporary file, so a failed backup never leaves half a file). */
    public Summary backup(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local statement_timeout = 0");
            }
            String version = schemaVersion(connection);
            List<String> tables = tablesInDependencyOrder(connection);
            Map<String, Long> rows = new LinkedHashMap<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    copy.copyOut("copy " + quote(table) + " to stdout (format binary)", new NonClosing(zip));
                    zip.closeEntry();
                    rows.put(table, count(connection, table));
                }
                Properties manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("schemaVersion", version);
                manifest.setProperty("createdAt", Instant.now().toString());
                manifest.setProperty("tables", String.join(",", tables));
                rows.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(new NonClosing(zip), "Hotline database backup");
                zip.closeEntry();
            }
            connection.commit();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.atInfo().addKeyValue("file", target).addKeyValue("schemaVersion", version).addKeyValue("rows", rows)
                    .log("backup written");
            return new Summary(version, rows);
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            throw new IOException("the backup failed: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * Restores a backup into this database, which must hold no data yet (a fresh database, or one whose schema the
     * program just created). The schema ends at the program's current version.
     */
    public Summary restore(Path source) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Properties manifest = manifest(zip, source);
            String version = manifest.getProperty("schemaVersion");
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            var current = Flyway.configure().dataSource(ownerDataSource).locations("classpath:db/migration").load().info().current();
            if (current != null && current.getVersion().isNewerThan(MigrationVersion.fromVersion(version))) {
                throw new IOException("the database's schema (version " + current.getVersion() + ") is newer than the "
                        + "backup's (version " + version + "); restore into a new, empty database");
            }
            migrate(MigrationVersion.fromVersion(version));
            // As the owner of the schema: the copy switches the tables' own rules off while the old rows come back.
            try (Connection connection = ownerDataSource.getConnection()) {
                connection.setAutoCommit(false);
                requireEmpty(connection);
                // The rows come back as they were: the tables' own rules (such as the audit trail's, which admit a
                // record only after the head of the chain) are for new rows, not for a copy of old ones.
                setUserTriggers(connection, tables, false);
                Map<String, Long> rows = copyTables(connection, zip, manifest, tables);
                setUserTriggers(connection, tables, true);
                advanceSequences(connection);
                connection.commit();
                migrate(null);
                LOG.atInfo().addKeyValue("file", source).addKeyValue("schemaVersion", version).addKeyValue("rows", rows)
                        .log("backup restored");
                return new Summary(version, rows);
            } catch (SQLException e) {
                throw new IOException("the restore failed, and nothing of it was kept: " + e.getMessage(), e);
            }
        }
    }

    /** The backup's manifest, once it is known to be a hotline backup in the format this program reads. */
    private static Properties manifest(ZipFile zip, Path source) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(MANIFEST);
        if (manifestEntry == null) {
            throw new IOException(source + " is not a hotline backup (it has no manifest)");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IOException(source + " is a backup in a format this program does not read: " + manifest.getProperty("format"));
        }
        return manifest;
    }

    /** Copies each table's rows back, checking each count against the manifest; the rows copied per table. */
    private static Map<String, Long> copyTables(Connection connection, ZipFile zip, Properties manifest, List<String> tables)
            throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
            if (entry == null) {
                throw new IOException("the backup lacks the table " + table);
            }
            try (InputStream in = new BufferedInputStream(zip.getInputStream(entry))) {
                rows.put(table, copy.copyIn("copy " + quote(table) + " from stdin (format binary)", in));
            }
            long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
            if (expected >= 0 && rows.get(table) != expected) {
                throw new IOException("the backup's table " + table + " holds " + rows.get(table)
                        + " rows where its manifest says " + expected);
            }
        }
        return rows;
    }

    private void migrate(MigrationVersion target) {
        var configuration = Flyway.configure().dataSource(ownerDataSource).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static void setUserTriggers(Connection connection, List<String> tables, boolean enabled) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("alter table " + quote(table) + (enabled ? " enable" : " disable") + " trigger user");
            }
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException, IOException {
        for (String table : tablesInDependencyOrder(connection)) {
            if (count(connection, table) > 0) {
                throw new IOException("a backup is restored into an empty database only; the table " + table + " has data");
            }
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select version from " + HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!result.next()) {
                throw new SQLException("the database has no schema version");
            }
            return result.getString(1);
        }
    }

    /** The program's tables, each after every table it refers to by a foreign key. */
    static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                    + " and tablename <> '" + HISTORY + "' order by tablename")) {
                while (tables.next()) {
                    dependsOn.put(tables.getString(1), new LinkedHashSet<>());
                }
            }
            try (ResultSet keys = statement.executeQuery("""
                    select child.relname, parent.relname
                    from pg_constraint c
                    join pg_class child on child.oid = c.conrelid
                    join pg_class parent on parent.oid = c.confrelid
                    join pg_namespace n on n.oid = child.relnamespace
                    where c.contype = 'f' and n.nspname = current_schema()""")) {
                while (keys.next()) {
                    if (dependsOn.containsKey(keys.getString(1)) && !keys.getString(1).equals(keys.getString(2))) {
                        dependsOn.get(keys.getString(1)).add(keys.getString(2));
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < dependsOn.size()) {
            boolean progressed = false;
            for (var table : dependsOn.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new SQLException("the tables' foreign keys form a cycle; a backup cannot order them");
            }
        }
        return ordered;
    }

    /** Identity and serial columns continue after the restored rows. */
    private static void advanceSequences(Connection connection) throws SQLException {
        List<String[]> owned = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet sequences = statement.executeQuery("""
                     select s.relname, t.relname, a.attname
                     from pg_class s
                     join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
                     join pg_class t on t.oid = d.refobjid
                     join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                     join pg_namespace n on n.oid = s.relnamespace
                     where s.relkind = 'S' and n.nspname = current_schema()""")) {
            while (sequences.next()) {
                owned.add(new String[] {sequences.getString(1), sequences.getString(2), sequences.getString(3)});
            }
        }
        for (String[] sequence : owned) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select setval('" + quote(sequence[0]) + "', coalesce((select max(" + quote(sequence[2])
                        + ") from " + quote(sequence[1]) + "), 0) + 1, false)");
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + quote(table))) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Lets the COPY and the manifest write into a zip entry without closing the whole zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
