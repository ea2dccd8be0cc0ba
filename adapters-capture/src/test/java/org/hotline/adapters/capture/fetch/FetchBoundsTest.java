package org.hotline.adapters.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.adapters.capture.fetch.Fixtures.fetcher;
import static org.hotline.adapters.capture.fetch.Fixtures.settings;
import static org.hotline.adapters.capture.fetch.Fixtures.url;
import static org.hotline.adapters.capture.fetch.Fixtures.withSizes;
import static org.hotline.adapters.capture.fetch.Fixtures.withTimes;
import static org.hotline.adapters.capture.fetch.LoopbackSite.write;
import static org.hotline.adapters.capture.fetch.LoopbackSite.writeHead;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.FetchedContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever a site does (redirect forever, send too much, compress a bomb, trickle, lie about its content, speak
 * broken HTTP) the fetch ends with a recorded outcome within its bounds.
 */
class FetchBoundsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private LoopbackSite site;
    private final CaptureSettings allowed = settings("127.0.0.0/8");

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite();
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    private Fetch fetch(CaptureSettings settings, String path, long maxBytes) {
        return fetcher(settings, TestNames.standard())
                .fetch(FetchRequest.page(url(site.url("site.test", path)), maxBytes), Deadline.after(settings.totalTime()));
    }

    private Fetch fetch(String path) {
        return fetch(allowed, path, allowed.maxPageBytes());
    }

    private void chain(int length) {
        for (int i = 0; i < length; i++) {
            site.redirect("/r" + i, 302, "/r" + (i + 1));
        }
        site.serve("/r" + length, 200, "text/plain", "arrived".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void five_redirects_are_followed_and_each_hop_is_recorded() {
        chain(5);

        Fetch fetch = fetch("/r0");

        assertThat(fetch.content().get().address().canonical()).endsWith("/r5");
        assertThat(fetch.redirects()).hasSize(5);
        assertThat(fetch.redirects().map(hop -> hop.address().canonical().replaceAll(".*/", "/")))
                .containsExactly("/r0", "/r1", "/r2", "/r3", "/r4");
    }

    @Test
    void a_sixth_redirect_is_too_many() {
        chain(6);

        Fetch fetch = fetch("/r0");

        assertThat(fetch.content().getLeft()).isEqualTo(new CaptureFailure.TooManyRedirects(5));
        assertThat(fetch.redirects()).hasSize(6);
    }

    @Test
    void a_redirect_loop_is_named_as_one() {
        site.redirect("/a", 301, "/b").redirect("/b", 307, site.url("site.test", "/a"));

        Fetch fetch = fetch("/a");

        assertThat(fetch.content().getLeft()).isEqualTo(new CaptureFailure.RedirectLoop(site.url("site.test", "/a")));
    }

    @Test
    void a_redirect_to_another_scheme_is_not_followed() {
        site.redirect("/js", 302, "javascript:alert(1)").redirect("/file", 302, "file:///etc/passwd");

        assertThat(fetch("/js").content().getLeft()).isInstanceOf(CaptureFailure.BadResponse.class);
        assertThat(fetch("/file").content().getLeft()).isInstanceOf(CaptureFailure.BadResponse.class);
        assertThat(site.requests()).hasSize(2);
    }

    @Test
    void a_body_over_the_limit_is_refused_whether_or_not_its_length_is_announced() {
        byte[] big = new byte[300_000];
        site.serve("/announced", 200, "image/png", big);
        site.route("/unannounced", (request, out) -> {
            writeHead(out, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            out.write(big);
        });
        site.route("/chunked", (request, out) -> {
            writeHead(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 30; i++) {
                writeHead(out, "2710\r\n");
                out.write(new byte[10_000]);
                writeHead(out, "\r\n");
            }
            writeHead(out, "0\r\n\r\n");
        });

        for (String path : new String[] {"/announced", "/unannounced", "/chunked"}) {
            assertThat(fetch(allowed, path, 100_000).content().getLeft()).as(path).isEqualTo(new CaptureFailure.TooLarge(100_000));
        }
    }

    @Test
    void a_body_exactly_at_the_limit_is_read() {
        site.serve("/exact", 200, "image/png", new byte[100_000]);

        assertThat(fetch(allowed, "/exact", 100_000).content().get().bytes()).hasSize(100_000);
    }

    @Test
    void a_content_length_smaller_than_the_body_frames_it_and_a_larger_one_is_a_truncated_answer() {
        site.route("/short", (request, out) -> writeHead(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello and more that is not read"));
        site.route("/long", (request, out) -> writeHead(out, "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\nhello"));

        assertThat(fetch("/short").content().get().bytes()).asString(StandardCharsets.US_ASCII).isEqualTo("hello");
        assertThat(fetch("/long").content().getLeft()).isEqualTo(
                new CaptureFailure.BadResponse("the body ended before its Content-Length"));
    }

    @Test
    void a_chunked_body_is_reassembled() {
        site.route("/chunks", (request, out) -> writeHead(out,
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n"));

        assertThat(fetch("/chunks").content().get().bytes()).asString(StandardCharsets.US_ASCII).isEqualTo("hello world");
    }

    @Test
    void gzip_and_both_kinds_of_deflate_are_undone() throws IOException {
        byte[] page = "<html><body><img src=a.png></body></html>".getBytes(StandardCharsets.UTF_8);
        serveEncoded("/gzip", "gzip", gzip(page));
        serveEncoded("/zlib", "deflate", deflate(page, false));
        serveEncoded("/raw", "deflate", deflate(page, true));

        for (String path : new String[] {"/gzip", "/zlib", "/raw"}) {
            FetchedContent content = fetch(path).content().get();
            assertThat(content.bytes()).as(path).isEqualTo(page);
            assertThat(content.type()).isEqualTo(ContentType.HTML);
        }
        assertThat(site.requests().get(0).header("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void a_gzip_bomb_stops_at_the_limit() throws IOException {
        // 64 MB of zeros compress to about 64 KB; decompressing stops at the 1 MB limit.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1_000_000);
        serveEncoded("/bomb", "gzip", bomb.toByteArray());

        assertThat(fetch(allowed, "/bomb", 1_000_000).content().getLeft()).isEqualTo(new CaptureFailure.TooLarge(1_000_000));
    }

    @Test
    void a_broken_or_unasked_for_encoding_is_a_bad_response() throws IOException {
        serveEncoded("/notgzip", "gzip", "plain text".getBytes(StandardCharsets.UTF_8));
        byte[] truncated = gzip(new byte[50_000]);
        serveEncoded("/truncated", "gzip", Arrays.copyOf(truncated, truncated.length / 2));
        serveEncoded("/brotli", "br", new byte[] {1, 2, 3});

        assertThat(fetch("/notgzip").content().getLeft()).isInstanceOf(CaptureFailure.BadResponse.class);
        assertThat(fetch("/truncated").content().getLeft()).isInstanceOf(CaptureFailure.BadResponse.class);
        assertThat(fetch("/brotli").content().getLeft().detail()).contains("encoded as br");
    }

    @Test
    void a_server_trickling_bytes_is_cut_off_by_the_total_time() {
        site.route("/trickle", (request, out) -> {
            writeHead(out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
            for (int i = 0; i < 600; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(50);
            }
        });
        CaptureSettings quick = withTimes(allowed, Duration.ofSeconds(1), Duration.ofMillis(1500));

        Fetch fetch = fetch(quick, "/trickle", 1_000_000);

        assertThat(fetch.content().getLeft()).isEqualTo(
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.TOTAL, Duration.ofMillis(1500)));
    }

    @Test
    void a_server_that_stays_silent_runs_into_the_read_time_out() {
        site.route("/silent", (request, out) -> Thread.sleep(10_000));
        CaptureSettings quick = withTimes(allowed, Duration.ofMillis(300), Duration.ofSeconds(5));

        assertThat(fetch(quick, "/silent", 1000).content().getLeft()).isEqualTo(
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.READ, Duration.ofMillis(300)));
    }

    @Test
    void the_type_comes_from_the_bytes_not_from_the_header() {
        site.serve("/image-said-page", 200, "text/html", PNG);
        site.serve("/page-said-image", 200, "image/jpeg", "<!DOCTYPE html><p>hi".getBytes(StandardCharsets.UTF_8));

        FetchedContent png = fetch("/image-said-page").content().get();
        assertThat(png.type()).isEqualTo(ContentType.PNG);
        assertThat(png.answer().headers().contentType()).contains("text/html");
        assertThat(fetch("/page-said-image").content().get().type()).isEqualTo(ContentType.HTML);
    }

    @Test
    void the_kept_headers_and_status_are_those_of_the_final_answer() {
        site.redirect("/old", 301, "/new");
        site.route("/new", (request, out) -> write(out, 200, Map.of("Server", "TestServer/1.0\u0007", "ETag", "\"abc\"",
                "Last-Modified", "Tue, 01 Jul 2025 10:00:00 GMT", "Content-Type", "image/png"), PNG));

        Fetch fetch = fetch("/old");

        var answer = fetch.answer().get();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().server()).contains("TestServer/1.0");
        assertThat(answer.headers().etag()).contains("\"abc\"");
        assertThat(answer.headers().lastModified()).contains("Tue, 01 Jul 2025 10:00:00 GMT");
        assertThat(answer.headers().contentLength()).contains(Integer.toString(PNG.length));
        assertThat(answer.size()).isEqualTo(PNG.length);
        assertThat(fetch.redirects().get(0).status()).isEqualTo(301);
    }

    @Test
    void an_unsuccessful_status_keeps_its_answer() {
        Fetch fetch = fetch("/missing");

        assertThat(fetch.content().getLeft()).isEqualTo(new CaptureFailure.Unsuccessful(404));
        assertThat(fetch.answer().get().status()).isEqualTo(404);
    }

    @Test
    void broken_http_is_a_bad_response() {
        site.route("/garbage", (request, out) -> writeHead(out, "SSH-2.0-OpenSSH\r\n\r\n"));
        site.route("/nothing", (request, out) -> { });
        site.route("/endless-header", (request, out) -> {
            writeHead(out, "HTTP/1.1 200 OK\r\n");
            for (int i = 0; i < 5000; i++) {
                writeHead(out, "X-Filler-" + i + ": " + "y".repeat(40) + "\r\n");
            }
        });
        site.route("/bad-length", (request, out) -> writeHead(out, "HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello!"));

        for (String path : new String[] {"/garbage", "/nothing", "/endless-header", "/bad-length"}) {
            assertThat(fetch(path).content().getLeft()).as(path).isInstanceOf(CaptureFailure.BadResponse.class);
        }
    }

    @Test
    void the_request_carries_the_configured_user_agent_and_no_credentials() {
        site.serve("/", 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));

        fetcher(allowed, TestNames.standard()).fetch(url("http://user:secret@site.test:" + site.port() + "/"));

        var request = site.requests().get(0);
        assertThat(request.header("User-Agent")).isEqualTo("HotlineTest/1.0");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.target()).isEqualTo("/");
    }

    private void serveEncoded(String path, String encoding, byte[] body) {
        site.route(path, (request, out) -> write(out, 200, Map.of("Content-Encoding", encoding, "Content-Type", "text/html"), body));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] content, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            deflate.write(content);
        }
        return out.toByteArray();
    }
}
