package org.hotline.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import io.vavr.control.Option;
import org.hotline.adapters.capture.fetch.Deadline;
import org.hotline.adapters.capture.fetch.FetchRequest;
import org.hotline.adapters.capture.fetch.GuardedFetcher;
import org.hotline.adapters.capture.page.PageCapturer;
import org.hotline.domain.capture.AddressRange;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.IpAddress;
import org.hotline.domain.report.ReportedUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Captures a second against a loopback site whose page shows 20 JPEG images (640 x 480, about 60 KB each): the
 * whole path of a capture (guard, connection, HTTP, sniffing, jsoup, digests of every item; no image decoding).
 * The baseline, in the same run, is one guarded fetch of the bare page: a capture makes 21 such requests, so a capture
 * rate near a 21st of the baseline means the parsing and digests cost little beside the fetching.
 *
 * <p>Run: {@code bench/jmh.sh Capture -f 1 -wi 3 -i 5}. The site, the fetcher and JMH share the machine's cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CaptureBenchmark {

    private static final int IMAGES = 20;

    private HttpServer server;
    private ExecutorService serverThreads;
    private PageCapturer capturer;
    private GuardedFetcher fetcher;
    private ReportedUrl page;

    @Setup(Level.Trial)
    public void start() throws IOException {
        // The JDK's server writes the head and the body separately; without this, Nagle's algorithm on its side and
        // delayed acknowledgements on ours add 40 ms to every answer larger than a packet.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Gallery</title></head><body>");
        Random random = new Random(12);
        for (int i = 0; i < IMAGES; i++) {
            byte[] jpeg = jpeg(random);
            html.append("<figure><img src=\"/img/").append(i).append(".jpg\" alt=\"picture ").append(i).append("\"></figure>\n");
            serve("/img/" + i + ".jpg", "image/jpeg", jpeg);
        }
        serve("/", "text/html; charset=utf-8", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        server.start();
        CaptureSettings settings = new CaptureSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60),
                CaptureSettings.DEFAULT_MAX_PAGE_BYTES, CaptureSettings.DEFAULT_MAX_ITEM_BYTES, 5, 200,
                CaptureSettings.DEFAULT_USER_AGENT, Option.none(), io.vavr.collection.List.of(AddressRange.of("127.0.0.0/8")));
        IpAddress loopback = IpAddress.parse("127.0.0.1").get();
        fetcher = new GuardedFetcher(settings, name -> List.of(loopback),
                (javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault());
        capturer = new PageCapturer(fetcher, java.time.Instant::now, Option.none());
        page = ReportedUrl.parse("http://gallery.test:" + server.getAddress().getPort() + "/").get();
        Capture check = capturer.capture(page);
        if (!check.succeeded() || check.items().size() != IMAGES || !check.items().forAll(item -> item.measured())) {
            throw new IllegalStateException("the benchmark site does not capture cleanly: " + check);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /** The baseline: one guarded fetch of the page alone. */
    @Benchmark
    public Object fetchPageOnly() {
        return fetcher.fetch(FetchRequest.page(page, CaptureSettings.DEFAULT_MAX_PAGE_BYTES), Deadline.after(Duration.ofSeconds(60)));
    }

    /** A whole capture: the page and its 20 images, one after another. */
    @Benchmark
    public Capture capture() {
        return capturer.capture(page);
    }

    /** Four captures at once, as four capture workers would run them. */
    @Benchmark
    @Threads(4)
    public Capture captureFourAtOnce() {
        return capturer.capture(page);
    }

    private void serve(String path, String type, byte[] body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Smooth colour fields with some noise: about the size of a photograph of the same dimensions. */
    private static byte[] jpeg(Random random) throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        int base = random.nextInt(0xFFFFFF);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int r = ((base >> 16) + x / 4 + random.nextInt(24)) & 0xFF;
                int g = ((base >> 8) + y / 3 + random.nextInt(24)) & 0xFF;
                int b = (base + (x + y) / 5 + random.nextInt(24)) & 0xFF;
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

}
