package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedUrlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://example.org/                      | http://example.org/
            HTTP://EXAMPLE.ORG:80/gallery/./1#top    | http://example.org/gallery/1
            http://bücher.example/a                  | http://xn--bcher-kva.example/a
            example.org:8080/x                       | http://example.org:8080/x
            http://3279880203/                       | http://195.127.0.11/
            http://[2001:0DB8:0:0::1]:8080/          | http://[2001:db8::1]:8080/
            http://user:pw@example.org/              | http://example.org/
            """)
    void writes_an_address_in_canonical_form(String typed, String canonical) {
        assertThat(ReportedUrl.parse(typed).get().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.org/file               | url.scheme
            http://                              | url.host
            http://example.org:0/                | url.port
            http://1.2.3.08/                     | url.host
            http//example.org/x                  | url.host_is_scheme
            """)
    void refuses_what_is_not_a_web_address(String typed, String code) {
        assertThat(ReportedUrl.parse(typed).getLeft().code()).isEqualTo(code);
    }

    @Test
    void refuses_blank_input() {
        assertThat(ReportedUrl.parse("   ").getLeft().code()).isEqualTo("required");
        assertThat(ReportedUrl.parse(null).getLeft().code()).isEqualTo("required");
    }

    @Test
    void refuses_an_absurdly_long_address() {
        String longest = "http://example.org/" + "a".repeat(ReportedUrl.MAX_SUBMITTED_LENGTH - 19);
        assertThat(ReportedUrl.parse(longest).isRight()).isTrue();
        assertThat(ReportedUrl.parse(longest + "a").getLeft().code()).isEqualTo("url.too_long");
    }

    @Test
    void refuses_a_host_label_longer_than_dns_allows() {
        assertThat(ReportedUrl.parse("http://" + "a".repeat(64) + ".example/").getLeft().code()).isEqualTo("url.host");
    }

    @Test
    void refuses_control_characters() {
        assertThat(ReportedUrl.parse("http://example.org/\u0000").getLeft().code()).isEqualTo("url.control_character");
    }

    @Test
    void keeps_what_was_typed_beside_the_canonical_form() {
        ReportedUrl url = ReportedUrl.parse("  HTTP://Example.org/A#x ").get();
        assertThat(url.submitted()).isEqualTo("HTTP://Example.org/A#x");
        assertThat(url.canonical()).isEqualTo("http://example.org/A");
    }

    @Test
    void addresses_written_differently_have_one_canonical_form() {
        ReportedUrl first = ReportedUrl.parse("http://example.org/gallery/1").get();
        ReportedUrl second = ReportedUrl.parse("HTTP://EXAMPLE.ORG:80/gallery/./1#top").get();
        assertThat(second.canonical()).isEqualTo(first.canonical());
    }

    @Test
    void tells_its_host() {
        assertThat(ReportedUrl.parse("https://user@Sub.Example.org:8443/x").get().host()).isEqualTo("sub.example.org");
        assertThat(ReportedUrl.parse("http://[2001:db8::1]:81/").get().host()).isEqualTo("[2001:db8::1]");
        assertThat(ReportedUrl.parse("http://[::ffff:192.0.2.1]/").get().host()).isEqualTo("[::ffff:192.0.2.1]");
        assertThat(ReportedUrl.parse("http://0xC0.0.2.1:8080/").get().host()).isEqualTo("192.0.2.1");
    }

    @Test
    void keeps_no_credentials() {
        ReportedUrl url = ReportedUrl.parse("https://analyst:s3cret@example.org/a").get();
        assertThat(url.canonical()).doesNotContain("analyst").doesNotContain("s3cret");
    }
}
