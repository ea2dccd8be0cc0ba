package org.hotline.adapters.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Keeps the embedded server's roles and database as they should be, at every start, as the superuser: the owner of
 * the schema and the application role exist, can sign in with their passwords and nothing more (no superuser, no new
 * roles or databases), the database belongs to the owner, and only the application role may connect besides it.
 * Objects that an earlier version made as the superuser pass to the owner. Every step is safe to repeat, so a start
 * that stopped half-way is completed by the next.
 */
final class EmbeddedRoles {

    private EmbeddedRoles() {
    }

    static void keep(String serverUrl, String databaseUrl, EmbeddedCredentials credentials) throws IOException {
        try (Connection server = connect(serverUrl, credentials);
             Statement statement = server.createStatement()) {
            statement.execute("alter role " + EmbeddedCredentials.SUPERUSER + " password '" + credentials.superuserPassword() + "'");
            keepRole(statement, EmbeddedCredentials.OWNER, credentials.ownerPassword());
            keepRole(statement, EmbeddedCredentials.APPLICATION, credentials.applicationPassword());
            keepDatabase(statement);
        } catch (SQLException e) {
            throw new IOException("the roles of the embedded database could not be kept: " + e.getMessage(), e);
        }
        try (Connection database = connect(databaseUrl, credentials);
             Statement statement = database.createStatement()) {
            handOverToTheOwner(statement);
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IOException("the embedded database could not be handed to its owner: " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url, EmbeddedCredentials credentials) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedCredentials.SUPERUSER);
        properties.setProperty("password", credentials.superuserPassword());
        properties.setProperty("ApplicationName", "hotline-setup");
        return DriverManager.getConnection(url, properties);
    }

    private static void keepRole(Statement statement, String role, String password) throws SQLException {
        try (ResultSet exists = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            if (!exists.next()) {
                statement.execute("create role " + role);
            }
        }
        statement.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " password '" + password + "'");
    }

    private static void keepDatabase(Statement statement) throws SQLException {
        String database = EmbeddedPostgresServer.DATABASE;
        boolean exists;
        try (ResultSet found = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            exists = found.next();
        }
        if (exists) {
            statement.execute("alter database " + database + " owner to " + EmbeddedCredentials.OWNER);
        } else {
            statement.execute("create database " + database + " owner " + EmbeddedCredentials.OWNER
                    + " encoding 'UTF8' template template0");
        }
        statement.execute("revoke all on database " + database + " from public");
        statement.execute("grant connect on database " + database + " to " + EmbeddedCredentials.APPLICATION);
    }

    /** Tables, sequences, views and functions in the schema that the superuser owns (made by earlier versions). */
    private static void handOverToTheOwner(Statement statement) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (ResultSet relations = statement.executeQuery("""
                select case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                                      else 'table' end, quote_ident(c.relname)
                from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and pg_get_userbyid(c.relowner) = current_user
                  and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')
                                  and d.classid = 'pg_class'::regclass and c.relkind = 'S')
                order by c.relkind <> 'S' desc""")) {
            while (relations.next()) {
                changes.add("alter " + relations.getString(1) + " public." + relations.getString(2));
            }
        }
        try (ResultSet functions = statement.executeQuery("""
                select p.oid::regprocedure::text from pg_proc p
                where p.pronamespace = 'public'::regnamespace and pg_get_userbyid(p.proowner) = current_user""")) {
            while (functions.next()) {
                changes.add("alter function " + functions.getString(1));
            }
        }
        for (String change : changes) {
            statement.execute(change + " owner to " + EmbeddedCredentials.OWNER);
        }
    }
}
