import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of referrals through the hub, end to end over HTTP: a sending member posts referrals in batches (as a
 * hotline's outbox does) while a receiving member fetches and acknowledges them (as a hotline's link does), and the
 * clock runs from the first send to the last acknowledgement. JDK only, run by bench/exchange.sh:
 *
 *   java bench/ExchangeBenchmark.java http://127.0.0.1:PORT SENDER_TOKEN RECEIVER_TOKEN REFERRALS BATCH SENDERS
 */
public class ExchangeBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        URI hub = URI.create(args[0]);
        String sender = args[1];
        String receiver = args[2];
        int referrals = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        int senders = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // Warm-up: the hub's first requests load classes and fill its connection pool; not counted.
        run(http, hub, sender, receiver, Math.min(2_000, referrals), batch, senders);
        long started = System.nanoTime();
        long[] counts = run(http, hub, sender, receiver, referrals, batch, senders);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("referrals: %d sent (%d accepted), %d delivered and acknowledged in %.2f s%n", referrals,
                counts[0], counts[1], seconds);
        System.out.printf("throughput: %.0f referrals/s end to end through the hub (batches of %d, %d sending threads)%n",
                counts[1] / seconds, batch, senders);
    }

    private static long[] run(HttpClient http, URI hub, String sender, String receiver, int referrals, int batch,
            int senders) throws Exception {
        AtomicLong accepted = new AtomicLong();
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            Thread thread = new Thread(() -> {
                try {
                    long first;
                    while ((first = next.getAndAdd(batch)) < referrals) {
                        int size = (int) Math.min(batch, referrals - first);
                        String body = batchOf(first, size);
                        HttpResponse<String> answer = http.send(request(hub, "/exchange/v1/messages", sender)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException("send answered " + answer.statusCode() + ": " + answer.body());
                        }
                        accepted.addAndGet(count(answer.body(), "\"accepted\""));
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        long delivered = 0;
        while (delivered < referrals) {
            HttpResponse<String> inbox = http.send(request(hub, "/exchange/v1/inbox?limit=1000", receiver).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> ids = new ArrayList<>();
            Matcher found = ID.matcher(inbox.body());
            while (found.find()) {
                ids.add(found.group(1));
            }
            if (ids.isEmpty()) {
                Thread.sleep(20);
                continue;
            }
            String ack = "{\"ids\":[\"" + String.join("\",\"", ids) + "\"]}";
            HttpResponse<String> acknowledged = http.send(request(hub, "/exchange/v1/inbox/acknowledgements", receiver)
                    .POST(HttpRequest.BodyPublishers.ofString(ack)).build(), HttpResponse.BodyHandlers.ofString());
            if (acknowledged.statusCode() != 200) {
                throw new IllegalStateException("acknowledgement answered " + acknowledged.statusCode());
            }
            delivered += ids.size();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new long[] {accepted.get(), delivered};
    }

    private static HttpRequest.Builder request(URI hub, String path, String token) {
        return HttpRequest.newBuilder(hub.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    /** Referrals from BE to GB of made-up addresses on reserved names, with made-up fingerprints. */
    private static String batchOf(long first, int size) {
        StringBuilder body = new StringBuilder("{\"messages\":[");
        String at = Instant.now().toString();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"kind\":\"REFERRAL\",\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"from\":\"BE\",\"to\":\"GB\",\"address\":\"http://gallery-").append(first + i)
                    .append(".example.org/album\",\"trace\":\"Settled hosting country: GB\\nGB: gallery.example.org at 192.0.2.10\"")
                    .append(",\"verdict\":\"ILLEGAL\",\"category\":\"Art. 383bis \u00a71 Sw.\",\"baseline\":true,\"ruleBook\":\"BE 2\",")
                    .append("\"items\":[{\"sha256\":\"").append("0123456789abcdef".repeat(4)).append("\"}],\"at\":\"")
                    .append(at).append("\"}");
        }
        return body.append("]}").toString();
    }

    private static long count(String text, String word) {
        long n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }
}
