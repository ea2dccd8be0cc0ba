package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.hotline.adapters.trace.testing.TestIpData;
import org.hotline.adapters.web.Visitor;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.FixedClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home-hosted illegal item from the verdict to the removal seen, in the whole program under Belgian and under UK
 * law, as its people do it over HTTP: a loopback "hosting provider" serves a page of three generated (benign)
 * pictures, which the program captures and traces (IP data the test writes puts the loopback network at home, at
 * AS64500); the analyst settles the hosting at home, and the takedown's steps are recorded in the agreement's order by
 * the role of their actor; a police hold keeps the step that reaches the host back until the police liaison lifts it.
 * In the UK the hotline's notice goes out by SMTP (an in-process mail server) to the registered abuse contact, a
 * re-check 24 hours on finds the pictures still there and a reminder follows, past the 72-hour target an escalation
 * goes to the site owner; in Belgium the police ask the host and the hotline sends nothing (and the police ask the
 * hotline to keep the capture, which an analyst answers on the case page). The host then removes the
 * page, the re-check sees it gone, the case closes, and the supervisor's statistics show its time to removal. The
 * test's clock moves time on; the re-check and outbox rounds are run as their schedules would run them.
 */
class TakedownToRemovalEndToEndTest {

    private static final String PASSWORD = "a passphrase of our own";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(
            new ServerSetup[] {ServerSetupTest.SMTP}));

    @TempDir
    Path data;

    private final FixedClock clock = FixedClock.at("2026-11-30T09:00:00Z");
    private final LoopbackGallery host;

    TakedownToRemovalEndToEndTest() throws IOException {
        host = new LoopbackGallery();
    }

    @AfterEach
    void closeHost() {
        host.close();
    }

    /** The program under the country's law, its loopback network at home, notices sent to the test's mail server. */
    private Hotline start(String country) {
        TestIpData.in(data.resolve("ip")).version("1").country("127.0.0.0/8", country)
                .network("127.0.0.0", "127.255.255.255", 64500, "Example Hosting Ltd").write();
        Map<String, String> settings = new java.util.HashMap<>(TestConfigurations.mailServerAt(MAIL.getSmtp().getPort()));
        settings.putAll(Map.of("HOTLINE_JURISDICTION", country, "HOTLINE_CAPTURE_WORKERS", "1",
                "HOTLINE_CAPTURE_ALLOW", "127.0.0.0/8", "HOTLINE_NOTICE_GATHER_SECONDS", "0"));
        return Hotline.start(TestConfigurations.embeddedIn(data, settings), JurisdictionSettings.none(), clock);
    }

    /**
     * The people of the hotline: an analyst, a supervisor and the police liaison, each signed in afresh when asked
     * for (the test's clock moves on by hours, past the end of any session).
     */
    private record People(Staffing staffing, Visitor administrator) {

        static People of(Hotline hotline) {
            var staffing = new Staffing(hotline);
            Visitor administrator = staffing.firstAdministrator();
            staffing.member(administrator, "ann", PASSWORD, Role.ANALYST);
            staffing.member(administrator, "sam", PASSWORD, Role.SUPERVISOR);
            staffing.member(administrator, "pat", PASSWORD, Role.POLICE_LIAISON);
            return new People(staffing, administrator);
        }

        Visitor analyst() {
            return staffing.signedIn("ann", PASSWORD);
        }

        Visitor supervisor() {
            return staffing.signedIn("sam", PASSWORD);
        }

        Visitor police() {
            return staffing.signedIn("pat", PASSWORD);
        }
    }

    /** The gallery reported, captured, assessed illegal, traced and settled at home: its takedown has started. */
    private String inTakedown(Hotline hotline, People people, String country) throws InterruptedException {
        String page = host.address(LoopbackGallery.PAGE);
        Visitor analyst = people.analyst();
        var law = Jurisdictions.discover(getClass().getClassLoader()).home(new CountryCode(country),
                JurisdictionSettings.none()).law();
        String caseId = HostingTraceEndToEndTest.illegalCase(people.staffing(), analyst, page,
                TakedownUnderHomeLawTest.answersOf(law));
        Document captured = CaptureOfReportsTest.captured(analyst, caseId);
        assertThat(captured.select("#capture-state").attr("data-state")).isEqualTo("DONE");
        HostingTraceEndToEndTest.traced(hotline, analyst, caseId, "1");
        var settled = analyst.postForm("/cases/" + caseId + "/hosting", "country", country, "reason",
                "The trace puts the host at AS64500, at home.");
        assertThat(settled.statusCode()).as(() -> Jsoup.parse(settled.body()).text()).isEqualTo(303);
        assertThat(HostingTraceEndToEndTest.stateOf(analyst, caseId)).isEqualTo("In takedown");
        return caseId;
    }

    /** The step recorded from the page its form is on; the answer's status. */
    private static int step(Visitor who, String from, String caseId, String step, String note) {
        who.get(from);
        return who.postForm("/cases/" + caseId + "/takedown/step", "step", step, "note", note).statusCode();
    }

    private static Visitor onPolicePage(Visitor police) {
        assertThat(police.get("/police").statusCode()).isEqualTo(200);
        return police;
    }

    private static Document casePage(Visitor who, String caseId) {
        return Jsoup.parse(who.get("/cases/" + caseId).body());
    }

    /** After the given time, the running takedowns re-checked, as the hourly round does; the latest outcome. */
    private String recheckedAfter(Hotline hotline, People people, String caseId, Duration later) {
        clock.advance(later);
        hotline.recheckNow();
        hotline.sendNoticesNow();
        return casePage(people.analyst(), caseId).select("#rechecks li.recheck").first().attr("data-outcome");
    }

    /** The supervisor's removals by hosting country, over the day of the test's start to today. */
    private List<String> removalsByCountry(Visitor supervisor) {
        String today = clock.instant().atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDate().toString();
        Document statistics = Jsoup.parse(supervisor.get("/statistics?from=2026-11-30&to=" + today).body());
        return statistics.select("#removals-by-country-table tbody tr").eachText();
    }

    /**
     * The police ask the hotline, from the police page, to keep the capture by a day; a mistyped case is refused on
     * the page; the analyst answers on the case page, and the police page shows the answer.
     */
    private static void askedAndAnswered(People people, String caseId) {
        Visitor police = onPolicePage(people.police());
        var mistyped = police.postForm("/police/requests", "case", "no-such-case", "request", "Keep the capture.",
                "neededBy", "");
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(mistyped.body()).select("#refusal").text()).contains("Case");
        police.get("/police");
        assertThat(police.postForm("/police/requests", "case", caseId, "request",
                "Keep the capture for the investigation.", "neededBy", "2026-12-15").statusCode()).isEqualTo(303);

        Visitor analyst = people.analyst();
        Document page = casePage(analyst, caseId);
        var request = page.select("#police-requests article.police-request").first();
        assertThat(request.attr("data-open")).isEqualTo("true");
        assertThat(request.select("p.request").text()).isEqualTo("Keep the capture for the investigation.");
        String answer = request.select("form.answer-request").attr("action");
        assertThat(analyst.postForm(answer, "answer", "Kept: the capture is sealed.").statusCode()).isEqualTo(303);

        Document policePage = Jsoup.parse(people.police().get("/police").body());
        assertThat(policePage.select("#requests article.police-request .answer").text())
                .contains("Kept: the capture is sealed.");
        assertThat(policePage.select("#requests article.police-request").attr("data-open")).isEqualTo("false");
    }

    private static List<String> doneSteps(Document casePage) {
        return casePage.select("#takedown-steps li[data-done=true]").eachAttr("data-step");
    }

    private static String recipientOf(MimeMessage message) throws Exception {
        return message.getAllRecipients()[0].toString();
    }

    @Test
    void in_the_uk_the_notice_goes_by_smtp_after_the_police_lift_their_hold_is_followed_up_and_the_recheck_closes_the_case()
            throws Exception {
        try (Hotline hotline = start("GB")) {
            People people = People.of(hotline);
            Visitor administrator = people.administrator();
            administrator.get("/admin/contacts");
            assertThat(administrator.postForm("/admin/contacts", "scope", "asn", "value", "AS64500", "role",
                    "hosting_provider", "name", "Example Hosting Ltd", "emails", "abuse@hosting.example")
                    .statusCode()).isEqualTo(303);
            assertThat(administrator.postForm("/admin/contacts", "scope", "asn", "value", "AS64500", "role",
                    "site_owner", "name", "Example Gallery", "emails", "owner@gallery.example").statusCode()).isEqualTo(303);
            Instant reported = clock.instant();
            String caseId = inTakedown(hotline, people, "GB");

            assertThat(step(people.analyst(), "/cases/" + caseId, caseId, "notify-police", "NCA referral 2026/1")).isEqualTo(303);
            clock.advance(Duration.ofHours(1));
            assertThat(step(people.police(), "/police", caseId, "police-authorisation", "NCA ref 55")).isEqualTo(303);
            assertThat(onPolicePage(people.police()).postForm("/cases/" + caseId + "/takedown/hold", "reference", "NCA-OP-9",
                    "reviewOn", "2026-12-07").statusCode()).isEqualTo(303);
            assertThat(step(people.supervisor(), "/cases/" + caseId, caseId, "notice-to-host", "")).as("the notice waits for the hold")
                    .isEqualTo(409);
            hotline.sendNoticesNow();
            assertThat(MAIL.getReceivedMessages()).isEmpty();
            clock.advance(Duration.ofDays(1));
            assertThat(onPolicePage(people.police()).postForm("/cases/" + caseId + "/takedown/lift", "reason", "Suspect arrested")
                    .statusCode()).isEqualTo(303);
            assertThat(step(people.supervisor(), "/cases/" + caseId, caseId, "notice-to-host", "")).isEqualTo(303);
            hotline.sendNoticesNow();

            assertThat(MAIL.getReceivedMessages()).hasSize(1);
            MimeMessage notice = MAIL.getReceivedMessages()[0];
            assertThat(recipientOf(notice)).contains("abuse@hosting.example");
            assertThat(GreenMailUtil.getBody(notice)).contains(host.address(LoopbackGallery.PAGE), "GB-NTD-2026-");

            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofHours(1))).isEqualTo("STILL_THERE");
            assertThat(MAIL.getReceivedMessages()).as("no reminder within 24 hours").hasSize(1);
            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofHours(23))).isEqualTo("STILL_THERE");
            assertThat(MAIL.getReceivedMessages()).as("a reminder").hasSize(2);
            assertThat(recipientOf(MAIL.getReceivedMessages()[1])).contains("abuse@hosting.example");
            assertThat(casePage(people.analyst(), caseId).select("#rechecks li.recheck").first().text())
                    .contains("A reminder (GB-NTD-2026-", "was queued for Example Hosting Ltd.");
            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofHours(48))).isEqualTo("STILL_THERE");
            assertThat(MAIL.getReceivedMessages()).as("an escalation past 72 hours").hasSize(3);
            assertThat(recipientOf(MAIL.getReceivedMessages()[2])).contains("owner@gallery.example");
            Document flagged = Jsoup.parse(people.supervisor().get("/notices").body());
            assertThat(flagged.select("#notices tr.notice").eachText()).singleElement().asString()
                    .startsWith("GB-NTD-2026-").contains("Escalation Example Gallery (Site owner) owner@gallery.example",
                            "Sent ", caseId);
            assertThat(people.analyst().get("/notices").statusCode()).as("for supervisors").isEqualTo(403);
            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofHours(1))).isEqualTo("STILL_THERE");
            assertThat(MAIL.getReceivedMessages()).as("each follow-up once").hasSize(3);

            host.takeDown();
            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofHours(1))).isEqualTo("GONE");

            Document closed = casePage(people.analyst(), caseId);
            assertThat(HostingTraceEndToEndTest.stateOf(people.analyst(), caseId)).startsWith("Closed (content removed");
            assertThat(doneSteps(closed)).containsExactly("notify-police", "police-authorisation", "police-hold",
                    "notice-to-host", "confirm-removal");
            assertThat(closed.select("#takedown-lifted").text()).contains("NCA-OP-9", "Suspect arrested");
            Duration toRemoval = Duration.between(reported, clock.instant());
            assertThat(toRemoval).isEqualTo(Duration.ofHours(99));
            assertThat(removalsByCountry(people.supervisor())).contains("GB 1 99 h 00 min 99 h 00 min 0% 0% 100%");
        }
    }

    @Test
    void in_belgium_the_police_ask_the_host_after_the_magistrate_and_their_hold_and_the_recheck_closes_the_case()
            throws Exception {
        try (Hotline hotline = start("BE")) {
            People people = People.of(hotline);
            Instant reported = clock.instant();
            String caseId = inTakedown(hotline, people, "BE");

            assertThat(step(people.police(), "/police", caseId, "magistrate-verbal-approval", "")).as("not before the police know")
                    .isEqualTo(409);
            assertThat(step(people.analyst(), "/cases/" + caseId, caseId, "notify-federal-police", "FCCU 2026/118")).isEqualTo(303);
            clock.advance(Duration.ofHours(2));
            assertThat(step(people.police(), "/police", caseId, "magistrate-verbal-approval", "Substitute, by telephone"))
                    .isEqualTo(303);
            assertThat(onPolicePage(people.police()).postForm("/cases/" + caseId + "/takedown/hold", "reference", "Operation Lindeboom",
                    "reviewOn", "2026-12-14").statusCode()).isEqualTo(303);
            assertThat(step(people.police(), "/police", caseId, "police-notice-to-host", "")).as("held").isEqualTo(409);
            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofDays(2))).isEqualTo("STILL_THERE");
            assertThat(onPolicePage(people.police()).postForm("/cases/" + caseId + "/takedown/lift", "reason", "Evidence secured")
                    .statusCode()).isEqualTo(303);
            assertThat(step(people.police(), "/police", caseId, "police-notice-to-host", "Host asked by e-mail")).isEqualTo(303);
            clock.advance(Duration.ofHours(5));
            assertThat(step(people.police(), "/police", caseId, "written-removal-order", "Order 2026/77")).isEqualTo(303);

            askedAndAnswered(people, caseId);

            host.takeDown();
            assertThat(recheckedAfter(hotline, people, caseId, Duration.ofHours(1))).isEqualTo("GONE");

            Document closed = casePage(people.analyst(), caseId);
            assertThat(HostingTraceEndToEndTest.stateOf(people.analyst(), caseId)).startsWith("Closed (content removed");
            assertThat(doneSteps(closed)).containsExactly("notify-federal-police", "magistrate-verbal-approval",
                    "police-notice-to-host", "written-removal-order");
            assertThat(MAIL.getReceivedMessages()).as("in Belgium the police ask the host, not the hotline").isEmpty();
            assertThat(Duration.between(reported, clock.instant())).isEqualTo(Duration.ofHours(56));
            assertThat(removalsByCountry(people.supervisor())).contains("BE 1 56 h 00 min 56 h 00 min 0% 100% 100%");
        }
    }
}
