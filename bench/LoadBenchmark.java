import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop load generator for the hotline's intake, run as a single source file:
 *
 *   java bench/LoadBenchmark.java http://127.0.0.1:7070 [seconds per scenario] [concurrent clients]
 *
 * Each scenario runs the given number of clients, each sending its next request as soon as the last is answered,
 * for a warm-up and then the measured seconds. It reports requests per second and latency percentiles, and the
 * same figures for an empty handler (GET /health/live) on the same server in the same run: the ratio between them
 * is the figure that matters, since absolute numbers depend on the machine.
 */
public class LoadBenchmark {

    record Result(String scenario, long requests, long failures, double seconds, long[] latenciesMicros) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))] / 1000.0;
        }
    }

    interface RequestFactory {
        HttpRequest next(int client, long sequence);
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:7070";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        String formToken = publicFormToken(http, base);
        List<Result> results = new ArrayList<>();
        results.add(measure("empty handler: GET /health/live", http, clients, seconds, (c, i) ->
                HttpRequest.newBuilder(URI.create(base + "/health/live")).GET().build()));
        results.add(measure("API: distinct addresses", http, clients, seconds, (c, i) ->
                json(base, "{\"urls\": [\"http://example.org/" + run + "/" + c + "/" + i + "\"], \"seen\": [\"IMAGES\"]}")));
        results.add(measure("API: one viral address", http, clients, seconds, (c, i) ->
                json(base, "{\"urls\": [\"HTTP://EXAMPLE.ORG/" + run + "/viral#" + i + "\"], \"seen\": [\"VIDEOS\"]}")));
        results.add(measure("form: distinct addresses", http, clients, seconds, (c, i) ->
                form(base, formToken, "http://example.org/" + run + "/form/" + c + "/" + i)));
        results.add(measure("form: one viral address", http, clients, seconds, (c, i) ->
                form(base, formToken, "http://example.org/" + run + "/form-viral")));

        double baseline = results.get(0).perSecond();
        System.out.printf(Locale.ROOT, "%nclients=%d, %d s per scenario after a %d s warm-up, %s, %d processors%n%n",
                clients, seconds, warmUp(seconds), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.println("| Scenario | Requests/s | p50 ms | p99 ms | Failed | Share of empty handler |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Result result : results) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %d | %.0f%% |%n", result.scenario(), result.perSecond(),
                    result.percentileMillis(50), result.percentileMillis(99), result.failures(),
                    100 * result.perSecond() / baseline);
        }
    }

    private static int warmUp(int seconds) {
        return Math.max(2, seconds / 3);
    }

    private static HttpRequest json(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The form's token, as a browser gets it when it opens the form (a cookie, repeated in a hidden field). */
    private static String publicFormToken(HttpClient http, String base) throws Exception {
        var form = http.send(HttpRequest.newBuilder(URI.create(base + "/report")).build(), HttpResponse.BodyHandlers.discarding());
        // A build without form tokens (an older one, measured for comparison) sets none; its forms need none.
        return form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hotline_form="))
                .map(cookie -> cookie.substring("hotline_form=".length(), cookie.indexOf(';')))
                .findFirst().orElse("");
    }

    private static HttpRequest form(String base, String formToken, String url) {
        return HttpRequest.newBuilder(URI.create(base + "/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "hotline_form=" + formToken)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + formToken + "&seen=IMAGES&urls="
                        + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                .build();
    }

    private static Result measure(String scenario, HttpClient http, int clients, int seconds, RequestFactory requests)
            throws InterruptedException {
        long warmUpEnd = System.nanoTime() + Duration.ofSeconds(warmUp(seconds)).toNanos();
        long end = warmUpEnd + Duration.ofSeconds(seconds).toNanos();
        AtomicLong failures = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[4_000_000 / clients];
            perClient.add(latencies);
            int client = c;
            Thread worker = new Thread(() -> {
                try {
                    for (long i = 0; ; i++) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            return;
                        }
                        HttpResponse<Void> response;
                        try {
                            response = http.send(requests.next(client, i), HttpResponse.BodyHandlers.discarding());
                        } catch (Exception e) {
                            if (start >= warmUpEnd) {
                                failures.incrementAndGet();
                            }
                            continue;
                        }
                        long finished = System.nanoTime();
                        boolean ok = response.statusCode() < 400;
                        if (start >= warmUpEnd && finished <= end) {
                            if (!ok) {
                                failures.incrementAndGet();
                            } else if (counts[client] < latencies.length) {
                                latencies[counts[client]++] = (finished - start) / 1000;
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        Result result = new Result(scenario, total, failures.get(), seconds, all);
        System.out.printf(Locale.ROOT, "%-36s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  failed %d%n", scenario,
                result.perSecond(), result.percentileMillis(50), result.percentileMillis(99), result.failures());
        return result;
    }
}
