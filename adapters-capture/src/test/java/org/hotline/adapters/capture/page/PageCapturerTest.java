package org.hotline.adapters.capture.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.adapters.capture.fetch.Fixtures.fetcher;
import static org.hotline.adapters.capture.fetch.Fixtures.settings;
import static org.hotline.adapters.capture.fetch.Fixtures.url;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.capture.fetch.Fixtures;
import org.hotline.adapters.capture.fetch.LoopbackSite;
import org.hotline.adapters.capture.fetch.TestNames;
import org.hotline.domain.capture.Capture;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.CaptureSettings;
import org.hotline.domain.capture.CapturedItem;
import org.hotline.domain.capture.ContentType;
import org.hotline.domain.capture.Dimensions;
import org.hotline.domain.capture.Examination;
import org.hotline.domain.capture.ExamineImage;
import org.hotline.domain.capture.IpAddress;
import org.hotline.domain.capture.ItemSource;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A capture of a loopback page with generated images: what it measures, and what it records when things go wrong. */
class PageCapturerTest {

    private static final Instant NOW = Instant.parse("2025-07-01T10:00:00Z");
    private static final PdqHash HASH = PdqHash.parse("f".repeat(64)).get();

    private LoopbackSite site;
    private final CaptureSettings allowed = settings("127.0.0.0/8");
    private final byte[] red = png(Color.RED, 40, 30);
    private final byte[] blue = png(Color.BLUE, 20, 10);

    /** Reads the dimensions the way a decoder would; stands in for the image package's PDQ examiner. */
    private final ExamineImage examiner = (type, content) -> {
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(content));
            return image == null ? Either.left("not an image ImageIO reads")
                    : Either.right(new Examination(new Dimensions(image.getWidth(), image.getHeight()), new PdqFingerprint(HASH, 100)));
        } catch (IOException e) {
            return Either.left("truncated");
        }
    };

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite();
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    private Capture capture(CaptureSettings settings, String path, Option<ExamineImage> images) {
        return new PageCapturer(fetcher(settings, TestNames.standard()), () -> NOW, images).capture(url(site.url("site.test", path)));
    }

    @Test
    void a_page_with_three_images_is_captured_with_their_fingerprints_and_nothing_of_their_content() {
        byte[] green = png(Color.GREEN, 8, 8);
        site.serve("/", 200, "text/html; charset=utf-8", ("<title>Three</title><img src='/r.png'><img src='/b.png'>"
                + "<div style=\"background-image:url(/g.png)\"></div><img src='/r.png'>").getBytes(StandardCharsets.UTF_8));
        site.serve("/r.png", 200, "image/png", red).serve("/b.png", 200, "image/png", blue).serve("/g.png", 200, "image/png", green);

        Capture capture = capture(allowed, "/", Option.some(examiner));

        assertThat(capture.succeeded()).isTrue();
        assertThat(capture.startedAt()).isEqualTo(NOW);
        assertThat(capture.title()).contains("Three");
        assertThat(capture.answer().get().type()).isEqualTo(ContentType.HTML);
        assertThat(capture.answer().get().connectedTo()).isEqualTo(IpAddress.parse("127.0.0.1").get());
        assertThat(capture.items()).hasSize(3).allMatch(CapturedItem::measured);
        CapturedItem first = capture.items().get(0);
        assertThat(first.source()).isEqualTo(ItemSource.IMG);
        assertThat(first.answer().get().type()).isEqualTo(ContentType.PNG);
        assertThat(first.answer().get().size()).isEqualTo(red.length);
        assertThat(first.dimensions()).contains(new Dimensions(40, 30));
        assertThat(first.fingerprints().get().sha256().hex()).isEqualTo(hex("SHA-256", red));
        assertThat(first.fingerprints().get().md5().hex()).isEqualTo(hex("MD5", red));
        assertThat(first.fingerprints().get().sha1().hex()).isEqualTo(hex("SHA-1", red));
        assertThat(first.fingerprints().get().pdq()).contains(new PdqFingerprint(HASH, 100));
        assertThat(capture.items().get(2).source()).isEqualTo(ItemSource.STYLE);
        assertThat(capture.items().get(2).dimensions()).contains(new Dimensions(8, 8));
        assertThat(site.requests()).filteredOn(r -> r.target().equals("/r.png")).hasSize(1)
                .allMatch(r -> r.header("Referer").equals(site.url("site.test", "/")));
    }

    @Test
    void an_address_that_is_itself_an_image_is_its_one_item() {
        site.serve("/photo", 200, "application/octet-stream", red);

        Capture capture = capture(allowed, "/photo", Option.some(examiner));

        assertThat(capture.items()).singleElement().satisfies(item -> {
            assertThat(item.source()).isEqualTo(ItemSource.ADDRESS);
            assertThat(item.dimensions()).contains(new Dimensions(40, 30));
        });
        assertThat(site.requests()).hasSize(1);
    }

    @Test
    void each_item_that_goes_wrong_says_why_and_the_others_are_still_measured() {
        byte[] truncatedJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        site.serve("/", 200, "text/html", ("<img src='/ok.png'><img src='/missing.png'><img src='/page.jpg'>"
                + "<img src='/broken.jpg'><img src='http://private.test/x.png'><video src='/v.mp4'>").getBytes(StandardCharsets.UTF_8));
        site.serve("/ok.png", 200, "image/png", red)
                .serve("/page.jpg", 200, "image/jpeg", "<!DOCTYPE html><p>not an image".getBytes(StandardCharsets.UTF_8))
                .serve("/broken.jpg", 200, "image/jpeg", truncatedJpeg)
                .serve("/v.mp4", 200, "video/mp4", new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0});

        Capture capture = capture(allowed, "/", Option.some(examiner));

        assertThat(capture.succeeded()).isTrue();
        assertThat(capture.items().map(CapturedItem::failure)).containsExactly(
                Option.none(),
                Option.some(new CaptureFailure.Unsuccessful(404)),
                Option.some(new CaptureFailure.NotMedia(ContentType.HTML)),
                Option.some(new CaptureFailure.Undecodable("truncated")),
                Option.some(new CaptureFailure.RefusedAddress("private.test", "10.0.0.1", "a private address (10.0.0.0/8)")),
                Option.none());
        assertThat(capture.items().get(3).fingerprints()).isNotEmpty();
        assertThat(capture.items().get(5).answer().get().type()).isEqualTo(ContentType.MP4);
        assertThat(capture.items().get(5).fingerprints().get().pdq()).isEmpty();
    }

    @Test
    void a_decoder_that_throws_fails_the_item_not_the_capture() {
        site.serve("/", 200, "text/html", "<img src='/r.png'>".getBytes(StandardCharsets.UTF_8)).serve("/r.png", 200, "image/png", red);
        ExamineImage throwing = (type, content) -> {
            throw new IllegalStateException("decoder bug");
        };

        Capture capture = capture(allowed, "/", Option.some(throwing));

        assertThat(capture.items().get(0).failure()).contains(new CaptureFailure.Undecodable("the decoder failed on it"));
    }

    @Test
    void without_an_image_examiner_items_keep_their_digests() {
        site.serve("/", 200, "text/html", "<img src='/r.png'>".getBytes(StandardCharsets.UTF_8)).serve("/r.png", 200, "image/png", red);

        Capture capture = capture(allowed, "/", Option.none());

        assertThat(capture.items().get(0).measured()).isTrue();
        assertThat(capture.items().get(0).dimensions()).isEmpty();
    }

    @Test
    void a_page_that_cannot_be_fetched_ends_the_capture_with_the_reason() {
        Capture refused = capture(settings(), "/", Option.none());
        Capture missing = capture(allowed, "/nothing-here", Option.none());

        assertThat(refused.failure().get()).isInstanceOf(CaptureFailure.RefusedAddress.class);
        assertThat(refused.answer()).isEmpty();
        assertThat(missing.failure()).contains(new CaptureFailure.Unsuccessful(404));
        assertThat(missing.answer().get().status()).isEqualTo(404);
        assertThat(missing.items()).isEmpty();
    }

    @Test
    void items_the_total_time_does_not_reach_say_so() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            html.append("<img src='/slow").append(i).append(".png'>");
            site.route("/slow" + i + ".png", (request, out) -> {
                Thread.sleep(700);
                LoopbackSite.write(out, 200, java.util.Map.of(), red);
            });
        }
        site.serve("/", 200, "text/html", html.toString().getBytes(StandardCharsets.UTF_8));
        CaptureSettings quick = Fixtures.withTimes(allowed, Duration.ofSeconds(2), Duration.ofMillis(1500));

        Capture capture = capture(quick, "/", Option.none());

        assertThat(capture.items()).hasSize(5);
        assertThat(capture.items().get(0).measured()).isTrue();
        assertThat(capture.items().last().failure()).contains(
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.TOTAL, Duration.ofMillis(1500)));
        assertThat(capture.took()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_page_with_more_items_than_the_limit_fetches_the_first_and_counts_the_rest() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            html.append("<img src='/r.png?").append(i).append("'>");
        }
        site.serve("/", 200, "text/html", html.toString().getBytes(StandardCharsets.UTF_8)).serve("/r.png", 200, "image/png", red);

        Capture capture = capture(Fixtures.withSizes(allowed, 1 << 20, 1 << 20, 3), "/", Option.none());

        assertThat(capture.items()).hasSize(3);
        assertThat(capture.itemsOmitted()).isEqualTo(4);
        assertThat(site.requests()).hasSize(4);
    }

    static byte[] png(Color color, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
