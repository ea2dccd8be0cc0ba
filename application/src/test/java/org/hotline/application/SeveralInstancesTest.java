package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hotline.adapters.persistence.Database;
import org.hotline.adapters.persistence.DatabaseSettings;
import org.hotline.adapters.web.Visitor;
import org.hotline.domain.audit.AuditVerification;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the program on one external PostgreSQL, as a hotline runs them behind a load balancer, driven at
 * once: reports of one address sent to both open one case, claims stay exclusive, the public's rate limit is shared,
 * a session opened on one is good on the other, scheduled work runs once, and the audit trail both write stays one
 * intact chain.
 */
class SeveralInstancesTest {

    private static final String AUDIT_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String PASSWORD = "a long passphrase";

    @TempDir
    Path directory;

    private final FixedClock clock = FixedClock.at("2026-06-01T08:00:00Z");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @Test
    void two_instances_on_one_database_share_the_work_without_doing_it_twice() throws Exception {
        DatabaseSettings external = DatabaseSettings.embedded(directory.resolve("postgres")).onPort(freePort());
        try (Database database = Database.start(external);
             Hotline first = Hotline.start(configuration(external, "first"), JurisdictionSettings.none(), clock)) {
            Visitor admin = new Staffing(first).firstAdministrator();
            for (String analyst : List.of("ann", "bob", "cid", "dan")) {
                new Staffing(first).member(admin, analyst, PASSWORD, Role.ANALYST);
            }
            try (Hotline second = Hotline.start(configuration(external, "second"), JurisdictionSettings.none(), clock)) {
                List<Hotline> both = List.of(first, second);
                String key = partnerKey(configuration(external, "first"));

                reportsOfOneAddressSentToBothOpenOneCase(both, key, database);
                claimsStayExclusive(both, database);
                thePublicsRateLimitIsShared(both);
                aSessionOpenedOnOneIsGoodOnTheOther(both);
                scheduledWorkRunsOnce(both, database);
                theAuditTrailIsOneIntactChain(both);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void reportsOfOneAddressSentToBothOpenOneCase(List<Hotline> both, String key, Database database) throws Exception {
        List<Callable<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String body = "{\"urls\": [\"http://example.org/shared/" + i + "\"], \"seen\": [\"IMAGES\"]}";
            for (Hotline instance : both) {
                sends.add(() -> post(instance, body, "Bearer " + key).statusCode());
            }
        }
        assertThat(all(sends)).hasSize(60).containsOnly(201);
        assertThat(count(database, "select count(*) from case_file")).isEqualTo(30);
        assertThat(count(database, "select count(*) from case_file where report_count = 2")).isEqualTo(30);
    }

    private void claimsStayExclusive(List<Hotline> both, Database database) throws Exception {
        List<Callable<String>> claims = new ArrayList<>();
        for (String analyst : List.of("ann", "bob", "cid", "dan")) {
            for (Hotline instance : both) {
                // One browser each: two claims of one analyst at once, one through each instance.
                Visitor visitor = signedIn(instance, analyst);
                visitor.get("/queue");
                claims.add(() -> visitor.postForm("/queue/claim-next").headers().firstValue("Location").orElse("refused"));
            }
        }
        List<String> claimed = all(claims);
        assertThat(claimed).doesNotContain("refused").doesNotHaveDuplicates().hasSize(8);
        assertThat(count(database, "select count(*) from case_file where state = 'IN_ASSESSMENT'")).isEqualTo(8);

        String free = database.jdbi().withHandle(h -> h.createQuery(
                "select id::text from case_file where state = 'AWAITING_ASSESSMENT' limit 1").mapTo(String.class).one());
        Visitor ann = signedIn(both.get(0), "ann");
        Visitor bob = signedIn(both.get(1), "bob");
        ann.get("/cases/" + free);
        bob.get("/cases/" + free);
        List<Integer> race = all(List.of(() -> ann.postForm("/cases/" + free + "/claim").statusCode(),
                () -> bob.postForm("/cases/" + free + "/claim").statusCode()));
        assertThat(race).containsExactlyInAnyOrder(303, 409);
    }

    private void thePublicsRateLimitIsShared(List<Hotline> both) throws Exception {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(post(both.get(i % 2), "{\"urls\": [\"http://example.org/public/" + i + "\"]}", null).statusCode());
        }
        assertThat(answers).as("a burst of five, wherever the reports go").containsExactly(201, 201, 201, 201, 201, 429, 429, 429);
    }

    private void aSessionOpenedOnOneIsGoodOnTheOther(List<Hotline> both) {
        Visitor onFirst = signedIn(both.get(0), "cid");
        Visitor sameBrowserOnSecond = new Visitor(URI.create("http://127.0.0.1:" + both.get(1).port() + "/"));
        assertThat(onFirst.cookie("hotline_session")).isNotNull();
        assertThat(sameBrowserOnSecond.get("/queue").statusCode()).as("without the cookie").isEqualTo(303);
        // The load balancer may send the next request anywhere: the session is in the database.
        var withCookie = http(both.get(1), "/queue", "hotline_session=" + onFirst.cookie("hotline_session"));
        assertThat(withCookie.statusCode()).isEqualTo(200);
    }

    private void scheduledWorkRunsOnce(List<Hotline> both, Database database) throws Exception {
        for (Hotline instance : both) {
            Visitor guesser = new Visitor(URI.create("http://127.0.0.1:" + instance.port() + "/"));
            guesser.signIn("no-such-user-" + instance.port(), "guess");
        }
        clock.advance(Duration.ofMinutes(31));
        database.asOwner().useHandle(h -> h.execute("update scheduled_round set due_at = now()"));
        int claimsThatRanOut = (int) count(database, "select count(*) from case_file where state = 'IN_ASSESSMENT'");

        List<Callable<Boolean>> ticks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (Hotline instance : both) {
                ticks.add(() -> {
                    instance.housekeepNow();
                    return true;
                });
            }
        }
        all(ticks);

        assertThat(claimsThatRanOut).isEqualTo(9);
        assertThat(count(database, "select count(*) from audit_record where action = 'case.claim_lapsed'"))
                .as("each claim given back once, by one instance").isEqualTo(claimsThatRanOut);
        assertThat(count(database, "select count(*) from case_file where state = 'IN_ASSESSMENT'")).isZero();
        assertThat(count(database, "select count(*) from audit_record where action = 'staff.sign_in_failed_unknown'"))
                .as("the tally of both instances' attempts for unknown names, reported once").isEqualTo(1);
        String tally = database.jdbi().withHandle(h -> h.createQuery(
                "select state_after from audit_record where action = 'staff.sign_in_failed_unknown'").mapTo(String.class).one());
        assertThat(tally).startsWith("attempts=2;");
    }

    private void theAuditTrailIsOneIntactChain(List<Hotline> both) {
        for (Hotline instance : both) {
            assertThat(instance.audit().verify()).as("verified where " + instance.configuration().dataDirectory() + " is")
                    .isInstanceOf(AuditVerification.Intact.class);
        }
    }

    // Fixtures

    private Configuration configuration(DatabaseSettings external, String instance) throws Exception {
        DatabaseSettings access = external.externalAccess();
        Map<String, String> environment = new HashMap<>();
        environment.put("HOTLINE_DB_URL", access.url().get());
        environment.put("HOTLINE_DB_USER", access.user().get());
        environment.put("HOTLINE_DB_PASSWORD", access.password().get());
        environment.put("HOTLINE_DB_MIGRATION_USER", access.migrationUser().get());
        environment.put("HOTLINE_DB_MIGRATION_PASSWORD", access.migrationPassword().get());
        environment.put("HOTLINE_DB_POOL_SIZE", "8");
        environment.put("HOTLINE_AUDIT_KEY", AUDIT_KEY);
        environment.put("HOTLINE_RATE_LIMIT_PER_MINUTE", "1");
        environment.put("HOTLINE_RATE_LIMIT_BURST", "5");
        environment.put("HOTLINE_JURISDICTION", "BE");
        return TestConfigurations.embeddedIn(directory.resolve(instance), environment);
    }

    private static String partnerKey(Configuration configuration) {
        var out = new ByteArrayOutputStream();
        int status = Commands.run(List.of("partner", "add", "Two-instance partner"), configuration,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        return java.util.regex.Pattern.compile("hlk_[0-9a-f]{64}").matcher(out.toString(StandardCharsets.UTF_8)).results()
                .findFirst().orElseThrow().group();
    }

    private Visitor signedIn(Hotline instance, String username) {
        return new Staffing(instance).signedIn(username, PASSWORD);
    }

    private HttpResponse<String> post(Hotline instance, String body, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/api/v1/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> http(Hotline instance, String path, String cookie) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Database database, String query) {
        return database.jdbi().withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return org.hotline.domain.testing.AllAtOnce.run(threads, tasks);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
