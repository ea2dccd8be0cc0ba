package org.hotline.adapters.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server this program runs from the binaries on its class path, with its data in a directory that
 * survives restarts. Made for a single hotline's installation and for tests; a larger deployment points the program
 * at its own PostgreSQL instead.
 *
 * <p>The program starts and stops the server itself (with {@code pg_ctl}), so the server stops after the program has
 * finished its last request, never before. It listens on loopback only, and is configured for durability: a commit
 * is on disk before it is acknowledged.
 *
 * <p>Every connection proves a password (SCRAM-SHA-256); the passwords are generated and kept in the data directory
 * (see {@link EmbeddedCredentials}). The schema belongs to an owner role that is not a superuser; the program serves
 * as an application role that may only read and write rows. A data directory made by an earlier version, which
 * trusted every local connection as the superuser, is brought to this at start, with its data.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "hotline";
    static final String SUPERUSER = EmbeddedCredentials.SUPERUSER;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final DirectoryLock lock;
    private final EmbeddedCredentials credentials;

    private EmbeddedPostgresServer(Path binaries, Path dataDirectory, int port, DirectoryLock lock,
            EmbeddedCredentials credentials) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.lock = lock;
        this.credentials = credentials;
    }

    static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
        return start(dataDirectory, freePort());
    }

    /** Starts on a given port; for tests that stop and start a database under a running program. */
    static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path binaries = PostgresBinaries.unpacked();
        Files.createDirectories(directory);
        // Held for as long as this program uses the directory: a second program on the same directory is refused,
        // and a server found running without the lock held can only be an orphan of a killed run.
        DirectoryLock lock = DirectoryLock.acquire(directory);
        try {
            return start(binaries, directory, port, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedPostgresServer start(Path binaries, Path directory, int port, DirectoryLock lock) throws IOException {
        stopOrphanedServer(directory);
        EmbeddedCredentials credentials = Files.exists(directory.resolve("PG_VERSION"))
                ? credentialsOfAnExistingDirectory(directory)
                : initialise(binaries, directory);
        Path log = directory.resolve("log");
        Files.createDirectories(log);
        run(binaries, START_TIMEOUT, "pg_ctl", "-D", directory.toString(), "-l", log.resolve("postgres.log").toString(),
                "-w", "-t", Long.toString(START_TIMEOUT.toSeconds()), "-o", String.join(" ", serverOptions(port)), "start");
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, directory, port, lock, credentials);
        try {
            EmbeddedRoles.keep(server.url("postgres"), server.url(DATABASE), credentials);
            server.requirePasswords();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.atInfo().addKeyValue("dataDirectory", directory).addKeyValue("port", port).log("embedded PostgreSQL started");
        return server;
    }

    /** A new data directory whose superuser has a generated password, and no connection trusted without one. */
    private static EmbeddedCredentials initialise(Path binaries, Path directory) throws IOException {
        EmbeddedCredentials credentials = EmbeddedCredentials.generate();
        // initdb wants the directory empty: the superuser's password waits beside it, private, for as long as it runs.
        Path passwordFile = directory.resolveSibling(directory.getFileName() + ".initdb-password");
        Files.deleteIfExists(passwordFile);
        Files.createFile(passwordFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, credentials.superuserPassword() + "\n", StandardCharsets.US_ASCII);
            run(binaries, Duration.ofMinutes(5), "initdb", "-D", directory.toString(), "-U", SUPERUSER,
                    "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--no-locale", "--no-instructions");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        credentials.saveIn(directory);
        return credentials;
    }

    /**
     * The passwords of an existing data directory. One made by an earlier version has none and trusts every local
     * connection: it gets passwords now, and stops trusting once the roles have them (see {@link #requirePasswords}).
     */
    private static EmbeddedCredentials credentialsOfAnExistingDirectory(Path directory) throws IOException {
        if (EmbeddedCredentials.keptIn(directory)) {
            return EmbeddedCredentials.readFrom(directory);
        }
        if (!HostAuthentication.trustsAnyone(directory)) {
            throw new IOException("the passwords of the embedded database are missing (" + directory.resolve(
                    EmbeddedCredentials.FILE) + "); restore that file from a backup of the data directory");
        }
        LOG.atWarn().addKeyValue("dataDirectory", directory).log("the embedded PostgreSQL trusted every local connection; "
                + "its roles get passwords now, and the program serves as a role that cannot change the schema");
        EmbeddedCredentials credentials = EmbeddedCredentials.generate();
        credentials.saveIn(directory);
        return credentials;
    }

    /** Stops trusting connections without a password, where an earlier version did; the server reloads its rules. */
    private void requirePasswords() throws IOException {
        if (HostAuthentication.trustsAnyone(dataDirectory)) {
            HostAuthentication.requireScram(dataDirectory);
            run(binaries, STOP_TIMEOUT, "pg_ctl", "-D", dataDirectory.toString(), "reload");
            LOG.atInfo().addKeyValue("dataDirectory", dataDirectory).log("the embedded PostgreSQL now requires passwords");
        }
    }

    /** Options on the server's command line; they override postgresql.conf. */
    private static List<String> serverOptions(int port) {
        List<String> options = new ArrayList<>();
        options.add("-p " + port);
        options.add("-c listen_addresses=localhost");
        // TCP only: no Unix socket in a directory that may not exist or may be shared with another server.
        options.add("-c unix_socket_directories=''");
        // Durability: a commit is flushed before it is confirmed, pages are written whole.
        options.add("-c synchronous_commit=on");
        options.add("-c fsync=on");
        options.add("-c full_page_writes=on");
        options.add("-c max_connections=100");
        options.add("-c timezone=UTC");
        return options;
    }

    /** The address of the program's database, without a user: each role connects with its own password. */
    String jdbcUrl() {
        return url(DATABASE);
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    /** Stops the server cleanly: open sessions are ended, and a checkpoint is written. */
    @Override
    public void close() throws IOException {
        try {
            if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                run(binaries, STOP_TIMEOUT, "pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w",
                        "-t", Long.toString(STOP_TIMEOUT.toSeconds()), "stop");
                LOG.atInfo().addKeyValue("dataDirectory", dataDirectory).log("embedded PostgreSQL stopped");
            }
        } finally {
            lock.close();
        }
    }

    /**
     * A server left running by an earlier run of this program that was killed (PostgreSQL outlives it) still holds
     * the data directory. It is asked to shut down before a new one starts.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (orphan.isEmpty() || !orphan.get().isAlive() || !isPostgres(orphan.get())) {
            return;
        }
        LOG.atWarn().addKeyValue("pid", orphan.get().pid()).log("stopping a PostgreSQL left running by an earlier run");
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the earlier PostgreSQL to stop", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the PostgreSQL left running by an earlier run (pid " + orphan.get().pid()
                    + ") did not stop; stop it and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Runs one of the server's programs and waits for it; its output goes to this program's log.
     *
     * <p>PostgreSQL refuses to run as root. When this program is root (as in some containers and CI machines), the
     * server's programs run in a user namespace of their own ({@code unshare -U}), where they are not root.
     */
    static void run(Path binaries, Duration timeout, String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("lib").toString());
        Process process = builder.start();
        String output;
        try {
            // pg_ctl start leaves the server running with its output in the log file, so reading to the end is safe.
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + program, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(program + " failed (exit " + process.exitValue() + "): " + output);
        }
        if (!output.isEmpty()) {
            LOG.atDebug().addKeyValue("program", program).log(output);
        }
    }

    private static Boolean runningAsRoot;

    /** Whether this program runs as root; if so, checks once that {@code unshare} can take the server out of it. */
    private static synchronized boolean runningAsRoot() throws IOException {
        if (runningAsRoot == null) {
            boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .anyMatch(line -> line.split("\\s+")[2].equals("0"));
            if (root) {
                Process probe = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
                try {
                    if (!probe.waitFor(10, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                        throw new IOException("the embedded PostgreSQL cannot run as root, and 'unshare -U' (util-linux) "
                                + "cannot run it as an ordinary user here; run the program as an ordinary user, or set "
                                + "HOTLINE_DB_URL to an external PostgreSQL");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while checking for unshare", e);
                }
            }
            runningAsRoot = root;
        }
        return runningAsRoot;
    }
}
