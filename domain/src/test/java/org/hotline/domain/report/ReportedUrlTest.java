package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedUrlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://example.org/                      | http://example.org/
            HTTP://EXAMPLE.ORG/Path                  | http://example.org/Path
            https://Example.Org:443/a                | https://example.org/a
            http://example.org:80/a                  | http://example.org/a
            http://example.org:8080/a                | http://example.org:8080/a
            https://example.org:80/a                 | https://example.org:80/a
            http://example.org                       | http://example.org/
            http://example.org/a/./b/../c            | http://example.org/a/c
            http://example.org/a/b/..                | http://example.org/a/
            http://example.org/../../a               | http://example.org/a
            http://example.org/%2e%2E/a              | http://example.org/a
            http://example.org/page#section          | http://example.org/page
            http://example.org/?q=1#frag             | http://example.org/?q=1
            http://example.org/page?                 | http://example.org/page
            http://example.org/%7euser/%41           | http://example.org/~user/A
            http://example.org/a%2fb                 | http://example.org/a%2Fb
            http://example.org/a b                   | http://example.org/a%20b
            http://example.org/100%                  | http://example.org/100%25
            http://example.org./a                    | http://example.org/a
            http://bücher.example/a                  | http://xn--bcher-kva.example/a
            http://BÜCHER.example/                   | http://xn--bcher-kva.example/
            http://example.org/café                  | http://example.org/caf%C3%A9
            example.org/page                         | http://example.org/page
            www.example.org                          | http://www.example.org/
            example.org:8080/x                       | http://example.org:8080/x
            //example.org/x                          | http://example.org/x
            http:\\\\example.org\\a\\b               | http://example.org/a/b
            '  http://example.org/a  '               | http://example.org/a
            http://[2001:DB8::1]:8080/               | http://[2001:db8::1]:8080/
            http://192.0.2.1/a                       | http://192.0.2.1/a
            http://user:pw@example.org/              | http://user:pw@example.org/
            http://example.org/a?b=c&d=e%2a          | http://example.org/a?b=c&d=e%2A
            """)
    void writes_an_address_in_canonical_form(String typed, String canonical) {
        assertThat(ReportedUrl.parse(typed).get().canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.org/file               | url.scheme
            javascript:alert(1)                  | url.scheme
            mailto:someone@example.org           | url.scheme
            file:///etc/passwd                   | url.scheme
            http://                              | url.host
            http://:8080/path                    | url.host
            https://@/                           | url.host
            http://exa mple.org/                 | url.host
            http://example..org/                 | url.host
            http://example.org:0/                | url.port
            http://example.org:65536/            | url.port
            http://example.org:http/             | url.port
            http://[2001:db8::1/                 | url.host
            http://[not:an:ipv6:zz]/             | url.host
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
    }

    @Test
    void canonical_form_is_stable_when_parsed_again() {
        for (String typed : new String[] {"http://bücher.example/a b/../c?x=%7e#f", "example.org:8080/%41/./b",
                "https://[2001:DB8::1]/", "http://example.org/100%"}) {
            String once = ReportedUrl.parse(typed).get().canonical();
            assertThat(ReportedUrl.parse(once).get().canonical()).as(typed).isEqualTo(once);
        }
    }
}
