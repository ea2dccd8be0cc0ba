package org.hotline.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.report.ReportedUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values of a capture check themselves at their edges. */
class CaptureValuesTest {

    private static final ReportedUrl PAGE = ReportedUrl.parse("http://site.example/").get();
    private static final IpAddress AT = IpAddress.parse("192.0.2.1").get();
    private static final PdqHash HASH = PdqHash.parse("c".repeat(64)).get();

    private static Answer answer(int status, long size) {
        return new Answer(PAGE, AT, status, KeptHeaders.NONE, ContentType.JPEG, size);
    }

    @ParameterizedTest
    @CsvSource({"100,false", "199,false", "200,true", "204,true", "299,true", "300,false", "404,false", "999,false"})
    void an_answer_is_successful_for_2xx_only(int status, boolean successful) {
        assertThat(answer(status, 0).successful()).isEqualTo(successful);
        assertThat(new Hop(PAGE, AT, status).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 99, 1000})
    void a_status_has_three_digits(int status) {
        assertThatThrownBy(() -> answer(status, 0)).hasMessageContaining("three digits");
        assertThatThrownBy(() -> new Hop(PAGE, AT, status)).hasMessageContaining("three digits");
    }

    @Test
    void a_size_is_never_negative() {
        assertThat(answer(200, 0).size()).isZero();
        assertThatThrownBy(() -> answer(200, -1)).hasMessageContaining("negative");
    }

    @Test
    void dimensions_are_at_least_one_pixel_each_way() {
        assertThat(new Dimensions(1, 1).pixels()).isEqualTo(1);
        assertThat(new Dimensions(40_000, 30_000).pixels()).isEqualTo(1_200_000_000L);
        assertThat(new Dimensions(640, 480)).hasToString("640 x 480");
        assertThatThrownBy(() -> new Dimensions(0, 1)).hasMessageContaining("0 x 1");
        assertThatThrownBy(() -> new Dimensions(1, 0)).hasMessageContaining("1 x 0");
    }

    @Test
    void an_examination_adds_its_hash_to_the_digests() {
        Fingerprints digests = Fingerprints.ofContent(new byte[] {1, 2});
        Examination examination = new Examination(new Dimensions(2, 3), new PdqFingerprint(HASH, 0));

        assertThat(examination.addTo(digests)).isEqualTo(new Fingerprints(digests.md5(), digests.sha1(), digests.sha256(),
                Option.some(new PdqFingerprint(HASH, 0))));
        assertThat(examination.dimensions()).isEqualTo(new Dimensions(2, 3));
        assertThatThrownBy(() -> new Examination(null, new PdqFingerprint(HASH, 0))).hasMessageContaining("dimensions");
        assertThatThrownBy(() -> new Examination(new Dimensions(2, 3), null)).hasMessageContaining("pdq");
    }

    @Test
    void fetched_content_matches_its_answer_and_never_shows_its_bytes() {
        byte[] bytes = {1, 2, 3};
        FetchedContent content = new FetchedContent(answer(200, 3), bytes);

        assertThat(content.bytes()).isSameAs(bytes);
        assertThat(content.answer()).isEqualTo(answer(200, 3));
        assertThat(content.address()).isEqualTo(PAGE);
        assertThat(content.type()).isEqualTo(ContentType.JPEG);
        assertThat(content).hasToString("FetchedContent[http://site.example/, image/jpeg, 3 bytes]");
        assertThatThrownBy(() -> new FetchedContent(answer(200, 4), bytes)).hasMessageContaining("size");
    }

    @Test
    void images_and_videos_are_media_and_pages_are_parsed() {
        assertThat(List.of(ContentType.values()).filter(ContentType::isMedia).map(ContentType::kind).distinct())
                .containsExactlyInAnyOrder(ContentType.Kind.IMAGE, ContentType.Kind.VIDEO);
        assertThat(ContentType.JPEG.isMedia()).isTrue();
        assertThat(ContentType.MP4.isMedia()).isTrue();
        assertThat(ContentType.HTML.isMedia()).isFalse();
        assertThat(ContentType.HTML.kind()).isEqualTo(ContentType.Kind.PAGE);
        assertThat(ContentType.SVG.isMedia()).isFalse();
        assertThat(ContentType.WEBM.mediaType()).isEqualTo("video/webm");
        assertThat(ContentType.UNKNOWN.kind()).isEqualTo(ContentType.Kind.OTHER);
    }

    @Test
    void an_item_that_failed_keeps_what_it_knows() {
        CapturedItem failed = CapturedItem.failed(PAGE, ItemSource.LINK, Option.some(answer(404, 0)),
                new CaptureFailure.Unsuccessful(404));

        assertThat(failed.address()).isEqualTo(PAGE);
        assertThat(failed.source()).isEqualTo(ItemSource.LINK);
        assertThat(failed.answer()).contains(answer(404, 0));
        assertThat(failed.failure()).contains(new CaptureFailure.Unsuccessful(404));
        assertThat(failed.measured()).isFalse();
        CapturedItem measured = new CapturedItem(PAGE, ItemSource.IMG, Option.some(answer(200, 0)), Option.none(),
                Option.some(Fingerprints.ofContent(new byte[0])), Option.none());
        assertThat(measured.measured()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"HOTLINE_CAPTURE_CONNECT_TIMEOUT_SECONDS,1,300", "HOTLINE_CAPTURE_READ_TIMEOUT_SECONDS,1,600",
        "HOTLINE_CAPTURE_TOTAL_SECONDS,1,3600", "HOTLINE_CAPTURE_MAX_PAGE_BYTES,1024,104857600",
        "HOTLINE_CAPTURE_MAX_ITEM_BYTES,1024,1073741824", "HOTLINE_CAPTURE_MAX_REDIRECTS,0,20",
        "HOTLINE_CAPTURE_MAX_ITEMS,0,10000"})
    void each_number_is_accepted_at_its_bounds_and_refused_past_them(String variable, long min, long max) {
        assertThat(CaptureSettings.read(Map.of(variable, Long.toString(min))).isRight()).isTrue();
        assertThat(CaptureSettings.read(Map.of(variable, Long.toString(max))).isRight()).isTrue();
        assertThat(CaptureSettings.read(Map.of(variable, Long.toString(min - 1))).getLeft()).singleElement().asString()
                .startsWith(variable + " must be between " + min + " and " + max);
        assertThat(CaptureSettings.read(Map.of(variable, Long.toString(max + 1))).getLeft()).hasSize(1);
        assertThat(CaptureSettings.read(Map.of(variable, " ")).get()).isEqualTo(CaptureSettings.defaults());
    }

    @Test
    void the_numbers_read_are_the_numbers_given() {
        CaptureSettings settings = CaptureSettings.read(Map.of("HOTLINE_CAPTURE_MAX_REDIRECTS", "20",
                "HOTLINE_CAPTURE_TOTAL_SECONDS", "1", "HOTLINE_CAPTURE_MAX_ITEM_BYTES", "1024")).get();

        assertThat(settings.maxRedirects()).isEqualTo(20);
        assertThat(settings.totalTime()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.maxItemBytes()).isEqualTo(1024);
    }

    @Test
    void a_user_agent_is_up_to_512_printable_characters() {
        assertThat(CaptureSettings.read(Map.of("HOTLINE_CAPTURE_USER_AGENT", "a".repeat(512))).get().userAgent()).hasSize(512);
        assertThat(CaptureSettings.read(Map.of("HOTLINE_CAPTURE_USER_AGENT", "a".repeat(513))).isLeft()).isTrue();
        assertThat(CaptureSettings.read(Map.of("HOTLINE_CAPTURE_USER_AGENT", "caf\u00e9")).isLeft()).isTrue();
        assertThat(CaptureSettings.read(Map.of("HOTLINE_CAPTURE_USER_AGENT", "a ~")).isRight()).isTrue();
    }

    @Test
    void settings_in_code_accept_their_smallest_values_and_refuse_less() {
        Duration milli = Duration.ofMillis(1);
        var smallest = new CaptureSettings(milli, milli, milli, 1, 1, 0, 0, "x", Option.none(), List.empty());
        assertThat(smallest.maxPageBytes()).isEqualTo(1);
        assertThatThrownBy(() -> new CaptureSettings(milli, Duration.ZERO, milli, 1, 1, 0, 0, "x", Option.none(),
                List.empty())).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> new CaptureSettings(milli, milli, Duration.ofMillis(-1), 1, 1, 0, 0, "x", Option.none(),
                List.empty())).hasMessageContaining("totalTime");
        assertThatThrownBy(() -> new CaptureSettings(milli, milli, milli, 1, 0, 0, 0, "x", Option.none(),
                List.empty())).hasMessageContaining("size limits");
        assertThatThrownBy(() -> new CaptureSettings(milli, milli, milli, 1, 1, 0, -1, "x", Option.none(),
                List.empty())).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new CaptureSettings(milli, milli, milli, 1, 1, 0, 0, " ", Option.none(),
                List.empty())).hasMessageContaining("User-Agent");
    }

    @ParameterizedTest
    @CsvSource({"http://p:1,1", "http://p:65535,65535", "socks5://p:1080,1080"})
    void a_proxy_port_is_1_to_65535(String text, int port) {
        assertThat(CaptureProxy.parse(text).get().port()).isEqualTo(port);
        assertThatThrownBy(() -> new CaptureProxy(CaptureProxy.Kind.HTTP, "p", 0, Option.none(), Option.none()))
                .hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> new CaptureProxy(CaptureProxy.Kind.HTTP, "p", 65536, Option.none(), Option.none()))
                .hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> new CaptureProxy(CaptureProxy.Kind.SOCKS, "p", 1, Option.some("u"), Option.some("p")))
                .hasMessageContaining("HTTP proxies only");
        assertThatThrownBy(() -> new CaptureProxy(CaptureProxy.Kind.HTTP, "p", 1, Option.some("u"), Option.none()))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> new CaptureProxy(CaptureProxy.Kind.HTTP, "a b", 1, Option.none(), Option.none()))
                .hasMessageContaining("host");
        assertThat(CaptureProxy.parse("http://p:123456").isLeft()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0,true", "255.255.255.255,true", "199.199.199.199,true", "1.2.3.256,false", "1.2.3.1000,false",
        "1.2.3.00,false", "1.2.3.0,true", "1.2.3.099,false", "::ffff:255.255.255.255,true", "::ffff:1.2.3.256,false",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,true", "fffff::,false", "1:2:3:4:5:6:7::,true", "::2:3:4:5:6:7:8,true",
        "1:2:3:4:5:6::8,true", "1:2:3:4:5:6:1.2.3.4,true", "1:2:3:4:5:6:7:1.2.3.4,false"})
    void addresses_are_read_up_to_their_edges(String text, boolean valid) {
        assertThat(IpAddress.parse(text).isRight()).as(text).isEqualTo(valid);
    }

    @Test
    void the_longest_run_of_zeros_is_the_one_compressed() {
        assertThat(IpAddress.parse("1:0:0:2:0:0:0:3").get().text()).isEqualTo("1:0:0:2::3");
        assertThat(IpAddress.parse("1:0:0:0:2:0:0:3").get().text()).isEqualTo("1::2:0:0:3");
        assertThat(IpAddress.parse("1:0:2:0:3:0:4:0").get().text()).isEqualTo("1:0:2:0:3:0:4:0");
        assertThat(IpAddress.parse("0:0:0:0:0:0:0:1").get().hashCode()).isEqualTo(IpAddress.parse("::1").get().hashCode())
                .isNotEqualTo(IpAddress.parse("::2").get().hashCode());
    }

    @Test
    void a_range_reads_its_prefix_at_the_edges() {
        assertThat(AddressRange.parse("0.0.0.0/0").get().prefixLength()).isZero();
        assertThat(AddressRange.parse("1.2.3.4/32").get().prefixLength()).isEqualTo(32);
        assertThat(AddressRange.parse("::/128").get().prefixLength()).isEqualTo(128);
        assertThat(AddressRange.parse("::/1000").isLeft()).isTrue();
        assertThat(AddressRange.parse("1.2.3.4/-1").isLeft()).isTrue();
        assertThat(AddressRange.parse("1.2.3.5/31").getLeft()).contains("1.2.3.4/31");
        assertThatThrownBy(() -> new AddressRange(AT, -1)).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> AddressRange.of("1.2.3.4/8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.0.0.0/8");
        assertThat(AddressRange.of("128.0.0.0/1").contains(IpAddress.parse("255.0.0.0").get())).isTrue();
        assertThat(AddressRange.of("128.0.0.0/1").contains(IpAddress.parse("127.255.255.255").get())).isFalse();
    }

    @Test
    void kept_headers_keep_exactly_the_longest_value() {
        KeptHeaders headers = KeptHeaders.from(name -> name.equals("Server") ? Option.some("s".repeat(KeptHeaders.LONGEST))
                : name.equals("ETag") ? Option.some("e".repeat(KeptHeaders.LONGEST + 1)) : Option.none());

        assertThat(headers.server().get()).hasSize(KeptHeaders.LONGEST);
        assertThat(headers.etag().get()).hasSize(KeptHeaders.LONGEST);
        assertThat(KeptHeaders.NONE.server()).isEmpty();
    }

    @Test
    void a_title_of_exactly_the_longest_length_is_kept_whole() {
        var capture = new Capture(PAGE, java.time.Instant.EPOCH, Duration.ZERO, List.empty(), Option.some(answer(200, 0)),
                Option.some("t".repeat(Capture.LONGEST_TITLE)), List.empty(), 0, Option.none());
        assertThat(capture.title().get()).hasSize(Capture.LONGEST_TITLE);
        assertThatThrownBy(() -> new Capture(PAGE, java.time.Instant.EPOCH, Duration.ofMillis(-1), List.empty(),
                Option.some(answer(200, 0)), Option.none(), List.empty(), 0, Option.none())).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Capture(PAGE, java.time.Instant.EPOCH, Duration.ZERO, List.empty(),
                Option.some(answer(200, 0)), Option.none(), List.empty(), -1, Option.none())).hasMessageContaining("omitted");
    }
}
