package org.hotline.domain.knowncontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.testing.InMemoryKnownContent;
import org.junit.jupiter.api.Test;

class KnownItemsTest {

    static final Fingerprints FIRST = Fingerprints.ofContent("first made-up item".getBytes(StandardCharsets.UTF_8));
    static final Fingerprints SECOND = Fingerprints.ofContent("second made-up item".getBytes(StandardCharsets.UTF_8));
    static final PdqHash PDQ = PdqHash.parse("a5".repeat(32)).get();

    private final InMemoryKnownContent content = new InMemoryKnownContent();
    private final KnownItems items = new KnownItems(content, new CountryCode("BE"));

    private static KnownItems.Item item(Fingerprints fingerprints) {
        return new KnownItems.Item(fingerprints, Option.none());
    }

    @Test
    void aCaptureWhoseItemsAreAllKnownAsIllegalAtHomeNeedsNoAnalyst() {
        content.add(KnownHash.of(FIRST.sha256()), KnownClassification.plainlyIllegal());
        content.add(KnownHash.of(PDQ), KnownClassification.plainlyIllegal());
        PdqHash near = new PdqHash(PDQ.w0() ^ 0b111, PDQ.w1(), PDQ.w2(), PDQ.w3());

        var capture = items.match(List.of(item(FIRST), item(SECOND.withPdq(new PdqFingerprint(near, 90)))));

        assertThat(capture.allIllegalAtHome()).isTrue();
        assertThat(capture.toAssess()).isEmpty();
        assertThat(capture.items().get(1).matches().head().distance()).isEqualTo(3);
    }

    @Test
    void aCaptureWithAnUnknownOrANotIllegalItemShowsTheRestToAssess() {
        content.add(KnownHash.of(FIRST.md5()), KnownClassification.plainlyIllegal());

        var some = items.match(List.of(item(FIRST), item(SECOND)));
        assertThat(some.allIllegalAtHome()).isFalse();
        assertThat(some.toAssess().map(m -> m.item().fingerprints())).containsExactly(SECOND);
        assertThat(some.items().head().known()).isTrue();

        content.add(KnownHash.of(SECOND.md5()), new KnownClassification(KnownVerdict.NOT_ILLEGAL, Option.none(), false));
        var notIllegal = items.match(List.of(item(FIRST), item(SECOND)));
        assertThat(notIllegal.toAssess()).isEmpty();
        assertThat(notIllegal.allIllegalAtHome()).isFalse();
        assertThat(items.match(List.empty()).allIllegalAtHome()).as("no items, nothing settled").isFalse();
    }

    @Test
    void itemsKnownOnlyUnderAnotherJurisdictionAreStillToAssessAtHome() {
        content.add(KnownHash.of(FIRST.md5()), KnownClassification.plainlyIllegal());

        var abroad = new KnownItems(content, new CountryCode("GB")).match(List.of(item(FIRST)));

        assertThat(abroad.items().head().known()).isTrue();
        assertThat(abroad.allIllegalAtHome()).isFalse();
        assertThat(abroad.toAssess()).hasSize(1);
    }

    @Test
    void anItemTheHomeListsDisagreeOnIsLeftToAnAnalyst() {
        content.add(KnownHash.of(FIRST.md5()), KnownClassification.plainlyIllegal());
        content.add(KnownHash.of(FIRST.sha1()), new KnownClassification(KnownVerdict.NOT_ILLEGAL, Option.none(), false));

        var disputed = items.match(List.of(item(FIRST)));

        assertThat(disputed.items().head().matches()).hasSize(2);
        assertThat(disputed.allIllegalAtHome()).isFalse();
        assertThat(KnownItems.illegalUnder(new CountryCode("BE"), disputed.items().head().matches())).isEmpty();
        assertThat(KnownItems.illegalUnder(new CountryCode("BE"), disputed.items().head().matches().take(1))
                .map(KnownMatch::entry)).contains(1L);
    }
}
