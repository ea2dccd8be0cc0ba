package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a reporter was told is received may ever be lost. The program is killed with SIGKILL in the middle of a
 * load of reports, started again on the same data, and every report that got a 201 or a receipt is checked: present,
 * with what was sent, and present once (a retry of its request with the same idempotency key finds it, rather than
 * filing it again).
 *
 * <p>Run alone: {@code mvn -B -q verify -pl application -am -Dtest=KillTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class KillTest {

    private static final int CLIENTS = 8;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(6);
    /** On a slow or busy machine the load runs on until enough reports were acknowledged, for at most this long. */
    private static final Duration MOST_LOAD_BEFORE_KILL = Duration.ofSeconds(90);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 50;
    private static final int RECEIPTED_BEFORE_KILL = 5;

    @TempDir
    Path directory;

    /** A report the program acknowledged, with what is needed to find it again. */
    record Acknowledged(String idempotencyKey, String body, String location, String url) {
    }

    /** A report filed through the form, acknowledged by its receipt. */
    record Receipted(String receipt, String url) {
    }

    @Test
    void every_acknowledged_report_survives_a_sigkill_exactly_once() throws Exception {
        Map<String, String> environment = Map.of("HOTLINE_RATE_LIMIT_PER_MINUTE", "0", "HOTLINE_DB_POOL_SIZE", "8");
        var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
        var receipted = new ConcurrentLinkedQueue<Receipted>();
        AtomicInteger failedOrCut = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

        try (ChildProgram program = new ChildProgram(directory.resolve("data"), environment).start()) {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    String formToken;
                    try {
                        formToken = publicFormToken(http, program);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException("the form could not be opened", e);
                    }
                    for (int i = 0; running.get(); i++) {
                        // A third of the reports are of one viral address; the rest are distinct.
                        String url = i % 3 == 0 ? "http://example.org/viral" : "http://example.org/c" + client + "/r" + i;
                        try {
                            if (client % 4 == 3) {
                                fileThroughForm(http, program, url, formToken, receipted);
                            } else {
                                fileThroughApi(http, program, "k-" + client + "-" + i, url, acknowledged);
                            }
                        } catch (IOException | RuntimeException cut) {
                            failedOrCut.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            Thread.sleep(LOAD_BEFORE_KILL.toMillis());
            long giveUpAt = System.nanoTime() + MOST_LOAD_BEFORE_KILL.minus(LOAD_BEFORE_KILL).toNanos();
            while ((acknowledged.size() <= ACKNOWLEDGED_BEFORE_KILL || receipted.size() <= RECEIPTED_BEFORE_KILL)
                    && System.nanoTime() - giveUpAt < 0) {
                Thread.sleep(100);
            }
            program.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged).as("the load ran before the kill").hasSizeGreaterThan(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(receipted).hasSizeGreaterThan(RECEIPTED_BEFORE_KILL);

            System.out.printf("killed with SIGKILL after %d API reports and %d form reports were acknowledged; %d requests cut%n",
                    acknowledged.size(), receipted.size(), failedOrCut.get());
            program.start();
            assertThat(java.nio.file.Files.readString(program.log()))
                    .as("the restart stopped the PostgreSQL the killed program left running")
                    .contains("stopping a PostgreSQL left running by an earlier run");

            for (Acknowledged report : acknowledged) {
                var found = http.send(HttpRequest.newBuilder(program.uri(report.location())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(found.statusCode()).as("present after the kill: " + report.location()).isEqualTo(200);
                assertThat(found.body()).contains(report.url());

                var retried = http.send(apiRequest(program, report.idempotencyKey(), report.body()), HttpResponse.BodyHandlers.ofString());
                assertThat(retried.statusCode()).isEqualTo(201);
                assertThat(retried.headers().firstValue("Idempotent-Replayed")).as("stored once: " + report.location()).contains("true");
                assertThat(retried.headers().firstValue("Location")).contains(report.location());
            }
            for (Receipted report : receipted) {
                var receipt = http.send(HttpRequest.newBuilder(program.uri(report.receipt())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(receipt.statusCode()).as("receipt after the kill: " + report.receipt()).isEqualTo(200);
            }
        }
    }

    private static void fileThroughApi(HttpClient http, ChildProgram program, String key, String url,
            ConcurrentLinkedQueue<Acknowledged> acknowledged) throws IOException, InterruptedException {
        String body = "{\"urls\": [\"" + url + "\"], \"seen\": [\"IMAGES\"]}";
        var response = http.send(apiRequest(program, key, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 201) {
            acknowledged.add(new Acknowledged(key, body, response.headers().firstValue("Location").orElseThrow(), url));
        }
    }

    /** What a browser gets when it opens the form: the token its form posts carry (also set as a cookie). */
    static String publicFormToken(HttpClient http, ChildProgram program) throws IOException, InterruptedException {
        var form = http.send(HttpRequest.newBuilder(program.uri("/report")).build(), HttpResponse.BodyHandlers.discarding());
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hotline_form="))
                .findFirst().orElseThrow();
        return cookie.substring("hotline_form=".length(), cookie.indexOf(';'));
    }

    private static void fileThroughForm(HttpClient http, ChildProgram program, String url, String formToken,
            ConcurrentLinkedQueue<Receipted> receipted) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(program.uri("/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "hotline_form=" + formToken)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + formToken + "&urls="
                        + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 303) {
            receipted.add(new Receipted(response.headers().firstValue("Location").orElseThrow(), url));
        }
    }

    private static HttpRequest apiRequest(ChildProgram program, String key, String body) {
        return HttpRequest.newBuilder(program.uri("/api/v1/reports"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

}
