package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.knowncontent.ListFiles;
import org.hotline.domain.CountryCode;
import org.hotline.domain.fingerprint.Digest;
import org.hotline.domain.fingerprint.Fingerprints;
import org.hotline.domain.fingerprint.PdqFingerprint;
import org.hotline.domain.fingerprint.PdqHash;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.KnownMatch;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.ListSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresKnownContentTest {

    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    static final byte[] ITEM = "a made-up item".getBytes(StandardCharsets.UTF_8);
    static final PdqHash PDQ = PdqHash.parse("9".repeat(16) + "c3".repeat(8) + "5a".repeat(8) + "0f".repeat(8)).get();

    private Database database;
    private PostgresKnownLists lists;
    private KnownList uk;
    private KnownList tight;

    @BeforeEach
    void twoLists() {
        database = TestDatabase.empty();
        lists = new PostgresKnownLists(database);
        uk = KnownList.of(new ListName("uk"), ListSource.NATIONAL_LIST, new CountryCode("GB"),
                new KnownClassification(KnownVerdict.ILLEGAL, Option.some("A"), false));
        tight = new KnownList(new ListName("tight"), ListSource.OWN, new CountryCode("BE"),
                KnownClassification.plainlyIllegal(), 4);
        lists.add(uk, AT);
        lists.add(tight, AT);
    }

    private void load(KnownList list, ListFormat format, String text) {
        lists.importEntries(list, ListFiles.feed(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), list),
                LocalDate.parse("2026-11-30"), AT).get();
    }

    /** The hash with the first {@code bits} bits flipped. */
    static PdqHash flipped(PdqHash hash, int bits) {
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        return new PdqHash(hash.w0() ^ mask, hash.w1(), hash.w2(), hash.w3());
    }

    @Test
    void anItemWhoseDigestIsOnAListIsFoundWithItsListAndClassification() {
        load(uk, ListFormat.PLAIN, Digest.of(Digest.Algorithm.SHA1, ITEM).hex() + "\n" + "1".repeat(32) + "\n");
        PostgresKnownContent content = PostgresKnownContent.load(database);

        var matches = content.matches(Fingerprints.ofContent(ITEM));

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.list()).isEqualTo(uk.name());
            assertThat(match.stored()).isEqualTo(KnownHash.of(Digest.of(Digest.Algorithm.SHA1, ITEM)));
            assertThat(match.exact()).isTrue();
            assertThat(match.classification().category()).contains("A");
            assertThat(match.added()).isEqualTo(LocalDate.parse("2026-11-30"));
        });
        assertThat(content.matches(Fingerprints.ofContent("another".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aPdqHashMatchesWithinItsListsDistanceAndNotBeyondNorBelowQualityFifty() {
        load(uk, ListFormat.PDQ, PDQ.hex() + ",90\n" + flipped(PDQ, 64).hex() + ",40\n");
        load(tight, ListFormat.PDQ, PDQ.hex() + ",90\n");
        PostgresKnownContent content = PostgresKnownContent.load(database);
        Fingerprints item = Fingerprints.ofContent(ITEM);

        var near = content.matches(item.withPdq(new PdqFingerprint(flipped(PDQ, 31), 80)));
        var far = content.matches(item.withPdq(new PdqFingerprint(flipped(PDQ, 32), 80)));
        var flat = content.matches(item.withPdq(new PdqFingerprint(PDQ, 49)));

        assertThat(near).singleElement().satisfies(match -> {
            assertThat(match.list()).isEqualTo(uk.name());
            assertThat(match.distance()).isEqualTo(31);
        });
        assertThat(far).isEmpty();
        assertThat(flat).as("a query of quality below 50 matches nothing").isEmpty();
        assertThat(content.matches(item.withPdq(new PdqFingerprint(flipped(PDQ, 4), 80))).map(KnownMatch::list))
                .containsExactly(uk.name(), tight.name());
        assertThat(content.lookUp(List.of(KnownHash.of(flipped(PDQ, 64))))).as("stored below quality 50").isEmpty();
    }

    @Test
    void anotherInstanceFollowsImportsAndRetractionsWhenItRefreshes() {
        PostgresKnownContent other = PostgresKnownContent.load(database);
        KnownHash md5 = KnownHash.of(Digest.of(Digest.Algorithm.MD5, ITEM));
        KnownHash sha256 = KnownHash.of(Digest.of(Digest.Algorithm.SHA256, ITEM));
        load(uk, ListFormat.PLAIN, md5.hex() + "\n" + sha256.hex() + "\n");
        assertThat(other.lookUp(List.of(md5))).isEmpty();

        other.refresh();
        assertThat(other.lookUp(List.of(md5, sha256)).keySet()).containsExactlyInAnyOrder(md5, sha256);

        lists.retract(uk.name(), List.of(md5), AT);
        load(uk, ListFormat.CSV, "algorithm,hash,verdict,category,baseline,added\nsha256," + sha256.hex() + ",not-illegal,,,\n");
        other.refresh();

        var found = other.lookUp(List.of(md5, sha256));
        assertThat(found.keySet()).containsExactly(sha256);
        assertThat(found.get(sha256).get()).singleElement()
                .satisfies(match -> assertThat(match.classification().verdict()).isEqualTo(KnownVerdict.NOT_ILLEGAL));
        assertThat(other.statistics().stored().get(HashAlgorithm.SHA256)).as("the old row and its replacement").isEqualTo(2);
        assertThat(other.statistics().bytes()).isPositive();
    }
}
