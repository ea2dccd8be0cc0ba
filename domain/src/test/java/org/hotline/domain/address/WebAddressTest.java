package org.hotline.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.domain.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The folding table: for each rule, the written forms that are one address, the forms that stay two addresses, and
 * the forms that are no address. Invisible characters are written as Java escapes in the table and read by
 * {@link #unescaped}.
 */
class WebAddressTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            scheme and host case      | HTTP://EXAMPLE.ORG/Path                  | http://example.org/Path
            default port              | https://Example.Org:443/a                | https://example.org/a
            default port              | http://example.org:80/a                  | http://example.org/a
            default port              | http://example.org:0080/a                | http://example.org/a
            other port                | http://example.org:8080/a                | http://example.org:8080/a
            other port                | https://example.org:80/a                 | https://example.org:80/a
            empty port                | http://example.org:/a                    | http://example.org/a
            no path                   | http://example.org                       | http://example.org/
            no path                   | http://example.org?q=1                   | http://example.org/?q=1
            dot segments              | http://example.org/a/./b/../c            | http://example.org/a/c
            dot segments              | http://example.org/a/b/..                | http://example.org/a/
            dot segments              | http://example.org/../../a               | http://example.org/a
            dot segments              | http://example.org/%2e%2E/a              | http://example.org/a
            dot segments              | http://example.org/.%2e/a                | http://example.org/a
            fragment                  | http://example.org/page#section          | http://example.org/page
            fragment                  | http://example.org/?q=1#frag             | http://example.org/?q=1
            empty query               | http://example.org/page?                 | http://example.org/page
            escapes                   | http://example.org/%7euser/%41           | http://example.org/~user/A
            escapes                   | http://example.org/a b                   | http://example.org/a%20b
            escapes                   | http://example.org/100%                  | http://example.org/100%25
            escapes                   | http://example.org/café                  | http://example.org/caf%C3%A9
            escapes                   | http://example.org/a?b=c&d=e%2a          | http://example.org/a?b=c&d=e%2A
            escapes                   | http://example.org/\\uD800x               | http://example.org/%EF%BF%BDx
            no scheme                 | example.org/page                         | http://example.org/page
            no scheme                 | www.example.org                          | http://www.example.org/
            no scheme                 | example.org:8080/x                       | http://example.org:8080/x
            no scheme                 | //example.org/x                          | http://example.org/x
            slashes before the host   | http:example.org/x                       | http://example.org/x
            slashes before the host   | http:/example.org/x                      | http://example.org/x
            slashes before the host   | http:////example.org/x                   | http://example.org/x
            slashes before the host   | http:\\\\example.org/x                   | http://example.org/x
            trailing dot              | http://example.org./a                    | http://example.org/a
            IPv4, dotted decimal      | http://195.127.0.11/                     | http://195.127.0.11/
            IPv4, one number          | http://3279880203/                       | http://195.127.0.11/
            IPv4, hexadecimal         | http://0xC37F000B/                       | http://195.127.0.11/
            IPv4, hexadecimal parts   | http://0xc3.0x7f.0.0xb/                  | http://195.127.0.11/
            IPv4, three parts         | http://195.127.11/                       | http://195.127.0.11/
            IPv4, two parts           | http://195.8323083/                      | http://195.127.0.11/
            IPv4, octal               | http://0303.0177.0.013/                  | http://195.127.0.11/
            IPv4, trailing dot        | http://195.127.0.11./                    | http://195.127.0.11/
            IPv4, full width          | http://１９５．１２７．０．１１/          | http://195.127.0.11/
            IPv4, escaped             | http://195.127.0.%31%31/                 | http://195.127.0.11/
            IPv4, octal with zeros    | http://0300.0000.02.01/                  | http://192.0.2.1/
            IPv6, loopback            | http://[::1]/                            | http://[::1]/
            IPv6, loopback            | http://[0:0:0:0:0:0:0:1]/                | http://[::1]/
            IPv6, loopback            | http://[0000:0000:0000::0001]/           | http://[::1]/
            IPv6, case and zeros      | http://[2001:0db8:0:0::1]/               | http://[2001:db8::1]/
            IPv6, case and zeros      | http://[2001:DB8:0:0:0:0:0:1]:8080/      | http://[2001:db8::1]:8080/
            IPv6, one zero stays      | http://[2001:db8:0:1:1:1:1:1]/           | http://[2001:db8:0:1:1:1:1:1]/
            IPv6, longest run         | http://[1:0:0:2:0:0:0:3]/                | http://[1:0:0:2::3]/
            IPv6, first of equal runs | http://[2001:db8:0:0:1:0:0:1]/           | http://[2001:db8::1:0:0:1]/
            IPv6, trailing zeros      | http://[1:0:0:0:0:0:0:0]/                | http://[1::]/
            IPv6, unspecified         | http://[0::0]/                           | http://[::]/
            IPv6, IPv4-mapped         | http://[::ffff:192.0.2.1]/               | http://[::ffff:192.0.2.1]/
            IPv6, IPv4-mapped         | http://[::FFFF:c000:0201]/               | http://[::ffff:192.0.2.1]/
            IPv6, IPv4-mapped         | http://[0:0:0:0:0:ffff:192.0.2.1]/       | http://[::ffff:192.0.2.1]/
            IPv6, embedded IPv4       | http://[64:ff9b::192.0.2.1]/             | http://[64:ff9b::c000:201]/
            UTS 46, punycode          | http://bücher.example/a                  | http://xn--bcher-kva.example/a
            UTS 46, punycode          | http://BÜCHER.example/                   | http://xn--bcher-kva.example/
            UTS 46, punycode          | http://XN--BCHER-KVA.example/            | http://xn--bcher-kva.example/
            UTS 46, normalisation     | http://bu\\u0308cher.example/            | http://xn--bcher-kva.example/
            UTS 46, escaped host      | http://b%C3%BCcher.example/              | http://xn--bcher-kva.example/
            UTS 46, sharp s           | http://faß.de/                           | http://xn--fa-hia.de/
            UTS 46, capital sharp s   | http://FAẞ.de/                           | http://xn--fa-hia.de/
            UTS 46, sigma             | http://ΣΟΦΟΣ.gr/                         | http://xn--0xaakcn.gr/
            UTS 46, sigma             | http://σοφοσ.gr/                         | http://xn--0xaakcn.gr/
            UTS 46, final sigma       | http://σοφος.gr/                         | http://xn--0xaajbq.gr/
            UTS 46, joiner in context | http://نامه\\u200Cای.example/             | http://xn--mgba3gch31f060k.example/
            UTS 46, full width        | http://ＥＸＡＭＰＬＥ．ｏｒｇ/              | http://example.org/
            UTS 46, ideographic dot   | http://example。org/                     | http://example.org/
            UTS 46, soft hyphen       | http://ex\\u00ADample.org/               | http://example.org/
            UTS 46, newer characters  | http://☕.example/                       | http://xn--53h.example/
            user information          | http://user:pw@example.org/              | http://example.org/
            user information          | http://user@example.org:8080/            | http://example.org:8080/
            user information          | http://:@example.org/                    | http://example.org/
            user information          | http://@example.org/                     | http://example.org/
            user information          | http://a@b@example.org/                  | http://example.org/
            user information          | http://user:p%40ss@example.org/a@b       | http://example.org/a@b
            backslash in the path     | http:\\\\example.org\\a\\b               | http://example.org/a/b
            backslash in the path     | http://example.org\\a                    | http://example.org/a
            backslash in the query    | http://example.org/a\\b?c\\d             | http://example.org/a/b?c%5Cd
            backslash in the query    | http://example.org/?x=%5c                | http://example.org/?x=%5C
            invisible prefix          | \\uFEFFhttp://example.org/               | http://example.org/
            invisible prefix          | \\u200Bhttp://example.org/               | http://example.org/
            invisible prefix          | \\u200E\\u200Fhttp://example.org/        | http://example.org/
            invisible prefix          | \\u00A0http://example.org/\\u2060        | http://example.org/
            invisible prefix          | \\u202Ahttp://example.org/\\u202C        | http://example.org/
            invisible prefix          | "  http://example.org/a  "               | http://example.org/a
            tab and line breaks       | http://exam\\tple.org/a\\r\\nb           | http://example.org/ab
            repeated slashes kept     | http://example.org//a//b                 | http://example.org//a//b
            repeated slashes kept     | http://example.org/a//                   | http://example.org/a//
            escaped slash kept        | http://example.org/a%2fb                 | http://example.org/a%2Fb
            """)
    void writes_each_spelling_in_canonical_form(String rule, String typed, String canonical) {
        assertThat(WebAddress.parse(unescaped(typed)).map(WebAddress::canonical).getOrElseGet(e -> "refused: " + e.code()))
                .as(rule).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}: {1} and {2} are two addresses")
    @CsvSource(delimiter = '|', textBlock = """
            sharp s is not ss               | http://faß.de/                  | http://fass.de/
            final sigma is not sigma        | http://σοφος.gr/                | http://σοφοσ.gr/
            a joiner in context is kept     | http://نامه\\u200Cای.example/    | http://نامهای.example/
            path case                       | http://example.org/A            | http://example.org/a
            repeated slashes                | http://example.org//a           | http://example.org/a
            repeated slashes                | http://example.org/a//b         | http://example.org/a/b
            escaped slash                   | http://example.org/a%2Fb        | http://example.org/a/b
            backslash in the query          | http://example.org/?a\\b        | http://example.org/?a/b
            escaped delimiter in the query  | http://example.org/?a=b%26c     | http://example.org/?a=b&c
            plus in the query               | http://example.org/?q=a+b       | http://example.org/?q=a%20b
            scheme                          | http://example.org/             | https://example.org/
            port                            | http://example.org/             | http://example.org:8080/
            IPv4-mapped IPv6 and IPv4       | http://[::ffff:192.0.2.1]/      | http://192.0.2.1/
            IPv4-compatible and mapped      | http://[::192.0.2.1]/           | http://[::ffff:192.0.2.1]/
            subdomain                       | http://www.example.org/         | http://example.org/
            """)
    void keeps_different_addresses_apart(String rule, String first, String second) {
        String one = WebAddress.parse(unescaped(first)).get().canonical();
        String other = WebAddress.parse(unescaped(second)).get().canonical();
        assertThat(one).as(rule).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "{0}: {1} is refused with {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            scheme                     | ftp://example.org/file              | url.scheme
            scheme                     | javascript:alert(1)                 | url.scheme
            scheme                     | mailto:someone@example.org          | url.scheme
            scheme                     | file:///etc/passwd                  | url.scheme
            scheme                     | data:text/html,x                    | url.scheme
            no host                    | http://                             | url.host
            no host                    | http://:8080/path                   | url.host
            no host                    | https://@/                          | url.host
            no host                    | http://user@/                       | url.host
            no host                    | /gallery/1                          | url.host
            host characters            | http://exa mple.org/                | url.host
            host characters            | http://exa<mple.org/                | url.host
            host characters            | http://exa%25mple.org/              | url.host
            empty label                | http://example..org/                | url.host
            malformed escape in host   | http://exa%zzmple.org/              | url.host
            port                       | http://example.org:0/               | url.port
            port                       | http://example.org:65536/           | url.port
            port                       | http://example.org:http/            | url.port
            port                       | http://example.org:80:80/           | url.port
            IPv4 part too large        | http://256.256.256.256/             | url.host
            IPv4 part too large        | http://1.2.3.256/                   | url.host
            IPv4 octal with an 8       | http://1.2.3.08/                    | url.host
            IPv4 octal with a 9        | http://1.2.3.09/                    | url.host
            IPv4 too many parts        | http://1.2.3.4.5/                   | url.host
            IPv4 too large             | http://4294967296/                  | url.host
            IPv4 too large             | http://0x100000000/                 | url.host
            IPv4 empty part            | http://1..2.3/                      | url.host
            a name ending in a number  | http://example.123/                 | url.host
            IPv6 unclosed              | http://[2001:db8::1/                | url.host
            IPv6 not hexadecimal       | http://[not:an:ipv6:zz]/            | url.host
            IPv6 two compressions      | http://[1::2::3]/                   | url.host
            IPv6 too many pieces       | http://[1:2:3:4:5:6:7:8:9]/         | url.host
            IPv6 too few pieces        | http://[1:2:3:4:5:6:7]/             | url.host
            IPv6 single colon          | http://[:1]/                        | url.host
            IPv6 piece too long        | http://[12345::]/                   | url.host
            IPv6 zone                  | http://[fe80::1%25eth0]/            | url.host
            IPv6 short IPv4            | http://[::ffff:1.2.3]/              | url.host
            IPv6 IPv4 too large        | http://[::ffff:1.2.3.256]/          | url.host
            IPv6 IPv4 leading zero     | http://[::ffff:01.2.3.4]/           | url.host
            IPv6 text after            | http://[::1]x/                      | url.host
            UTS 46, bad punycode       | http://xn--abc.example/             | url.host
            UTS 46, joiner no context  | http://a\\u200Db.example/           | url.host
            UTS 46, mixed direction    | http://\\u0661\\u0662.example/      | url.host
            UTS 46, disallowed         | http://a\\uFFFDb.example/           | url.host
            missing colon              | http//example.org/x                 | url.host_is_scheme
            missing colon              | https//example.org/x                | url.host_is_scheme
            missing colon              | \\uFEFFhttp//example.org/x          | url.host_is_scheme
            missing colon              | HTTP//example.org:8080/x            | url.host_is_scheme
            scheme as host             | http://https/                       | url.host_is_scheme
            control character          | http://example.org/\\u0000          | url.control_character
            control character          | http://example.org/\\u007F          | url.control_character
            blank                      | "   "                               | required
            only invisible             | \\uFEFF\\u200B                      | required
            """)
    void refuses_what_is_no_web_address(String rule, String typed, String code) {
        String outcome = WebAddress.parse(unescaped(typed)).fold(FieldError::code, ok -> "accepted as " + ok.canonical());
        assertThat(outcome)
                .as(rule).isEqualTo(code);
    }

    /** Reads the table's {@code \\uXXXX}, {@code \\t}, {@code \\r} and {@code \\n}; other backslashes are text. */
    static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < text.length() && "trn".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(switch (text.charAt(i + 1)) {
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> '\n';
                });
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
