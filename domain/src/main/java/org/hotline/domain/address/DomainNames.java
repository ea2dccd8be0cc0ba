package org.hotline.domain.address;

import java.util.EnumSet;
import java.util.Set;

import com.ibm.icu.text.IDNA;
import io.vavr.control.Option;

/**
 * Domain names to ASCII by UTS #46, as browsers do (the WHATWG URL standard's "domain to ASCII"): nontransitional,
 * so {@code faß.de} and {@code fass.de} stay two names and final sigma stays itself; joiners only where their
 * context allows; right-to-left labels checked. As in browsers, hyphens are not checked and DNS lengths are left to
 * the caller. ICU4J's implementation follows the Unicode version it ships, not the JDK's IDNA2003 of Unicode 3.2.
 */
final class DomainNames {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    /** Errors the WHATWG URL standard does not act on (CheckHyphens and VerifyDnsLength are false in browsers). */
    private static final Set<IDNA.Error> IGNORED = EnumSet.of(IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN,
            IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);

    private DomainNames() {
    }

    /** The name in ASCII (punycode labels, lower case), or none where UTS #46 refuses it. */
    static Option<String> toAscii(String name) {
        StringBuilder ascii = new StringBuilder(name.length() + 8);
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(name, ascii, info);
        for (IDNA.Error error : info.getErrors()) {
            if (!IGNORED.contains(error)) {
                return Option.none();
            }
        }
        return Option.some(ascii.toString());
    }
}
