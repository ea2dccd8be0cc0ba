package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline.adapters.web.Visitor;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture meets known content in the whole program: the pictures of loopback pages, some of them on a hash list of
 * the home jurisdiction imported with the {@code csv} format. A page with two of its three pictures listed reaches
 * the queue with those two marked known (list, classification, distance; no preview unless asked for) and one to
 * assess; a page whose pictures are all listed is classified by the system, audited as the system's with the match
 * evidence, and awaits the hosting trace.
 */
class KnownContentAtCaptureTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path data;

    @Test
    void known_pictures_are_marked_and_a_page_whose_pictures_are_all_known_is_classified_by_the_system() throws Exception {
        try (LoopbackGallery some = new LoopbackGallery(); LoopbackGallery all = new LoopbackGallery()) {
            Configuration configuration = TestConfigurations.embeddedIn(data, Map.of("HOTLINE_CAPTURE_WORKERS", "2",
                    "HOTLINE_CAPTURE_ALLOW", "127.0.0.0/8"));
            command(configuration, "known", "define", "national", "--source", "national-list", "--jurisdiction", "BE");
            StringBuilder csv = new StringBuilder("algorithm,hash,verdict,category,baseline,added\n");
            for (int i = 0; i < 2; i++) {
                csv.append("sha256,").append(CaptureOfReportsTest.digest("SHA-256", some.pictures().get(i)))
                        .append(",illegal,").append(i == 0 ? "A" : "B").append(",false,2024-01-31\n");
            }
            for (byte[] picture : all.pictures()) {
                csv.append("md5,").append(CaptureOfReportsTest.digest("MD5", picture)).append(",illegal,,,\n");
            }
            command(configuration, "known", "import", Files.writeString(data.resolve("list.csv"), csv).toString(),
                    "--list", "national", "--format", "csv");

            try (Hotline hotline = Hotline.start(configuration, JurisdictionSettings.none())) {
                var staffing = new Staffing(hotline);
                Visitor admin = staffing.firstAdministrator();
                Visitor ann = staffing.member(admin, "ann", CaptureOfReportsTest.PASSWORD, Role.ANALYST);
                Visitor sue = staffing.member(admin, "sue", "supervisor passphrase", Role.SUPERVISOR);
                String partly = CaptureOfReportsTest.report(hotline, some.address(LoopbackGallery.PAGE));
                String wholly = CaptureOfReportsTest.report(hotline, all.address(LoopbackGallery.PAGE));

                twoKnownAndOneToAssess(hotline, ann, partly, some);
                classifiedBySystem(hotline, ann, wholly);
                overturnedOnAppeal(hotline, sue, wholly);
            }
        }
    }

    private static void twoKnownAndOneToAssess(Hotline hotline, Visitor ann, String caseId, LoopbackGallery gallery)
            throws Exception {
        Document page = CaptureOfReportsTest.captured(ann, caseId);

        var items = page.select("#capture-items li.capture-item");
        assertThat(items).hasSize(3);
        for (int i = 0; i < 2; i++) {
            Element known = items.get(i);
            assertThat(known.attr("data-known")).isEqualTo("true");
            assertThat(known.select(".known-note").text())
                    .isEqualTo("Already known: you do not need to look at this again.");
            assertThat(known.select(".known-matches dt").text()).isEqualTo("On the list national (BE)");
            assertThat(known.select(".known-matches dd").text())
                    .startsWith("illegal, category " + (i == 0 ? "A" : "B") + "; entry ")
                    .endsWith("sha256, distance 0");
            assertThat(known.select("img.preview")).as("no preview of a known item unless asked for").isEmpty();
            assertThat(known.select("form.reveal")).isEmpty();
            assertThat(known.select("a.show-known")).hasSize(1);
        }
        Element toAssess = items.get(2);
        assertThat(toAssess.attr("data-known")).isEqualTo("false");
        assertThat(toAssess.select(".known")).isEmpty();
        assertThat(toAssess.select("img.preview-blurred")).hasSize(1);
        assertThat(toAssess.select("code.address").text()).isEqualTo(gallery.address("/gallery/picture-2.png"));

        String first = items.get(0).attr("data-item");
        Document asked = Jsoup.parse(ann.get(items.get(0).select("a.show-known").attr("href")).body());
        Element shown = asked.select("#item-" + first).first();
        assertThat(shown.select(".known-note")).as("still marked known").hasSize(1);
        CaptureOfReportsTest.assertGreyPreviewOfAtMost480Pixels(ann.getBytes(shown.select("img.preview-blurred").attr("src")));
        assertThat(shown.select("form.reveal")).hasSize(1);

        assertThat(stateOf(hotline, caseId)).isEqualTo("AWAITING_ASSESSMENT");
        var row = Jsoup.parse(ann.get("/queue").body()).select("tr[data-case=" + caseId + "]");
        assertThat(row).as("left in the queue for the item to assess").hasSize(1);
        assertThat(row.select(".known-items").attr("data-known")).isEqualTo("2");
        assertThat(row.select(".known-items").text()).isEqualTo("(2 items known)");
    }

    private static void classifiedBySystem(Hotline hotline, Visitor ann, String caseId) throws Exception {
        CaptureOfReportsTest.captured(ann, caseId);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!stateOf(hotline, caseId).equals("AWAITING_HOSTING_TRACE") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(stateOf(hotline, caseId)).isEqualTo("AWAITING_HOSTING_TRACE");

        List<Map<String, Object>> audited = hotline.database().jdbi().withHandle(handle -> handle.createQuery(
                "select actor, actor_role, state_before, state_after from audit_record"
                        + " where action = 'case.classified_by_system' and subject = :subject")
                .bind("subject", "case:" + caseId).mapToMap().list());
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).get("actor")).as("recorded by the system").isNull();
        assertThat(audited.get(0).get("actor_role")).isNull();
        assertThat(audited.get(0).get("state_before")).isEqualTo("AWAITING_ASSESSMENT");
        assertThat((String) audited.get(0).get("state_after")).startsWith("AWAITING_HOSTING_TRACE; assessment ")
                .contains("ILLEGAL by the rule 'known content' of BE", "list 'national' (BE), entry ", "md5 exact");

        Document page = Jsoup.parse(ann.get("/cases/" + caseId).body());
        assertThat(page.select("#history .decision-KNOWN_CONTENT h3").text())
                .startsWith("Classified by the system, ").endsWith("every item is known as illegal");
        assertThat(page.select("#history .decision-KNOWN_CONTENT .answers dt").eachText())
                .containsExactly("known item 1", "known item 2", "known item 3");
        assertThat(page.select("#capture-items li.capture-item[data-known=true]")).hasSize(3);
        assertThat(Jsoup.parse(ann.get("/queue").body()).select("tr[data-case=" + caseId + "]"))
                .as("nobody has to assess it").isEmpty();
        assertThat(Jsoup.parse(ann.get("/queue/hosting-trace").body()).select("tr[data-case=" + caseId + "]")).hasSize(1);
    }

    /** A supervisor appeals the system's classification as any assessment: here, finding an adult in no sexual content. */
    private static void overturnedOnAppeal(Hotline hotline, Visitor sue, String caseId) {
        Document page = Jsoup.parse(sue.get("/cases/" + caseId).body());
        var form = page.select("form[action*=/appeal/preview]").first();
        assertThat(form).as("the appeal form is offered for the system's classification").isNotNull();
        java.util.List<String> fields = new java.util.ArrayList<>();
        Map<String, String> chosen = Map.of("age", "ADULT", "content", "NONE", "media", "PHOTO_OR_VIDEO", "realChild", "REAL");
        for (String question : new java.util.LinkedHashSet<>(form.select("input[type=radio]").eachAttr("name"))) {
            fields.add(question);
            fields.add(chosen.getOrDefault(question, form.select("input[type=radio][name=" + question + "]").first().val()));
        }

        var appealed = sue.postForm("/cases/" + caseId + "/appeal", fields.toArray(String[]::new));

        assertThat(appealed.statusCode()).as(appealed.body()).isLessThan(400);
        assertThat(stateOf(hotline, caseId)).isEqualTo("CLOSED");
        assertThat(Jsoup.parse(sue.get("/cases/" + caseId).body()).select("#history article").eachAttr("class"))
                .containsExactly("decision decision-KNOWN_CONTENT", "decision decision-APPEAL");
    }

    private static String stateOf(Hotline hotline, String caseId) {
        return hotline.database().jdbi().withHandle(handle -> handle.createQuery("select state from case_file where id = :id")
                .bind("id", UUID.fromString(caseId)).mapTo(String.class).one());
    }

    static void command(Configuration configuration, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Commands.run(List.of(args), configuration, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }
}
