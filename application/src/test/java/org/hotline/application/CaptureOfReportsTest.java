package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.hotline.adapters.web.Visitor;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture in the whole program, against a site on loopback that the test starts: a report of a page with three
 * generated pictures becomes a case whose capture shows three items with their hashes, each with a blurred preview
 * fetched again on request and revealed, counted, on request; and without {@code HOTLINE_CAPTURE_ALLOW} a loopback
 * page is refused, whether named by its address, by a name that resolves to it, or reached through a redirect.
 */
class CaptureOfReportsTest {

    static final String PASSWORD = "analyst passphrase";
    static final Duration CAPTURE_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path data;

    /** The program with two capture workers and these ranges allowed. */
    static Hotline capturing(Path data, String allow) {
        return Hotline.start(TestConfigurations.embeddedIn(data, Map.of("HOTLINE_CAPTURE_WORKERS", "2",
                "HOTLINE_CAPTURE_ALLOW", allow)), JurisdictionSettings.none());
    }

    @Test
    void a_reported_page_with_three_pictures_shows_three_items_with_hashes_and_blurred_previews_that_reveal()
            throws Exception {
        try (LoopbackGallery gallery = new LoopbackGallery(); Hotline hotline = capturing(data, "127.0.0.0/8")) {
            Visitor ann = analyst(hotline);
            String caseId = report(hotline, gallery.address(LoopbackGallery.PAGE));

            Document page = captured(ann, caseId);

            assertThat(page.select("#capture-state").attr("data-state")).isEqualTo("DONE");
            var items = page.select("#capture-items li.capture-item");
            assertThat(items).hasSize(3);
            for (int i = 0; i < 3; i++) {
                Element item = items.get(i);
                byte[] served = gallery.pictures().get(i);
                assertThat(item.select("code.address").text()).isEqualTo(gallery.address("/gallery/picture-" + i + ".png"));
                assertThat(item.select(".hashes dd").eachText()).startsWith(digest("SHA-256", served),
                        digest("SHA-1", served), digest("MD5", served));
                assertThat(item.select(".hashes dt").eachText()).anyMatch(label -> label.startsWith("PDQ (quality"));
                assertThat(item.select(".hashes dd").last().text()).matches("[0-9a-f]{64}");
                assertThat(item.select(".item-facts dd").eachText()).contains("320 x 240", "image/png");
                assertGreyPreviewOfAtMost480Pixels(ann.getBytes(item.select("img.preview-blurred").attr("src")));
            }

            String first = items.get(0).attr("data-item");
            Document revealed = Jsoup.parse(ann.postForm("/cases/" + caseId + "/reveal", "item", first).body());

            String shown = revealed.select("#item-" + first + " img.preview-revealed").attr("src");
            assertThat(shown).startsWith("data:image/jpeg;base64,");
            var picture = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(shown.substring(shown.indexOf(',') + 1))));
            int corner = picture.getRGB(2, 2);
            assertThat((corner >> 16) & 0xFF).as("red in the corner of the first picture").isGreaterThan(180);
            assertThat(corner & 0xFF).as("and little blue").isLessThan(90);
            assertThat(revealed.select("#revealed").text()).contains("one reveal today");
        }
    }

    @Test
    void a_loopback_page_is_refused_unless_allowed_by_address_by_name_or_through_a_redirect() throws Exception {
        try (LoopbackGallery gallery = new LoopbackGallery(); LoopbackGallery allowed = new LoopbackGallery("127.0.0.2");
                Hotline hotline = capturing(data, "127.0.0.2/32")) {
            allowed.redirectTo(gallery.address(LoopbackGallery.PAGE));
            Visitor ann = analyst(hotline);
            String byAddress = report(hotline, gallery.address(LoopbackGallery.PAGE));
            String byName = report(hotline, gallery.address(LoopbackGallery.PAGE).replace("127.0.0.1", "localhost"));
            String redirected = report(hotline, allowed.address(LoopbackGallery.REDIRECT));

            for (String caseId : List.of(byAddress, byName, redirected)) {
                Document page = captured(ann, caseId);
                assertThat(page.select("#capture-state").attr("data-state")).as(caseId).isEqualTo("FAILED");
                assertThat(page.select("#capture-failure").text()).as(caseId).startsWith("Refused to connect to");
            }
            assertThat(gallery.requests()).as("nothing reached the refused address").isZero();
            assertThat(allowed.requests()).as("the allowed address was asked, and redirected").isEqualTo(1);
        }
    }

    /** An analyst, signed in, created by the first administrator. */
    static Visitor analyst(Hotline hotline) {
        var staffing = new Staffing(hotline);
        return staffing.member(staffing.firstAdministrator(), "ann", PASSWORD, Role.ANALYST);
    }

    /** Files a report of the address through the public form; returns the identifier of its case. */
    static String report(Hotline hotline, String address) {
        Visitor reporter = new Staffing(hotline).visitor();
        reporter.get("/report");
        assertThat(reporter.postForm("/report", "urls", address, "seen", "IMAGES").statusCode()).as(address).isEqualTo(303);
        return hotline.database().jdbi().withHandle(handle -> handle.createQuery(
                "select id from case_file where state <> 'CLOSED' order by opened_at desc limit 1")
                .mapTo(UUID.class).one()).toString();
    }

    /** The case page once the case's capture ended (done or failed), read as the analyst. */
    static Document captured(Visitor analyst, String caseId) throws InterruptedException {
        long deadline = System.nanoTime() + CAPTURE_WAIT.toNanos();
        while (true) {
            Document page = Jsoup.parse(analyst.get("/cases/" + caseId).body());
            String state = page.select("#capture-state").attr("data-state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                return page;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the capture of case " + caseId + " did not end within " + CAPTURE_WAIT
                        + "; it stands at " + state + ": " + page.select("#capture-state").text());
            }
            Thread.sleep(250);
        }
    }

    /** A blurred preview: a JPEG, never stored, at most 480 pixels a side, and grey. */
    static void assertGreyPreviewOfAtMost480Pixels(HttpResponse<byte[]> preview) throws IOException {
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");
        var picture = ImageIO.read(new ByteArrayInputStream(preview.body()));
        assertThat(Math.max(picture.getWidth(), picture.getHeight())).isLessThanOrEqualTo(480);
        for (int x = 0; x < picture.getWidth(); x += 17) {
            int rgb = picture.getRGB(x, picture.getHeight() / 2);
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            assertThat(Math.max(Math.abs(r - g), Math.abs(g - b))).as("grey at x=" + x).isLessThanOrEqualTo(8);
        }
    }

    static String digest(String algorithm, byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    }
}
