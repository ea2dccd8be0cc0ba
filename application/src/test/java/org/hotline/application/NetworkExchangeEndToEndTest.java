package org.hotline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotline.adapters.trace.testing.LoopbackDnsServer;
import org.hotline.adapters.trace.testing.TestIpData;
import org.hotline.adapters.web.Visitor;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralRecord;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.StatusReport;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.staff.Role;
import org.hotline.domain.testing.ExchangeSamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network exchange in one run: a hub and two hotlines (Belgium and the United Kingdom) on loopback ports, each
 * with its own embedded database. A report at BE for an address traced (test data) to the UK is assessed illegal
 * under Belgian law, settled "to refer", referred through the outbox and the hub, appears once in the UK's queue as
 * urgent with the Belgian verdict, and its "received" status comes home to BE. Then the faults: the hub stopped and
 * started again mid-stream, and the UK hotline too: every referral arrives once and every status comes home.
 */
class NetworkExchangeEndToEndTest {

    private static final String PASSWORD = "analyst passphrase";
    private static final String ADMIN = "hub administrator token for the test";

    @TempDir
    Path data;

    private final LoopbackDnsServer dns = LoopbackDnsServer.start()
            .zone("example.org", "ns1.example.org")
            .a("abroad.example.org", "192.0.2.10");
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        dns.close();
    }

    private Configuration hubConfiguration(int port) {
        return TestConfigurations.embeddedIn(data.resolve("hub"), Map.of("HOTLINE_ROLE", "hub",
                "HOTLINE_HUB_ADMIN_TOKEN", ADMIN)).withPort(port);
    }

    private Configuration hotline(String name, String country, int hubPort, String token) {
        Map<String, String> environment = new HashMap<>(Map.of("HOTLINE_JURISDICTION", country,
                "HOTLINE_EXCHANGE_URL", "http://127.0.0.1:" + hubPort, "HOTLINE_EXCHANGE_TOKEN", token,
                // The test runs the rounds itself; the link's own rounds would only race it.
                "HOTLINE_EXCHANGE_EVERY_MILLIS", "600000",
                "HOTLINE_DNS_SERVERS", "127.0.0.1:" + dns.address().getPort(), "HOTLINE_DNS_TIMEOUT_SECONDS", "5"));
        environment.put("HOTLINE_RATE_LIMIT_PER_MINUTE", "0");
        return TestConfigurations.embeddedIn(data.resolve(name), environment);
    }

    private String enrol(Hub hub, String name, String country) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port()
                        + "/exchange/v1/members")).header("Authorization", "Bearer " + ADMIN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"countries\":[\"" + country + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body()).get("token").asText();
    }

    @Test
    void a_report_at_be_crosses_the_border_to_the_uk_once_and_its_status_comes_home() throws Exception {
        for (String hotline : List.of("be", "uk")) {
            TestIpData.in(data.resolve(hotline).resolve("ip")).version("1.0.0").country("192.0.2.0/24", "GB")
                    .network("192.0.2.0", "192.0.2.255", 64510, "British Hosting Ltd").write();
        }
        try (Hub hub = Hub.start(hubConfiguration(0))) {
            String beToken = enrol(hub, "Child Focus", "BE");
            String ukToken = enrol(hub, "IWF", "GB");
            try (Hotline be = Hotline.start(hotline("be", "BE", hub.port(), beToken), JurisdictionSettings.none());
                    Hotline uk = Hotline.start(hotline("uk", "GB", hub.port(), ukToken), JurisdictionSettings.none())) {
                var atBe = new Staffing(be);
                atBe.member(atBe.firstAdministrator(), "alice", PASSWORD, Role.ANALYST);
                Visitor alice = atBe.signedIn("alice", PASSWORD);
                var atUk = new Staffing(uk);
                Visitor ukAdministrator = atUk.firstAdministrator();
                atUk.member(ukAdministrator, "bob", PASSWORD, Role.ANALYST);
                atUk.member(ukAdministrator, "pat", PASSWORD, Role.POLICE_LIAISON);
                Visitor bob = atUk.signedIn("bob", PASSWORD);

                String caseAtBe = illegalCase(atBe, alice, "http://abroad.example.org/gallery");
                traced(be, alice, caseAtBe);
                assertThat(alice.postForm("/cases/" + caseAtBe + "/hosting", "country", "GB", "reason", "").statusCode())
                        .isEqualTo(303);
                assertThat(Jsoup.parse(alice.get("/cases/" + caseAtBe).body()).select("#case-state").text())
                        .isEqualTo("To refer");

                for (int round = 0; round < 3; round++) {
                    be.exchangeNow();
                    uk.exchangeNow();
                }

                List<Element> rows = queueRows(bob, "http://abroad.example.org/gallery");
                assertThat(rows).hasSize(1);
                assertThat(rows.get(0).attr("data-priority")).isEqualTo("URGENT");
                String caseAtUk = rows.get(0).attr("data-case");
                String ukPage = bob.get("/cases/" + caseAtUk).body();
                assertThat(ukPage).contains("Referred by the member hotline of BE", "ILLEGAL", "rule book BE",
                        "Settled hosting country: GB", "192.0.2.10");

                Document bePage = Jsoup.parse(alice.get("/cases/" + caseAtBe).body());
                assertThat(bePage.select("#referrals article.referral").attr("data-sent")).isEqualTo("true");
                assertThat(bePage.select("#referrals article.referral p").first().text())
                        .startsWith("Referred to the member hotline of GB on ");
                assertThat(bePage.select("#referrals li.status").eachAttr("data-status")).containsExactly("received");
                assertThat(Jsoup.parse(ukPage).select("#referrals article.referral p").first().text())
                        .startsWith("Referred by the member hotline of BE on ");

                // The UK's analyst assesses it under UK law; the verdict goes home as a status.
                assessIllegal(bob, caseAtUk, UK_ANSWERS);
                for (int round = 0; round < 2; round++) {
                    uk.exchangeNow();
                    be.exchangeNow();
                }
                assertThat(Jsoup.parse(alice.get("/cases/" + caseAtBe).body()).select("#referrals li.status")
                        .eachAttr("data-status")).containsExactly("received", "assessed");

                var sent = be.referrals().ofCase(CaseId.parse(caseAtBe).get()).single();
                assertThat(sent.direction()).isEqualTo(ReferralRecord.Direction.OUTGOING);
                assertThat(sent.statuses().map(StatusReport::status)).containsExactly(ReferralStatus.RECEIVED,
                        ReferralStatus.ASSESSED);
                var received = uk.referrals().ofCase(CaseId.parse(caseAtUk).get()).single();
                assertThat(received.referral()).isEqualTo(sent.referral());
                assertThat(received.direction()).isEqualTo(ReferralRecord.Direction.INCOMING);
                assertThat(be.referrals().backlog()).isEqualTo(new org.hotline.adapters.persistence.PostgresExchange.Backlog(0, 0));
                assertThat(uk.referrals().backlog()).isEqualTo(new org.hotline.adapters.persistence.PostgresExchange.Backlog(0, 0));

                // The UK takes the content down at home: its notice to the host and the removal go home as statuses.
                takenDownAtHome(uk, atUk, ukAdministrator, bob, caseAtUk);
                for (int round = 0; round < 2; round++) {
                    uk.exchangeNow();
                    be.exchangeNow();
                }
                assertThat(Jsoup.parse(alice.get("/cases/" + caseAtBe).body()).select("#referrals li.status")
                        .eachAttr("data-status")).containsExactly("received", "assessed", "notice_sent", "removed");
                assertThat(be.referrals().ofCase(CaseId.parse(caseAtBe).get()).single().statuses().last().note())
                        .isEqualTo("The address answers 404 Not Found.");
            }
        }
    }

    /**
     * The UK's takedown of a case referred to it, over its pages: the host's abuse contact registered, the hosting
     * settled at home, the police told and clear, the notice queued for the host (no mail server here: it waits in the
     * outbox), the content then seen gone by the analyst.
     */
    private static void takenDownAtHome(Hotline uk, Staffing atUk, Visitor administrator, Visitor analyst, String caseId)
            throws InterruptedException {
        administrator.get("/admin/contacts");
        assertThat(administrator.postForm("/admin/contacts", "scope", "asn", "value", "AS64510", "role",
                "hosting_provider", "name", "British Hosting Ltd", "emails", "abuse@hosting.example").statusCode())
                .isEqualTo(303);
        traced(uk, analyst, caseId);
        assertThat(analyst.postForm("/cases/" + caseId + "/hosting", "country", "GB", "reason", "").statusCode())
                .isEqualTo(303);
        String steps = "/cases/" + caseId + "/takedown/step";
        analyst.get("/cases/" + caseId);
        assertThat(analyst.postForm(steps, "step", "notify-police", "note", "").statusCode()).isEqualTo(303);
        Visitor police = atUk.signedIn("pat", PASSWORD);
        police.get("/police");
        assertThat(police.postForm(steps, "step", "police-authorisation", "note", "NCA ref 55").statusCode())
                .isEqualTo(303);
        police.get("/police");
        assertThat(police.postForm(steps, "step", "police-hold", "note", "No hold").statusCode()).isEqualTo(303);
        analyst.get("/cases/" + caseId);
        var notice = analyst.postForm(steps, "step", "notice-to-host", "note", "");
        assertThat(notice.statusCode()).as(() -> Jsoup.parse(notice.body()).select("#refusal").text()).isEqualTo(303);
        analyst.get("/cases/" + caseId);
        assertThat(analyst.postForm("/cases/" + caseId + "/takedown/removed", "evidence",
                "The address answers 404 Not Found.").statusCode()).isEqualTo(303);
    }

    @Test
    void with_the_hub_and_a_hotline_stopped_mid_stream_every_referral_arrives_once_and_every_status_comes_home()
            throws Exception {
        int hubPort;
        String beToken;
        String ukToken;
        try (Hub hub = Hub.start(hubConfiguration(0))) {
            hubPort = hub.port();
            beToken = enrol(hub, "Child Focus", "BE");
            ukToken = enrol(hub, "IWF", "GB");
        }
        Configuration ukConfiguration = hotline("uk", "GB", hubPort, ukToken);
        try (Hotline be = Hotline.start(hotline("be", "BE", hubPort, beToken), JurisdictionSettings.none())) {
            List<Referral> referrals = referralsAt(be, 40);
            // The hub is down: the outbox keeps everything and backs off.
            be.exchangeNow();
            assertThat(be.referrals().backlog().waiting()).isEqualTo(40);

            Hotline uk = Hotline.start(ukConfiguration, JurisdictionSettings.none());
            try (Hub hub = Hub.start(hubConfiguration(hubPort))) {
                Thread.sleep(1_100);
                be.exchangeNow();
                assertThat(be.referrals().backlog().waiting()).isZero();
                uk.exchangeNow();
                // The UK hotline stops before its "received" statuses leave; it starts again on its database.
                uk.close();
                uk = Hotline.start(ukConfiguration, JurisdictionSettings.none());
                hub.close();
                // The hub stops again with the statuses in the UK's outbox, and comes back.
                uk.exchangeNow();
                try (Hub again = Hub.start(hubConfiguration(hubPort))) {
                    Thread.sleep(1_100);
                    for (int round = 0; round < 3; round++) {
                        uk.exchangeNow();
                        be.exchangeNow();
                    }
                    for (Referral referral : referrals) {
                        var kept = be.referrals().find(ReferralRecord.Direction.OUTGOING, referral.id()).get();
                        assertThat(kept.statuses().map(StatusReport::status)).as(referral.address())
                                .containsExactly(ReferralStatus.RECEIVED);
                        assertThat(uk.referrals().find(ReferralRecord.Direction.INCOMING, referral.id()).isDefined()).isTrue();
                    }
                    long casesAtUk = uk.database().jdbi().withHandle(handle -> handle.createQuery(
                            "select count(*) from case_file").mapTo(Long.class).one());
                    assertThat(casesAtUk).isEqualTo(40);
                    assertThat(uk.referrals().backlog().waiting()).isZero();
                }
            } finally {
                uk.close();
            }
        }
    }

    @Test
    void the_daily_reconciliation_sends_again_what_a_restored_hub_lost_and_delivers_again_what_a_hotline_lacks()
            throws Exception {
        try (Hub hub = Hub.start(hubConfiguration(0))) {
            String beToken = enrol(hub, "Child Focus", "BE");
            String ukToken = enrol(hub, "IWF", "GB");
            Configuration ukConfiguration = hotline("uk", "GB", hub.port(), ukToken);
            // The UK's own list holds the fingerprint every referral of the test carries.
            KnownContentAtCaptureTest.command(ukConfiguration, "known", "define", "iwf", "--source", "own",
                    "--jurisdiction", "GB");
            KnownContentAtCaptureTest.command(ukConfiguration, "known", "import", java.nio.file.Files.writeString(
                    data.resolve("uk-list.txt"), ExchangeSamples.DIGEST + "\n").toString(), "--list", "iwf",
                    "--format", "plain");
            try (Hotline be = Hotline.start(hotline("be", "BE", hub.port(), beToken), JurisdictionSettings.none());
                    Hotline uk = Hotline.start(ukConfiguration, JurisdictionSettings.none())) {
                List<Referral> referrals = referralsAt(be, 3);
                be.exchangeNow();
                UUID lost = referrals.get(0).messageId();
                UUID unfiled = referrals.get(1).messageId();
                hub.database().jdbi().useHandle(handle -> {
                    // The hub is restored from a backup older than the first referral: it never took it.
                    handle.createUpdate("delete from hub_delivery where message_id = :id").bind("id", lost).execute();
                    handle.createUpdate("delete from hub_route where referral_id = :id").bind("id", lost).execute();
                    handle.createUpdate("delete from hub_taken where message_id = :id").bind("id", lost).execute();
                    // The UK took the second, but lost it with its own restore: the hub thinks it delivered.
                    handle.createUpdate("update hub_delivery set delivered_at = now() where message_id = :id")
                            .bind("id", unfiled).execute();
                });
                uk.exchangeNow();
                be.exchangeNow();
                assertThat(uk.referrals().find(ReferralRecord.Direction.INCOMING, referrals.get(2).id())).isNotEmpty();
                assertThat(uk.referrals().find(ReferralRecord.Direction.INCOMING, referrals.get(0).id())).isEmpty();
                assertThat(uk.referrals().find(ReferralRecord.Direction.INCOMING, referrals.get(1).id())).isEmpty();

                var atBelgium = be.reconcileNow().get();
                be.exchangeNow();
                var atBritain = uk.reconcileNow().get();
                // The UK takes what the hub holds again; its "received" statuses leave with its next round.
                uk.exchangeNow();
                uk.exchangeNow();
                be.exchangeNow();

                assertThat(atBelgium.sentAgain()).as(atBelgium.describe()).isEqualTo(1);
                assertThat(atBritain.deliveredAgain()).as(atBritain.describe()).isEqualTo(1);
                for (Referral referral : referrals) {
                    assertThat(uk.referrals().find(ReferralRecord.Direction.INCOMING, referral.id())).isNotEmpty();
                    assertThat(be.referrals().find(ReferralRecord.Direction.OUTGOING, referral.id()).get().statuses()
                            .map(StatusReport::status)).as(referral.address()).containsExactly(ReferralStatus.RECEIVED);
                }
                long casesAtUk = uk.database().jdbi().withHandle(handle -> handle.createQuery(
                        "select count(*) from case_file").mapTo(Long.class).one());
                assertThat(casesAtUk).isEqualTo(3);
                // On the UK's case page, the fingerprint the referral carried is marked as on the UK's list.
                var ukStaff = new Staffing(uk);
                Visitor analyst = ukStaff.member(ukStaff.firstAdministrator(), "ian", "analyst passphrase", Role.ANALYST);
                UUID caseAtUk = uk.referrals().find(ReferralRecord.Direction.INCOMING, referrals.get(0).id()).get()
                        .caseId().value();
                Document page = Jsoup.parse(analyst.get("/cases/" + caseAtUk).body());
                assertThat(page.select(".referral .carried").text())
                        .isEqualTo("1 of the 1 items it carries are on this hotline's hash lists.");
                assertThat(page.select(".referral .known-carried dt").text())
                        .isEqualTo("Item " + ExchangeSamples.DIGEST.substring(0, 16) + "\u2026");
                assertThat(page.select(".referral .known-carried dd").text()).startsWith("On the list iwf (GB): ");
                assertThat(be.reconcileNow().get().repaired()).isFalse();
                assertThat(uk.reconcileNow().get().repaired()).isFalse();
                long audited = be.database().jdbi().withHandle(handle -> handle.createQuery(
                        "select count(*) from audit_record where action = 'exchange.reconciled'").mapTo(Long.class).one());
                assertThat(audited).isEqualTo(1);
            }
        }
    }

    /** Cases at BE referred to the UK as settling would refer them: kept on their cases and put in the outbox. */
    private static List<Referral> referralsAt(Hotline be, int count) {
        var staffing = new Staffing(be);
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String address = "http://abroad.example.org/album/" + i;
            var reporter = staffing.visitor();
            reporter.get("/report");
            assertThat(reporter.postForm("/report", "urls", address, "seen", "IMAGES").statusCode()).isEqualTo(303);
            CaseId caseId = new CaseId(be.database().jdbi().withHandle(handle -> handle.createQuery(
                    "select c.id from case_file c where c.canonical_url = :url").bind("url", address).mapTo(UUID.class).one()));
            Referral referral = ExchangeSamples.referral(UUID.randomUUID(), "BE", "GB", address);
            be.referrals().add(ReferralRecord.Direction.OUTGOING, caseId, referral);
            be.referrals().put(referral);
            referrals.add(referral);
        }
        return referrals;
    }

    private static List<Element> queueRows(Visitor analyst, String url) {
        Document queue = Jsoup.parse(analyst.get("/queue").body());
        return queue.select("table.queue tbody tr").stream()
                .filter(row -> row.select("code.address").text().equals(url)).toList();
    }

    private static String illegalCase(Staffing staffing, Visitor analyst, String url) {
        var reporter = staffing.visitor();
        reporter.get("/report");
        assertThat(reporter.postForm("/report", "urls", url, "seen", "IMAGES").statusCode()).isEqualTo(303);
        String id = queueRows(analyst, url).get(0).attr("data-case");
        assessIllegal(analyst, id, Map.of());
        return id;
    }

    /** What UK law asks beyond the core questions, answered for a photograph of a real child. */
    private static final Map<String, String> UK_ANSWERS = Map.of("pornographic", "NO", "grosslyOffensive", "NO",
            "indecent", "YES", "portrayedAct", "NONE_OF_THESE");

    /** Claims the case and confirms the baseline answers (with the law's own questions), illegal under its law. */
    private static void assessIllegal(Visitor analyst, String id, Map<String, String> more) {
        analyst.get("/cases/" + id);
        assertThat(analyst.postForm("/cases/" + id + "/claim").statusCode()).isEqualTo(303);
        analyst.get("/cases/" + id);
        List<String> answers = new ArrayList<>();
        Workbench.BASELINE_ANSWERS.forEach((question, answer) -> {
            answers.add(question);
            answers.add(answer);
        });
        more.forEach((question, answer) -> {
            answers.add(question);
            answers.add(answer);
        });
        var confirmed = analyst.postForm("/cases/" + id + "/confirm", answers.toArray(String[]::new));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
    }

    private static void traced(Hotline hotline, Visitor analyst, String caseId) throws InterruptedException {
        for (int round = 0; round < 60; round++) {
            hotline.traceNow();
            Document page = Jsoup.parse(analyst.get("/cases/" + caseId).body());
            if (page.select("#hosting-waiting").isEmpty() && page.select("#hosting-data").text().contains("1.0.0")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no trace for case " + caseId + " after 30 s");
    }
}
