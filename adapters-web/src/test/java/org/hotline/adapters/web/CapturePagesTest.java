package org.hotline.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.capture.CaptureFailure;
import org.hotline.domain.capture.job.CaptureId;
import org.hotline.domain.capture.job.CaptureJob;
import org.hotline.domain.capture.job.CaptureJobId;
import org.hotline.domain.capture.job.ItemId;
import org.hotline.domain.capture.job.RecordedCapture;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.TestCaptures;
import org.hotline.domain.testing.TestLaw;
import org.hotline.domain.welfare.Exposure;
import org.hotline.domain.welfare.WelfareSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The capture on the case page over real HTTP, over in-memory captures and a made-up site whose "previews" say what
 * they were made of: where the capture stands, the items with their hashes, blurred previews made on request and
 * never stored, a reveal that names its item and is counted, and "capture again".
 */
class CapturePagesTest {

    private static final String PASSWORD = "a long passphrase";
    private static final String PAGE = "http://example.org/gallery";
    private static final byte[] PICTURE = "the picture at a.jpg".getBytes(StandardCharsets.ISO_8859_1);

    private final RunningServer server = new RunningServer(TestLaw.withUninvolvedReviewer(false),
            WelfareSettings.defaults(RunningServer.BRUSSELS));

    @AfterEach
    void stop() {
        server.close();
    }

    /** A case of the page, captured with an image, a video and an item that could not be fetched; returns its id. */
    private String capturedCase() {
        assertThat(server.postForm("/report", "urls", PAGE, "seen", "IMAGES").statusCode()).isEqualTo(303);
        CaseId caseId = server.store.openCaseOf(ReportedUrl.parse(PAGE).get()).get().id();
        CaptureJob job = CaptureJob.requested(new CaptureJobId(UUID.randomUUID()), caseId, TestCaptures.url(PAGE),
                server.clock.instant(), Option.none());
        server.captureJobs.request(job);
        var capture = TestCaptures.page(PAGE, TestCaptures.image(PAGE + "/a.jpg", PICTURE, 640, 480),
                TestCaptures.video(PAGE + "/b.mp4", new byte[] {1, 2, 3}),
                TestCaptures.missing(PAGE + "/c.png", new CaptureFailure.Unsuccessful(404)));
        server.captures.add(new RecordedCapture(new CaptureId(UUID.randomUUID()), caseId, job.id(), capture,
                List.fill(3, () -> new ItemId(UUID.randomUUID()))));
        server.site.put(PAGE + "/a.jpg", PICTURE);
        return caseId.toString();
    }

    private String itemId(String caseId, int position) {
        return server.captures.ofCase(CaseId.parse(caseId).get()).head().itemIds().get(position).toString();
    }

    @Test
    void the_case_page_lists_each_item_with_its_hashes_and_a_blurred_preview_only_for_a_measured_image() {
        String id = capturedCase();
        var ann = signedIn("ann", Role.ANALYST);

        Document page = page(ann.get("/cases/" + id));

        assertThat(page.select("#capture-state").attr("data-state")).isEqualTo("PENDING");
        var items = page.select("#capture-items li.capture-item");
        assertThat(items).hasSize(3);
        Element image = items.get(0);
        assertThat(image.select("code.address").text()).isEqualTo(PAGE + "/a.jpg");
        assertThat(image.select(".hashes dd").eachText()).containsExactly(
                Fingerprints.ofContent(PICTURE).sha256().hex(), Fingerprints.ofContent(PICTURE).sha1().hex(),
                Fingerprints.ofContent(PICTURE).md5().hex(), "5a".repeat(32));
        assertThat(image.select(".hashes dt").eachText()).contains("PDQ (quality 87)");
        assertThat(image.select(".item-facts dd").eachText()).contains("640 x 480", "image/jpeg");
        assertThat(image.select("img.preview-blurred").attr("src"))
                .isEqualTo("/cases/" + id + "/items/" + itemId(id, 0) + "/preview");
        assertThat(items.get(1).select(".hashes dd")).hasSize(3);
        assertThat(items.get(1).select("img, form.reveal")).as("no preview of a video").isEmpty();
        assertThat(items.get(2).select(".item-failure").text()).isEqualTo("The server answered 404.");
        assertThat(items.get(2).select("img, .hashes")).isEmpty();
        assertThat(page.select(".capture-facts dd").eachText()).contains(PAGE, "A test page", "192.0.2.10");
        assertThat(page.select("#capture-again")).as("a capture is waiting already").isEmpty();
        assertThat(page(ann.get("/queue")).select("tr[data-case=" + id + "] td.capture").attr("data-capture"))
                .isEqualTo("PENDING");
    }

    @Test
    void the_blurred_preview_is_made_on_request_and_never_stored_by_the_browser() {
        String id = capturedCase();
        var ann = signedIn("ann", Role.ANALYST);

        HttpResponse<byte[]> preview = ann.getBytes("/cases/" + id + "/items/" + itemId(id, 0) + "/preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(new String(preview.body(), StandardCharsets.ISO_8859_1)).isEqualTo("blurred:the picture at a.jpg");
        assertThat(reveals()).as("a blurred preview is not a reveal").isEmpty();
    }

    @Test
    void a_preview_of_content_that_changed_or_of_no_image_is_refused_in_words() {
        String id = capturedCase();
        var ann = signedIn("ann", Role.ANALYST);
        server.site.put(PAGE + "/a.jpg", "something else now".getBytes(StandardCharsets.ISO_8859_1));

        HttpResponse<String> changed = ann.get("/cases/" + id + "/items/" + itemId(id, 0) + "/preview");
        HttpResponse<String> video = ann.get("/cases/" + id + "/items/" + itemId(id, 1) + "/preview");
        HttpResponse<String> unknown = ann.get("/cases/" + id + "/items/" + UUID.randomUUID() + "/preview");

        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).startsWith("The content at this address changed since it was captured");
        assertThat(video.statusCode()).isEqualTo(409);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(page(ann.postForm("/cases/" + id + "/reveal", "item", itemId(id, 0))).select("#refusal").text())
                .contains("changed since it was captured");
        assertThat(reveals()).isEmpty();
    }

    @Test
    void revealing_an_item_shows_it_in_colour_in_that_answer_only_and_counts_it_against_the_item() {
        String id = capturedCase();
        var ann = signedIn("ann", Role.ANALYST);
        String item = itemId(id, 0);

        Document revealed = page(ann.postForm("/cases/" + id + "/reveal", "item", item));

        String shown = revealed.select("#item-" + item + " img.preview-revealed").attr("src");
        assertThat(shown).startsWith("data:image/jpeg;base64,");
        assertThat(new String(Base64.getDecoder().decode(shown.substring(shown.indexOf(',') + 1)),
                StandardCharsets.ISO_8859_1)).isEqualTo("revealed:the picture at a.jpg");
        assertThat(revealed.select("#revealed").text()).contains("one reveal today");
        assertThat(reveals()).singleElement().satisfies(exposure -> assertThat(exposure.caseId().toString()).isEqualTo(id));
        assertThat(server.audit.entries().filter(e -> e.action().equals("preview.revealed")).map(e -> e.after()).mkString())
                .contains("item:" + item);
        assertThat(page(ann.get("/cases/" + id)).select("img.preview-revealed")).as("shown again: blurred").isEmpty();
    }

    @Test
    void capture_again_adds_a_job_audited_and_is_refused_while_one_waits() {
        String id = capturedCase();
        var ann = signedIn("ann", Role.ANALYST);
        assertThat(page(ann.get("/cases/" + id)).select("#capture-again")).isEmpty();
        HttpResponse<String> refused = ann.postForm("/cases/" + id + "/capture");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(page(refused).select("#refusal").text()).contains("waiting or running already");

        var job = server.captureJobs.all().single();
        var leased = server.captureJobs.lease("w", 1, server.clock.instant(), server.clock.instant().plusSeconds(60)).single();
        server.captureJobs.finish(leased, "w", CaptureJob.State.DONE, server.clock.instant(), Option.none());
        assertThat(page(ann.get("/cases/" + id)).select("#capture-state").attr("data-state")).isEqualTo("DONE");

        HttpResponse<String> asked = ann.postForm("/cases/" + id + "/capture");

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/cases/" + id + "#capture");
        assertThat(server.captureJobs.all()).hasSize(2);
        assertThat(server.captureJobs.all().last().id()).isNotEqualTo(job.id());
        assertThat(server.audit.actions()).contains("capture.requested");
        assertThat(page(ann.get("/cases/" + id)).select("#capture-state").text()).startsWith("Waiting to be captured");
    }

    @Test
    void a_legal_adviser_sees_the_case_without_its_capture_and_may_not_ask_for_previews() {
        String id = capturedCase();
        var lee = signedIn("lee", Role.LEGAL_ADVISER);

        assertThat(page(lee.get("/cases/" + id)).select("#capture")).isEmpty();
        assertThat(lee.get("/cases/" + id + "/items/" + itemId(id, 0) + "/preview").statusCode()).isEqualTo(403);
    }

    private Visitor signedIn(String username, Role... roles) {
        return server.signedIn(username, PASSWORD, roles);
    }

    private io.vavr.collection.Seq<Exposure> reveals() {
        return server.exposure.exposures(Option.none(), java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z"))
                .filter(e -> e.kind() == Exposure.Kind.PREVIEW_REVEALED);
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
