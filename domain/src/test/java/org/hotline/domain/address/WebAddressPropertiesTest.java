package org.hotline.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hotline.domain.FieldError;

/** Properties of canonical forms, over generated addresses written in many ways. */
class WebAddressPropertiesTest {

    @Property(tries = 1000)
    void a_canonical_form_is_its_own_canonical_form(@ForAll("addresses") String typed) {
        Either<FieldError, WebAddress> once = WebAddress.parse(typed);
        if (once.isLeft()) {
            return;
        }
        String canonical = once.get().canonical();
        assertThat(canonicalOf(canonical)).as(typed).isEqualTo(canonical);
    }

    @Property(tries = 1000)
    void a_canonical_form_is_printable_ascii_without_fragment_or_credentials(@ForAll("addresses") String typed) {
        WebAddress.parse(typed).forEach(address -> {
            String canonical = address.canonical();
            assertThat(canonical.chars()).as(canonical).allMatch(c -> c > 0x20 && c < 0x7F);
            assertThat(canonical).doesNotContain("#").startsWith(address.scheme() + "://" + address.host());
            assertThat(address.host()).doesNotContain("@");
        });
    }

    @Property(tries = 1500)
    void any_text_is_read_or_refused_and_never_breaks_the_reader(@ForAll("anyText") String text) {
        Either<FieldError, WebAddress> result = WebAddress.parse(text);
        result.forEach(address -> assertThat(canonicalOf(address.canonical())).isEqualTo(address.canonical()));
        result.orElseRun(error -> assertThat(error.code()).startsWith(error.code().equals("required") ? "required" : "url."));
    }

    @Property
    void every_spelling_of_an_ipv4_address_is_one_address(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long address,
            @ForAll("ipv4Spellings") int spelling) {
        String dotted = (address >> 24) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "." + (address & 0xFF);
        String written = switch (spelling) {
            case 0 -> Long.toString(address);
            case 1 -> "0x" + Long.toHexString(address).toUpperCase(Locale.ROOT);
            case 2 -> "0" + Long.toOctalString(address);
            case 3 -> (address >> 24) + "." + (address & 0xFF_FFFF);
            case 4 -> (address >> 24) + "." + ((address >> 16) & 0xFF) + "." + (address & 0xFFFF);
            default -> "0x" + Long.toHexString(address >> 24) + ".0" + Long.toOctalString((address >> 16) & 0xFF) + "."
                    + ((address >> 8) & 0xFF) + ".0x" + Long.toHexString(address & 0xFF) + ".";
        };
        assertThat(WebAddress.parse("http://" + written + "/").map(WebAddress::host).getOrElseGet(FieldError::code))
                .as(written).isEqualTo(dotted);
    }

    @Property(tries = 500)
    void every_spelling_of_an_ipv6_address_is_one_address(@ForAll("ipv6Pieces") List<Integer> pieces) {
        String full = String.join(":", pieces.stream().map(p -> String.format("%04X", p)).toList());
        String plain = String.join(":", pieces.stream().map(Integer::toHexString).toList());
        String canonical = WebAddress.parse("http://[" + full + "]/").get().host();
        assertThat(WebAddress.parse("http://[" + plain + "]/").get().host()).isEqualTo(canonical);
        assertThat(WebAddress.parse("http://" + canonical + "/").get().host()).isEqualTo(canonical);
        assertThat(canonical).doesNotContain(":::").doesNotMatch(".*::.*::.*").isEqualTo(canonical.toLowerCase(Locale.ROOT));
    }

    @Property
    void the_ports_a_scheme_uses_by_default_are_never_written(@ForAll @IntRange(min = 1, max = 65535) int port) {
        String canonical = WebAddress.parse("http://example.org:" + port + "/").get().canonical();
        assertThat(canonical).isEqualTo(port == 80 ? "http://example.org/" : "http://example.org:" + port + "/");
    }

    @Provide
    Arbitrary<Integer> ipv4Spellings() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<List<Integer>> ipv6Pieces() {
        Arbitrary<Integer> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xFFFF)));
        return piece.list().ofSize(8);
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "http:", "http:\\\\", "", "//");
        Arbitrary<String> userInfo = Arbitraries.of("", "", "user@", "user:pw@", ":@", "a%40b@");
        Arbitrary<String> port = Arbitraries.of("", "", ":80", ":443", ":8080", ":0081", ":");
        Arbitrary<String> path = segment().list().ofMaxSize(5).map(segments -> segments.isEmpty() ? "" : "/" + String.join("/", segments));
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""), segment().map(s -> "?" + s));
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.just(""), segment().map(s -> "#" + s));
        return Combinators.combine(Arbitraries.of("", "\uFEFF", " ", "\u200B"), scheme, userInfo, host(), port, path, query, fragment)
                .as((invisible, s, u, h, p, pa, q, f) -> invisible + s + u + h + p + pa + q + f);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> characters = Arbitraries.oneOf(
                Arbitraries.chars().with("/\\?#@:[].%-_~!$&'()*+,;= \t\u00A0\uFEFF\u200D\u200C"),
                Arbitraries.chars().alpha().numeric(),
                Arbitraries.chars().all());
        return Arbitraries.oneOf(
                characters.list().ofMaxSize(40).map(WebAddressPropertiesTest::text),
                characters.list().ofMaxSize(40).map(cs -> "http://" + text(cs)),
                characters.list().ofMaxSize(20).map(cs -> "http://" + text(cs) + ".example/" + text(cs)));
    }

    /** The canonical form of the text, or the code it was refused with. */
    private static String canonicalOf(String text) {
        return WebAddress.parse(text).map(WebAddress::canonical).getOrElseGet(error -> "refused: " + error.code());
    }

    private Arbitrary<String> host() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcXYZ019-_").ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> unicodeLabel = Arbitraries.strings()
                .withChars("äöüßçéσςΣабвгд日本語한국ءبت\u0301\u00AD").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> name = Arbitraries.oneOf(label, unicodeLabel).list().ofMinSize(1).ofMaxSize(4)
                .map(labels -> String.join(".", labels))
                .flatMap(n -> Arbitraries.of(n, n + ".", n.toUpperCase(Locale.ROOT)));
        Arbitrary<String> ipv4 = Arbitraries.longs().between(0, 0xFFFF_FFFFL)
                .flatMap(n -> Arbitraries.of(Long.toString(n), "0x" + Long.toHexString(n), "0" + Long.toOctalString(n),
                        (n >> 24) + "." + ((n >> 16) & 0xFF) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF)));
        Arbitrary<String> ipv6 = ipv6Pieces().flatMap(pieces -> Arbitraries.of(
                "[" + String.join(":", pieces.stream().map(Integer::toHexString).toList()) + "]",
                "[" + String.join(":", pieces.stream().map(p -> String.format("%04X", p)).toList()) + "]"));
        return Arbitraries.oneOf(name, ipv4, ipv6, Arbitraries.of("[::1]", "[::ffff:192.0.2.1]", "%65xample.org"));
    }

    private Arbitrary<String> segment() {
        return Arbitraries.strings().withChars("aZ09.-_~%2fF5cE!$&'()*+,;=:@ \\\"<>{}|^`[]é日\uD83D\uDE00\uD800")
                .ofMaxLength(8)
                .flatMap(s -> Arbitraries.of(s, ".", "..", "%2e", "%2E%2e", "", s + "%41", s + "%"));
    }

    private static String text(List<Character> characters) {
        StringBuilder out = new StringBuilder(characters.size());
        characters.forEach(out::append);
        return out.toString();
    }
}
