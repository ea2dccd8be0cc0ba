package org.hotline.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.report.ReportedUrl;
import org.junit.jupiter.api.Test;

class CaptureTest {

    private static final ReportedUrl PAGE = ReportedUrl.parse("http://site.example/").get();
    private static final IpAddress AT = IpAddress.parse("192.0.2.1").get();
    private static final Answer OK = new Answer(PAGE, AT, 200, KeptHeaders.NONE, ContentType.HTML, 10);
    private static final Fingerprints DIGESTS = Fingerprints.ofContent(new byte[] {1});

    private static Capture withTitle(String title) {
        return new Capture(PAGE, Instant.EPOCH, Duration.ZERO, List.empty(), Option.some(OK), Option.of(title),
                List.empty(), 0, Option.none());
    }

    @Test
    void a_title_is_kept_tidy_and_short() {
        assertThat(withTitle("  Holiday\n\t  photos \u0000 ").title()).contains("Holiday photos");
        assertThat(withTitle(" \n ").title()).isEmpty();
        assertThat(withTitle("x".repeat(2000)).title().get()).hasSize(Capture.LONGEST_TITLE);
        assertThat(withTitle("a").finalAddress()).contains(PAGE);
        assertThat(withTitle("a").succeeded()).isTrue();
    }

    @Test
    void a_capture_without_an_answer_says_why() {
        assertThatThrownBy(() -> new Capture(PAGE, Instant.EPOCH, Duration.ZERO, List.empty(), Option.none(), Option.none(),
                List.empty(), 0, Option.none())).hasMessageContaining("says why");
        Capture failed = new Capture(PAGE, Instant.EPOCH, Duration.ZERO, List.empty(), Option.none(), Option.none(),
                List.empty(), 0, Option.some(new CaptureFailure.NameNotResolved("site.example")));
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.finalAddress()).isEmpty();
    }

    @Test
    void an_item_keeps_its_measurements_consistent() {
        assertThatThrownBy(() -> new CapturedItem(PAGE, ItemSource.IMG, Option.none(), Option.none(), Option.some(DIGESTS),
                Option.none())).hasMessageContaining("content arrived");
        assertThatThrownBy(() -> new CapturedItem(PAGE, ItemSource.IMG, Option.some(OK), Option.some(new Dimensions(1, 1)),
                Option.none(), Option.some(new CaptureFailure.TooLarge(1)))).hasMessageContaining("fingerprinted");
        assertThatThrownBy(() -> new CapturedItem(PAGE, ItemSource.IMG, Option.some(OK), Option.none(), Option.none(),
                Option.none())).hasMessageContaining("says why");
        CapturedItem undecodable = new CapturedItem(PAGE, ItemSource.IMG, Option.some(OK), Option.none(), Option.some(DIGESTS),
                Option.some(new CaptureFailure.Undecodable("truncated")));
        assertThat(undecodable.measured()).isFalse();
    }

    @Test
    void kept_headers_are_cut_and_cleaned() {
        KeptHeaders headers = KeptHeaders.from(name -> switch (name) {
            case "Server" -> Option.some(" nginx\u0000\r\n ");
            case "ETag" -> Option.some("e".repeat(1000));
            case "Content-Type" -> Option.some("   ");
            default -> Option.none();
        });

        assertThat(headers.server()).contains("nginx");
        assertThat(headers.etag().get()).hasSize(KeptHeaders.LONGEST);
        assertThat(headers.contentType()).isEmpty();
        assertThat(headers.lastModified()).isEmpty();
    }

    @Test
    void every_failure_has_a_stable_code_and_an_explanation() {
        List<CaptureFailure> failures = List.of(new CaptureFailure.RefusedAddress("a", "b", "c"),
                new CaptureFailure.UnsupportedAddress("a", "b"), new CaptureFailure.NameNotResolved("a"),
                new CaptureFailure.ConnectionFailed("a", "b"),
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.CONNECT, Duration.ofSeconds(10)),
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.READ, Duration.ofMillis(300)),
                new CaptureFailure.TimedOut(CaptureFailure.TimedOut.Limit.TOTAL, Duration.ofSeconds(120)),
                new CaptureFailure.TooLarge(5), new CaptureFailure.TooManyRedirects(5), new CaptureFailure.RedirectLoop("a"),
                new CaptureFailure.BadResponse("a"), new CaptureFailure.Unsuccessful(404),
                new CaptureFailure.NotMedia(ContentType.HTML), new CaptureFailure.Undecodable("a"));

        assertThat(failures.map(CaptureFailure::code).distinct()).hasSize(12).allMatch(code -> code.matches("capture\\.[a-z_]+"));
        assertThat(failures.map(CaptureFailure::detail)).allMatch(detail -> detail.endsWith("."));
        assertThat(failures.get(4).detail()).isEqualTo("No connection within 10 s.");
        assertThat(failures.get(5).detail()).isEqualTo("The server sent nothing for 1 s.");
        assertThat(failures.get(6).detail()).isEqualTo("The capture's time ran out after 120 s.");
        assertThat(new CaptureFailure.RefusedAddress("10.0.0.1", "10.0.0.1", "a private address").detail())
                .isEqualTo("Refused to connect to 10.0.0.1: a private address.");
    }
}
