package org.hotline.domain.testing;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.ItemFingerprint;
import org.hotline.domain.exchange.Referral;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.ReferralStatus;
import org.hotline.domain.exchange.SenderVerdict;
import org.hotline.domain.exchange.StatusReport;

/** Referrals and statuses made up for tests: reserved addresses, made-up fingerprints. */
public final class ExchangeSamples {

    public static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    /** A made-up SHA-256 digest and PDQ hash, of no real content. */
    public static final String DIGEST = "0123456789abcdef".repeat(4);
    public static final String PDQ = "f0e1d2c3b4a59687".repeat(4);

    private ExchangeSamples() {
    }

    public static Referral referral(String from, String to) {
        return referral(UUID.randomUUID(), from, to, "http://gallery.example.org/album");
    }

    public static Referral referral(UUID id, String from, String to, String address) {
        return new Referral(new ReferralId(id), new CountryCode(from), new CountryCode(to), address,
                to + ": gallery.example.org at 192.0.2.10",
                new SenderVerdict("ILLEGAL", "Art. 383bis §1 Sw.", true, from + " 2"),
                List.of(new ItemFingerprint(DIGEST, Option.some(PDQ))), AT);
    }

    public static StatusReport status(Referral referral, ReferralStatus status) {
        return new StatusReport(UUID.randomUUID(), referral.id(), status, AT.plusSeconds(60), "", Option.none());
    }

    public static StatusReport moved(Referral referral, String country) {
        return new StatusReport(UUID.randomUUID(), referral.id(), ReferralStatus.MOVED, AT.plusSeconds(60),
                "now served from there", Option.some(new CountryCode(country)));
    }
}
