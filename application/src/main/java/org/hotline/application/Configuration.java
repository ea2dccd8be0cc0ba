package org.hotline.application;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hotline.adapters.persistence.DatabaseSettings;
import org.hotline.adapters.web.WebSettings;
import org.hotline.domain.CountryCode;

/**
 * Every setting of the program, read from environment variables, each with a documented default. Reading checks
 * them all and reports every wrong one at once, naming the variable and what it expects.
 */
public record Configuration(
        String host,
        int port,
        Optional<CountryCode> jurisdiction,
        Optional<Path> pluginsDirectory,
        Path dataDirectory,
        DatabaseSettings database,
        ZoneId timeZone,
        WebSettings web,
        LogFormat logFormat,
        Optional<String> metricsToken,
        Optional<BackupSchedule> backups,
        Casework casework,
        Optional<String> auditKey,
        HostingTraceSettings hostingTrace,
        CaptureConfiguration capture,
        ExchangeSettings exchange,
        NoticeSettings notices) {

    /** Whether this program runs as a hotline or as the network's hub ({@code HOTLINE_ROLE}). */
    public enum Role { HOTLINE, HUB }

    /**
     * The network exchange: this program's role; for a hotline, the hub's address and the hotline's member token (both
     * or neither: without them referrals wait in the outbox), and how often it talks to the hub; for the hub, the
     * administrator's token that manages members.
     */
    public record ExchangeSettings(Role role, Optional<java.net.URI> hub, Optional<String> token,
            Optional<String> administratorToken, java.time.Duration every) {

        public boolean connected() {
            return hub.isPresent() && token.isPresent();
        }
    }

    /** The same configuration on another port (tests use 0, for any free one). */
    public Configuration withPort(int other) {
        return new Configuration(host, other, jurisdiction, pluginsDirectory, dataDirectory, database, timeZone, web,
                logFormat, metricsToken, backups, casework, auditKey, hostingTrace, capture, exchange, notices);
    }

    /**
     * Notices to hosting providers: the mail server they go through (none: they wait in the outbox), how often the
     * outbox is worked through, how long a notice waits for others to the same contact to join it, and the first wait
     * after a temporary failure (doubling after each, at most an hour).
     */
    public record NoticeSettings(Optional<org.hotline.adapters.mail.MailSettings> mail, java.time.Duration every,
            java.time.Duration gathering, java.time.Duration firstRetry,
            Optional<org.hotline.adapters.rdap.RdapSettings> rdap) {
    }

    /**
     * How this instance captures reported addresses.
     *
     * @param settings the fetcher's bounds, proxy and allowed ranges ({@code HOTLINE_CAPTURE_*})
     * @param workers how many captures this instance runs at once; 0 runs none here (another instance does)
     * @param recheckEvery how often the running takedowns' addresses are fetched again (once across the instances)
     */
    public record CaptureConfiguration(org.hotline.domain.capture.CaptureSettings settings, int workers,
            java.time.Duration recheckEvery) {

        /** Captures run at once by default: each mostly waits on the network. */
        public static final int DEFAULT_WORKERS = 4;
    }

    /**
     * Where the hosting trace asks DNS and finds the IP data.
     *
     * @param dnsServers the resolvers to ask; none given means the machine's own (/etc/resolv.conf)
     * @param dnsTimeout the longest the DNS questions about one host name take together
     * @param ipDataDirectory where scripts/fetch-ip-data.sh puts the IP data
     */
    public record HostingTraceSettings(List<java.net.InetSocketAddress> dnsServers, java.time.Duration dnsTimeout,
            Path ipDataDirectory) {

        /** The resolver settings for the trace adapter. */
        public org.hotline.adapters.trace.dns.DnsSettings dns() {
            return org.hotline.adapters.trace.dns.DnsSettings.of(
                    dnsServers.isEmpty() ? org.hotline.adapters.trace.dns.DnsSettings.systemServers() : dnsServers, dnsTimeout);
        }
    }

    /**
     * How the workbench treats claims, folding and welfare.
     *
     * @param claimLength how long a claim on a case runs before the case counts as free again
     * @param foldWindow how long after a case was closed as not illegal new reports of its address still fold into it
     * @param dailyLimit the most assessment time an analyst spends in a day before the queue stops handing them cases
     * @param breakAfter the assessment time without a break after which an analyst is reminded to take one
     */
    public record Casework(java.time.Duration claimLength, java.time.Duration foldWindow, java.time.Duration dailyLimit,
            java.time.Duration breakAfter) {
    }

    /** Where and how often the running program writes backups, and how many it keeps. */
    public record BackupSchedule(Path directory, java.time.Duration every, int keep) {
    }

    /** How log lines are written. */
    public enum LogFormat { TEXT, JSON }

    /** One documented setting. */
    public record Setting(String variable, String defaultValue, String meaning) {
    }

    /** Every setting, as the README documents them: the program's own, then the capture's. */
    public static final List<Setting> SETTINGS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            new Setting("HOTLINE_HOST", "127.0.0.1", "Address the web server listens on; 0.0.0.0 for every interface."),
            new Setting("HOTLINE_PORT", "7070", "Port of the web server."),
            new Setting("HOTLINE_JURISDICTION", "(none: the only law adapter present)", "Home jurisdiction (ISO 3166-1 alpha-2; UK is read as GB) whose law adapter is used. When unset, the program uses the law adapter present if there is exactly one, and refuses to start, naming them, if there are several."),
            new Setting("HOTLINE_PLUGINS_DIR", "(none)", "Directory of law adapter jars, loaded beside those built in, to add a country without rebuilding. Only its owner may write to it."),
            new Setting("HOTLINE_LAW_*", "(none)", "Settings for the law adapters: HOTLINE_LAW_UK_S46A_COMMENCEMENT=2027-01-01 gives the adapter uk.s46a.commencement."),
            new Setting("HOTLINE_DATA_DIR", "./data", "Directory for the program's data; the embedded database lives in its postgres folder, the hosting trace's IP data in its ip folder."),
            new Setting("HOTLINE_DB_DIR", "<HOTLINE_DATA_DIR>/postgres", "Directory of the embedded PostgreSQL, when HOTLINE_DB_URL is not set."),
            new Setting("HOTLINE_DB_PORT", "0", "Loopback port of the embedded PostgreSQL; 0 for any free port. Fix it to connect psql to the embedded database."),
            new Setting("HOTLINE_DB_URL", "(none: embedded PostgreSQL)", "JDBC URL of an external PostgreSQL, such as jdbc:postgresql://db.example.org:5432/hotline."),
            new Setting("HOTLINE_DB_USER", "(none)", "User for HOTLINE_DB_URL."),
            new Setting("HOTLINE_DB_PASSWORD", "(none)", "Password for HOTLINE_DB_URL."),
            new Setting("HOTLINE_DB_MIGRATION_USER", "(none: HOTLINE_DB_USER)", "Role that owns the schema of HOTLINE_DB_URL and migrates it; the program then serves as HOTLINE_DB_USER with only the privileges it needs."),
            new Setting("HOTLINE_DB_MIGRATION_PASSWORD", "(none)", "Password for HOTLINE_DB_MIGRATION_USER."),
            new Setting("HOTLINE_DB_POOL_SIZE", "16", "Most database connections the program opens."),
            new Setting("HOTLINE_TIME_ZONE", "Europe/Brussels", "Time zone in which times are shown to people."),
            new Setting("HOTLINE_RATE_LIMIT_PER_MINUTE", "30", "Reports one client of the public may file a minute over time (0 turns the limit off); partners with a key are not limited."),
            new Setting("HOTLINE_RATE_LIMIT_BURST", "10", "Reports one client of the public may file at once."),
            new Setting("HOTLINE_TRUSTED_PROXIES", "(none)", "Comma-separated addresses of reverse proxies whose X-Forwarded-For header gives the client's address."),
            new Setting("HOTLINE_LANGUAGES", "en,nl,fr", "Languages the pages are offered in, the first being the default; each needs a messages_xx.properties bundle."),
            new Setting("HOTLINE_MESSAGES_DIR", "(none)", "Directory with an i18n folder of extra messages_xx.properties bundles, to add a language without rebuilding."),
            new Setting("HOTLINE_MAX_BODY_BYTES", Long.toString(WebSettings.DEFAULT_MAX_BODY_BYTES), "Largest request body accepted; larger ones are answered 413."),
            new Setting("HOTLINE_LOG_FORMAT", "text", "text for key=value lines, json for one JSON object per line."),
            new Setting("HOTLINE_BACKUP_DIR", "(none: no scheduled backups)", "Directory where the running program writes backups."),
            new Setting("HOTLINE_BACKUP_EVERY_HOURS", "24", "Hours between scheduled backups, when HOTLINE_BACKUP_DIR is set."),
            new Setting("HOTLINE_BACKUP_KEEP", "7", "Scheduled backups kept; older ones are removed."),
            new Setting("HOTLINE_AUDIT_KEY", "(none: the file audit.key in HOTLINE_DATA_DIR)", "Key that seals the audit trail, as 64 hexadecimal characters; several instances on one database share one. Without it the key is kept in the data directory, made at the first start."),
            new Setting("HOTLINE_METRICS_TOKEN", "(none)", "Bearer token a Prometheus scraper on another machine presents; without it /metrics answers this machine only."),
            new Setting("HOTLINE_SECURE_COOKIES", "false", "true when the site is only served over TLS: cookies are then always marked Secure, not only when a request is seen to come over TLS."),
            new Setting("HOTLINE_CLAIM_MINUTES", "30", "Minutes a claim on a case runs (1 to 480); after that the case counts as free again."),
            new Setting("HOTLINE_FOLD_WINDOW_DAYS", "30", "Days after a case was closed as not illegal during which new reports of its address fold into it (0 to 3650)."),
            new Setting("HOTLINE_WELFARE_DAILY_LIMIT_MINUTES", "240", "Most minutes of assessment an analyst spends a day (1 to 1440); past it the queue hands them no new case until the next day, unless a supervisor lifts the limit."),
            new Setting("HOTLINE_WELFARE_BREAK_AFTER_MINUTES", "50", "Minutes of assessment without a break of 10 minutes after which an analyst is reminded to take one (1 to 1440)."),
            new Setting("HOTLINE_DNS_SERVERS", "(none: the machine's resolvers)", "Comma-separated addresses of the DNS resolvers the hosting trace asks, each an IP address with an optional port (192.0.2.53, [2001:db8::53]:5353)."),
            new Setting("HOTLINE_DNS_TIMEOUT_SECONDS", "10", "Longest time the DNS questions about one host name take together (1 to 120); one resolver is given a third of it, at most 3 s, per question."),
            new Setting("HOTLINE_ROLE", "hotline", "hotline to run a hotline; hub to run the network's exchange hub (no law, no staff pages: the exchange protocol under /exchange/v1) on a database of its own."),
            new Setting("HOTLINE_EXCHANGE_URL", "(none: not connected)", "Address of the network's hub, such as https://hub.example.org; with HOTLINE_EXCHANGE_TOKEN the hotline sends referrals and statuses and takes those for it. Without them referrals wait in the outbox."),
            new Setting("HOTLINE_EXCHANGE_TOKEN", "(none)", "The hotline's member token, issued by the hub's administrator; never logged."),
            new Setting("HOTLINE_EXCHANGE_EVERY_MILLIS", "1000", "Milliseconds between the hotline's rounds with the hub (100 to 600000): the outbox sent, the hub's deliveries taken."),
            new Setting("HOTLINE_HUB_ADMIN_TOKEN", "(none: members cannot be managed)", "For the hub: the administrator's bearer token (at least 24 characters) that enrols, re-issues and withdraws members; kept in memory as a digest, never logged."),
            new Setting("HOTLINE_CAPTURE_WORKERS", Integer.toString(CaptureConfiguration.DEFAULT_WORKERS), "Captures this instance runs at once (0 to 64); 0 runs none here, leaving them to other instances on the database."),
            new Setting("HOTLINE_RECHECK_EVERY_MINUTES", "60", "Minutes between re-checks of the running takedowns' addresses through the capture fetcher (1 to 10080), once across the instances.")),
            java.util.stream.Stream.concat(java.util.stream.Stream.of(
                    new Setting("HOTLINE_NOTICE_EVERY_SECONDS", "10", "Seconds between the rounds of the notice outbox (1 to 3600): due notices are sent."),
                    new Setting("HOTLINE_NOTICE_GATHER_SECONDS", "60", "Seconds a queued notice waits before it is sent (0 to 3600), so that the addresses of other cases queued for the same contact meanwhile go in the same notice."),
                    new Setting("HOTLINE_NOTICE_RETRY_SECONDS", "60", "First wait after a notice could not be sent for now (1 to 3600); it doubles after each failure, at most an hour, and a notice failing for 30 attempts is marked failed.")),
                    java.util.stream.Stream.concat(org.hotline.domain.capture.CaptureSettings.VARIABLES.stream()
                            .map(variable -> new Setting(variable.name(), variable.defaultValue(), variable.meaning())),
                            java.util.stream.Stream.concat(org.hotline.adapters.mail.MailSettings.VARIABLES.stream(),
                                    org.hotline.adapters.rdap.RdapSettings.VARIABLES.stream())
                            .map(variable -> new Setting(variable.name(), variable.defaultValue(), variable.meaning()))))).toList();

    /** Reads the configuration, or every problem with it. */
    public static Result read(Map<String, String> environment) {
        var reader = new Reader(environment);
        String host = reader.text("HOTLINE_HOST");
        int port = reader.number("HOTLINE_PORT", 1, 65535);
        Optional<CountryCode> jurisdiction = jurisdiction(reader);
        Optional<Path> pluginsDirectory = pluginsDirectory(reader);
        Path dataDirectory = reader.parse("HOTLINE_DATA_DIR", Reader::path, "a directory path");
        java.util.function.Supplier<DatabaseSettings> database = database(reader, dataDirectory);
        ZoneId zone = reader.parse("HOTLINE_TIME_ZONE", Reader::zone, "a time zone such as Europe/Brussels");
        java.util.function.Supplier<WebSettings> web = web(reader);
        LogFormat logFormat = reader.parse("HOTLINE_LOG_FORMAT", Reader::logFormat, "text or json");
        Optional<String> metricsToken = reader.optional("HOTLINE_METRICS_TOKEN");
        if (metricsToken.isPresent() && metricsToken.get().length() < 24) {
            reader.problem("HOTLINE_METRICS_TOKEN", "must be at least 24 characters long, so that it cannot be guessed");
        }
        Optional<String> auditKey = reader.optional("HOTLINE_AUDIT_KEY");
        if (auditKey.isPresent() && !org.hotline.adapters.persistence.AuditKey.wellFormed(auditKey.get())) {
            reader.problem("HOTLINE_AUDIT_KEY", "must be 64 hexadecimal characters (32 random bytes), such as the output of "
                    + "'openssl rand -hex 32'");
        }
        Optional<BackupSchedule> backups = backups(reader);
        var casework = new Casework(
                java.time.Duration.ofMinutes(reader.number("HOTLINE_CLAIM_MINUTES", 1, 480)),
                java.time.Duration.ofDays(reader.number("HOTLINE_FOLD_WINDOW_DAYS", 0, 3650)),
                java.time.Duration.ofMinutes(reader.number("HOTLINE_WELFARE_DAILY_LIMIT_MINUTES", 1, 1440)),
                java.time.Duration.ofMinutes(reader.number("HOTLINE_WELFARE_BREAK_AFTER_MINUTES", 1, 1440)));
        var hostingTrace = hostingTrace(reader, dataDirectory);
        var capture = capture(reader, environment);
        var exchange = exchange(reader);
        var notices = notices(reader, environment);
        if (!reader.problems.isEmpty()) {
            return new Result(Optional.empty(), reader.problems);
        }
        return new Result(Optional.of(new Configuration(host, port, jurisdiction, pluginsDirectory, dataDirectory,
                database.get(), zone, web.get(), logFormat, metricsToken, backups, casework, auditKey, hostingTrace, capture,
                exchange, notices)), List.of());
    }

    /**
     * The home country's code, if given. No country is the default: which law applies is the operator's decision (or
     * the only adapter present). UK is exceptionally reserved in ISO 3166-1 for the United Kingdom, whose code is GB.
     */
    private static Optional<CountryCode> jurisdiction(Reader reader) {
        return reader.optional("HOTLINE_JURISDICTION").flatMap(text -> {
            Optional<CountryCode> code = CountryCode.parse(text.equalsIgnoreCase("UK") ? "GB" : text).toJavaOptional();
            if (code.isEmpty()) {
                reader.problem("HOTLINE_JURISDICTION", "must be a two-letter country code such as BE or GB, not '" + text + "'");
            }
            return code;
        });
    }

    /** The directory of law adapters added as jars, if given; it must exist. */
    private static Optional<Path> pluginsDirectory(Reader reader) {
        Optional<String> given = reader.optional("HOTLINE_PLUGINS_DIR");
        Optional<Path> directory = given.map(Reader::path);
        if (given.isPresent() && (directory.isEmpty() || !java.nio.file.Files.isDirectory(directory.get()))) {
            reader.problem("HOTLINE_PLUGINS_DIR", "must be an existing directory, not '" + given.get() + "'");
        }
        return directory;
    }

    /**
     * The embedded database (under the data directory unless placed elsewhere) or an external one; built once every
     * setting is known to be valid.
     */
    private static java.util.function.Supplier<DatabaseSettings> database(Reader reader, Path dataDirectory) {
        Path databaseDirectory = reader.parse("HOTLINE_DB_DIR",
                dataDirectory == null ? "./data/postgres" : dataDirectory.resolve("postgres").toString(), Reader::path,
                "a directory path");
        Optional<String> url = reader.optional("HOTLINE_DB_URL");
        if (url.isPresent() && !url.get().startsWith("jdbc:postgresql:")) {
            reader.problem("HOTLINE_DB_URL", "must be a PostgreSQL JDBC URL starting with jdbc:postgresql:");
        }
        if (reader.optional("HOTLINE_DB_MIGRATION_USER").isPresent() && url.isEmpty()) {
            reader.problem("HOTLINE_DB_MIGRATION_USER", "is for an external database (HOTLINE_DB_URL); the embedded one has "
                    + "its own roles");
        }
        int poolSize = reader.number("HOTLINE_DB_POOL_SIZE", 1, 500);
        int embeddedPort = reader.number("HOTLINE_DB_PORT", 0, 65535);
        return () -> new DatabaseSettings(url, reader.optional("HOTLINE_DB_USER"), reader.optional("HOTLINE_DB_PASSWORD"),
                databaseDirectory, poolSize, embeddedPort, reader.optional("HOTLINE_DB_MIGRATION_USER"),
                reader.optional("HOTLINE_DB_MIGRATION_PASSWORD"));
    }

    /**
     * Body sizes, the public rate limit, the proxies trusted to name the client, the languages pages are offered in
     * and whether cookies are marked secure; built once every setting is known to be valid.
     */
    private static java.util.function.Supplier<WebSettings> web(Reader reader) {
        long maxBody = reader.number("HOTLINE_MAX_BODY_BYTES", 1024, 64L * 1024 * 1024);
        int perMinute = reader.number("HOTLINE_RATE_LIMIT_PER_MINUTE", 0, 1_000_000);
        int burst = reader.number("HOTLINE_RATE_LIMIT_BURST", 1, 1_000_000);
        java.util.Set<String> proxies = reader.optional("HOTLINE_TRUSTED_PROXIES")
                .map(list -> java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
        org.hotline.adapters.web.Languages languages = null;
        try {
            languages = new org.hotline.adapters.web.Languages(
                    java.util.Arrays.stream(reader.text("HOTLINE_LANGUAGES").split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).map(java.util.Locale::forLanguageTag).toList(),
                    reader.optional("HOTLINE_MESSAGES_DIR").map(Reader::path));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            reader.problem("HOTLINE_LANGUAGES", "names a language without messages: " + e.getMessage());
        }
        boolean secureCookies = Boolean.TRUE.equals(reader.parse("HOTLINE_SECURE_COOKIES", Reader::bool, "true or false"));
        var offered = languages;
        return () -> new WebSettings(maxBody, new org.hotline.adapters.web.RateLimit(perMinute, burst), proxies,
                secureCookies, offered);
    }

    /** The running program's backups, when a directory is given. */
    private static Optional<BackupSchedule> backups(Reader reader) {
        Optional<Path> directory = reader.optional("HOTLINE_BACKUP_DIR").map(Reader::path);
        int hours = reader.number("HOTLINE_BACKUP_EVERY_HOURS", 1, 24 * 31);
        int keep = reader.number("HOTLINE_BACKUP_KEEP", 1, 10_000);
        if (reader.optional("HOTLINE_BACKUP_DIR").isPresent() && directory.isEmpty()) {
            reader.problem("HOTLINE_BACKUP_DIR", "must be a directory path");
        }
        return directory.map(d -> new BackupSchedule(d, java.time.Duration.ofHours(hours), keep));
    }

    /** The capture's settings, whose own reading names each wrong variable, and this instance's workers. */
    private static CaptureConfiguration capture(Reader reader, Map<String, String> environment) {
        int workers = reader.number("HOTLINE_CAPTURE_WORKERS", CaptureConfiguration.DEFAULT_WORKERS, 0, 64);
        var settings = org.hotline.domain.capture.CaptureSettings.read(environment);
        settings.peekLeft(problems -> problems.forEach(reader.problems::add));
        var recheckEvery = java.time.Duration.ofMinutes(reader.number("HOTLINE_RECHECK_EVERY_MINUTES", 1, 10_080));
        return new CaptureConfiguration(settings.getOrElse(org.hotline.domain.capture.CaptureSettings::defaults), workers,
                recheckEvery);
    }

    /** The notices' mail server, whose own reading names each wrong variable, and the outbox's timing. */
    private static NoticeSettings notices(Reader reader, Map<String, String> environment) {
        var mail = org.hotline.adapters.mail.MailSettings.read(environment);
        mail.peekLeft(problems -> problems.forEach(reader.problems::add));
        var rdap = org.hotline.adapters.rdap.RdapSettings.read(environment);
        rdap.peekLeft(problems -> problems.forEach(reader.problems::add));
        return new NoticeSettings(mail.toOption().flatMap(found -> found).toJavaOptional(),
                java.time.Duration.ofSeconds(reader.number("HOTLINE_NOTICE_EVERY_SECONDS", 1, 3600)),
                java.time.Duration.ofSeconds(reader.number("HOTLINE_NOTICE_GATHER_SECONDS", 0, 3600)),
                java.time.Duration.ofSeconds(reader.number("HOTLINE_NOTICE_RETRY_SECONDS", 1, 3600)),
                rdap.toOption().flatMap(found -> found).toJavaOptional());
    }

    private static ExchangeSettings exchange(Reader reader) {
        String roleText = reader.text("HOTLINE_ROLE");
        Role role = Role.HOTLINE;
        if (roleText.equals("hub")) {
            role = Role.HUB;
        } else if (!roleText.equals("hotline")) {
            reader.problem("HOTLINE_ROLE", "must be hotline or hub, not '" + roleText + "'");
        }
        Optional<java.net.URI> hub = reader.optional("HOTLINE_EXCHANGE_URL").flatMap(text -> {
            try {
                java.net.URI uri = new java.net.URI(text.strip());
                if ((uri.getScheme() != null && uri.getScheme().matches("https?")) && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (java.net.URISyntaxException e) {
                // said below
            }
            reader.problem("HOTLINE_EXCHANGE_URL", "must be the hub's http or https address, such as https://hub.example.org");
            return Optional.empty();
        });
        Optional<String> token = reader.optional("HOTLINE_EXCHANGE_TOKEN");
        if (reader.optional("HOTLINE_EXCHANGE_URL").isPresent() != token.isPresent()) {
            reader.problem(token.isPresent() ? "HOTLINE_EXCHANGE_URL" : "HOTLINE_EXCHANGE_TOKEN",
                    "must be set together with " + (token.isPresent() ? "HOTLINE_EXCHANGE_TOKEN" : "HOTLINE_EXCHANGE_URL"));
        }
        Optional<String> administrator = reader.optional("HOTLINE_HUB_ADMIN_TOKEN");
        if (administrator.isPresent() && administrator.get().length() < 24) {
            reader.problem("HOTLINE_HUB_ADMIN_TOKEN", "must be at least 24 characters long, so that it cannot be guessed");
        }
        var every = java.time.Duration.ofMillis(reader.number("HOTLINE_EXCHANGE_EVERY_MILLIS", 100, 600_000));
        return new ExchangeSettings(role, hub, token, administrator, every);
    }

    private static HostingTraceSettings hostingTrace(Reader reader, Path dataDirectory) {
        List<java.net.InetSocketAddress> servers = List.of();
        Optional<String> given = reader.optional("HOTLINE_DNS_SERVERS");
        if (given.isPresent()) {
            var parsed = org.hotline.adapters.trace.dns.DnsSettings.parseServers(given.get());
            if (parsed.isLeft()) {
                reader.problem("HOTLINE_DNS_SERVERS", "must list resolvers by IP address, each with an optional port: "
                        + parsed.getLeft());
            } else {
                servers = parsed.get();
            }
        }
        var timeout = java.time.Duration.ofSeconds(reader.number("HOTLINE_DNS_TIMEOUT_SECONDS", 1, 120));
        Path ipData = (dataDirectory == null ? Path.of("./data") : dataDirectory).resolve("ip");
        return new HostingTraceSettings(servers, timeout, ipData);
    }

    /** The configuration, or what is wrong with the environment. */
    public record Result(Optional<Configuration> configuration, List<String> problems) {
    }

    /** What {@link #describe()} says: never a password, a token or a key. */
    @Override
    public String toString() {
        return "Configuration" + describe();
    }

    /** The settings as they are in effect, for the start-up log; never a password. */
    public Map<String, Object> describe() {
        Map<String, Object> effective = new LinkedHashMap<>();
        effective.put("host", host);
        effective.put("port", port);
        effective.put("jurisdiction", jurisdiction.map(CountryCode::value).orElse("(not set)"));
        effective.put("pluginsDirectory", pluginsDirectory.map(d -> (Object) d.toAbsolutePath().normalize()).orElse("(none)"));
        effective.put("dataDirectory", dataDirectory.toAbsolutePath().normalize());
        effective.put("database", database.toString());
        effective.put("timeZone", timeZone);
        effective.put("maxBodyBytes", web.maxBodyBytes());
        effective.put("languages", web.languages().offered());
        effective.put("notices", notices.mail().map(mail -> "by e-mail through " + mail.describe())
                .orElse("not sent (HOTLINE_SMTP_HOST not set): they wait in the outbox"));
        effective.put("rdap", notices.rdap().map(rdap -> (Object) rdap.bootstrap()).orElse("off"));
        effective.put("backups", backups.map(b -> "every " + b.every().toHours() + " h into " + b.directory() + ", keeping "
                + b.keep()).orElse("none scheduled"));
        effective.put("secureCookies", web.secureCookies());
        effective.put("auditKey", auditKey.isPresent() ? "given in HOTLINE_AUDIT_KEY" : "kept in the data directory");
        effective.put("claimMinutes", casework.claimLength().toMinutes());
        effective.put("foldWindowDays", casework.foldWindow().toDays());
        effective.put("welfareDailyLimitMinutes", casework.dailyLimit().toMinutes());
        effective.put("welfareBreakAfterMinutes", casework.breakAfter().toMinutes());
        effective.put("dnsServers", hostingTrace.dnsServers().isEmpty() ? "the machine's" : hostingTrace.dnsServers());
        effective.put("dnsTimeoutSeconds", hostingTrace.dnsTimeout().toSeconds());
        effective.put("ipDataDirectory", hostingTrace.ipDataDirectory().toAbsolutePath().normalize());
        effective.put("role", exchange.role().name().toLowerCase(Locale.ROOT));
        effective.put("exchange", exchange.hub().map(uri -> "hub at " + uri + " every " + exchange.every().toMillis() + " ms")
                .orElse("not connected"));
        effective.put("captureWorkers", capture.workers());
        effective.put("capture", capture.settings().describe());
        effective.put("recheckEveryMinutes", capture.recheckEvery().toMinutes());
        effective.put("rateLimit", web.rateLimit().enabled()
                ? web.rateLimit().perMinute() + "/min, burst " + web.rateLimit().burst() : "off");
        return effective;
    }

    /**
     * Reads settings from the environment; what is not set takes its default from {@link #SETTINGS}, the one place
     * defaults are written (only a default computed from another setting, such as HOTLINE_DB_DIR's, is given here).
     * Reading a setting the table does not document is a mistake in this class, refused at once.
     */
    private static final class Reader {
        private final Map<String, String> environment;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> environment) {
            this.environment = environment;
        }

        Optional<String> optional(String variable) {
            documented(variable);
            return Optional.ofNullable(environment.get(variable)).map(String::strip).filter(v -> !v.isEmpty());
        }

        String text(String variable) {
            return optional(variable).orElse(defaultOf(variable));
        }

        int number(String variable, int min, int max) {
            return number(variable, Integer.parseInt(defaultOf(variable)), min, max);
        }

        long number(String variable, long min, long max) {
            return number(variable, Long.parseLong(defaultOf(variable)), min, max);
        }

        <T> T parse(String variable, Function<String, T> parser, String expected) {
            return parse(variable, defaultOf(variable), parser, expected);
        }

        private static Setting documented(String variable) {
            return SETTINGS.stream().filter(setting -> setting.variable().equals(variable)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(variable + " is read but not documented in SETTINGS"));
        }

        /** The default the table writes; a setting documented as "(none...)" or derived has none to read. */
        private static String defaultOf(String variable) {
            String value = documented(variable).defaultValue();
            if (value.startsWith("(") || value.startsWith("<")) {
                throw new IllegalStateException(variable + " has no literal default in SETTINGS: " + value);
            }
            return value;
        }

        int number(String variable, int fallback, int min, int max) {
            return (int) number(variable, (long) fallback, min, max);
        }

        long number(String variable, long fallback, long min, long max) {
            Optional<String> given = optional(variable);
            if (given.isEmpty()) {
                return fallback;
            }
            try {
                long value = Long.parseLong(given.get());
                if (value < min || value > max) {
                    problem(variable, "must be between " + min + " and " + max + ", not " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                problem(variable, "must be a whole number, not '" + given.get() + "'");
                return fallback;
            }
        }

        <T> T parse(String variable, String fallback, Function<String, T> parser, String expected) {
            String given = optional(variable).orElse(fallback);
            T value = parser.apply(given);
            if (value == null) {
                problem(variable, "must be " + expected + ", not '" + given + "'");
            }
            return value;
        }

        void problem(String variable, String message) {
            problems.add(variable + " " + message + ".");
        }

        static Path path(String text) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                return null;
            }
        }

        static ZoneId zone(String text) {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                return null;
            }
        }

        static Boolean bool(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> null;
            };
        }

        static LogFormat logFormat(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "text" -> LogFormat.TEXT;
                case "json" -> LogFormat.JSON;
                default -> null;
            };
        }
    }
}
