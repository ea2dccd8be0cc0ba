package org.hotline.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.testing.ExchangeSamples;
import org.junit.jupiter.api.Test;

class ReferralTest {

    @Test
    void a_referral_carries_a_canonical_address_and_goes_abroad() {
        assertThat(Checked.of(() -> ExchangeSamples.referral(UUID.randomUUID(), "BE", "GB", "HTTP://Gallery.Example.org:80/album"))
                .getLeft()).startsWith("address: not in canonical form (http://gallery.example.org/album)");
        assertThat(Checked.of(() -> ExchangeSamples.referral(UUID.randomUUID(), "BE", "GB", "not an address")).getLeft())
                .startsWith("address: ");
        assertThat(Checked.of(() -> ExchangeSamples.referral("BE", "BE")).getLeft()).startsWith("to: ");
        assertThat(Checked.of(() -> ExchangeSamples.referral("BE", "GB")).isRight()).isTrue();
    }

    @Test
    void texts_are_bounded_and_plain() {
        Referral sample = ExchangeSamples.referral("BE", "GB");
        assertThat(Checked.of(() -> new Referral(sample.id(), sample.from(), sample.to(), sample.address(),
                "x".repeat(Referral.MAX_TRACE + 1), sample.verdict(), sample.items(), sample.at())).getLeft())
                .isEqualTo("hostingTrace: at most 20000 characters");
        assertThat(Checked.of(() -> new Referral(sample.id(), sample.from(), sample.to(), sample.address(),
                "NL\u0000", sample.verdict(), sample.items(), sample.at())).getLeft())
                .isEqualTo("hostingTrace: holds a character that is not allowed");
        assertThat(Checked.of(() -> new Referral(sample.id(), sample.from(), sample.to(), sample.address(),
                "", sample.verdict(), List.fill(Referral.MAX_ITEMS + 1, sample.items().head()), sample.at())).getLeft())
                .isEqualTo("items: at most 1000");
        assertThat(Checked.of(() -> new SenderVerdict("ILLEGAL", "", false, null)).getLeft()).isEqualTo("ruleBook");
    }

    @Test
    void fingerprints_are_hexadecimal_digests_never_anything_else() {
        assertThat(Checked.of(() -> new ItemFingerprint("ABC", Option.none())).getLeft()).contains("SHA-256");
        assertThat(Checked.of(() -> new ItemFingerprint(ExchangeSamples.DIGEST, Option.some("zz"))).getLeft())
                .contains("PDQ");
        assertThat(ItemFingerprint.wellFormed(ExchangeSamples.DIGEST)).isTrue();
        assertThat(ItemFingerprint.wellFormed(ExchangeSamples.DIGEST.toUpperCase())).isFalse();
    }

    @Test
    void a_move_names_its_country_and_only_a_move_does() {
        Referral sample = ExchangeSamples.referral("BE", "GB");
        assertThat(Checked.of(() -> new StatusReport(UUID.randomUUID(), sample.id(), ReferralStatus.MOVED, sample.at(), "",
                Option.none())).getLeft()).startsWith("movedTo");
        assertThat(Checked.of(() -> new StatusReport(UUID.randomUUID(), sample.id(), ReferralStatus.REMOVED, sample.at(), "",
                Option.some(new CountryCode("NL")))).getLeft()).startsWith("movedTo");
        assertThat(ExchangeSamples.moved(sample, "NL").describe()).isEqualTo("moved (to NL): now served from there");
        assertThat(sample.movedTo(new CountryCode("NL")).to()).isEqualTo(new CountryCode("NL"));
    }

    @Test
    void statuses_are_named_by_their_codes_and_say_who_may_give_them() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertThat(ReferralStatus.ofCode(status.code())).contains(status);
        }
        assertThat(ReferralStatus.ofCode("lost")).isEmpty();
        assertThat(List.of(ReferralStatus.values()).filter(status -> !status.byReceiver()))
                .containsExactly(ReferralStatus.WITHDRAWN);
        assertThat(List.of(ReferralStatus.values()).filter(ReferralStatus::settles)).containsExactly(
                ReferralStatus.REMOVED, ReferralStatus.NOT_ILLEGAL_HERE, ReferralStatus.WITHDRAWN);
        assertThat(ReferralId.parse(ExchangeSamples.referral("BE", "GB").id().toString()).isDefined()).isTrue();
        assertThat(ReferralId.parse("nope")).isEmpty();
    }
}
