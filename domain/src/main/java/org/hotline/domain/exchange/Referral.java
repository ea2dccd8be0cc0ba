package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.List;
import org.hotline.domain.CountryCode;
import org.hotline.domain.PlainText;
import org.hotline.domain.address.WebAddress;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A case sent to the hotline of the country hosting its material: the address in canonical form, where it was traced
 * to (a summary in words: candidate countries, hosts, addresses, networks, cautions), the sender's verdict and national
 * category, the INTERPOL baseline flag, and the fingerprints of the items seen there. Never content.
 *
 * @param id the referral's identifier, also its message identifier
 * @param from the sending hotline's country
 * @param to the hosting country, whose member hotline it goes to
 */
@ValueObject
public record Referral(ReferralId id, CountryCode from, CountryCode to, String address, String hostingTrace,
        SenderVerdict verdict, List<ItemFingerprint> items, Instant at) implements ExchangeMessage {

    public static final int MAX_TRACE = 20_000;
    public static final int MAX_ITEMS = 1_000;

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(at, "at");
        text(hostingTrace, "hostingTrace", MAX_TRACE);
        Objects.requireNonNull(address, "address");
        String canonical = WebAddress.parse(address).map(WebAddress::canonical)
                .getOrElseThrow(problem -> new IllegalArgumentException("address: " + problem.detail()));
        if (!canonical.equals(address)) {
            throw new IllegalArgumentException("address: not in canonical form (" + canonical + ")");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("to: a hotline does not refer to its own country");
        }
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("items: at most " + MAX_ITEMS);
        }
    }

    @Override
    public UUID messageId() {
        return id.value();
    }

    @Override
    public ReferralId referral() {
        return id;
    }

    /** The same referral, now going to another country (the content moved). */
    public Referral movedTo(CountryCode country) {
        return new Referral(id, from, country, address, hostingTrace, verdict, items, at);
    }

    /** Checks a text field: present, at most {@code max} characters, no control characters but line breaks and tabs. */
    static void text(String value, String field, int max) {
        Objects.requireNonNull(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        if (PlainText.checkLines(field, value).isDefined()) {
            throw new IllegalArgumentException(field + ": holds a character that is not allowed");
        }
    }
}
