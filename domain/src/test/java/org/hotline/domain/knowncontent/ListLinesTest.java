package org.hotline.domain.knowncontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.junit.jupiter.api.Test;

class ListLinesTest {

    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final String SHA1 = "0123456789abcdef0123456789abcdef01234567";
    static final String SHA256 = "ab".repeat(32);
    static final KnownList UK = KnownList.of(new ListName("made-up"), ListSource.NATIONAL_LIST, new CountryCode("GB"),
            new KnownClassification(KnownVerdict.ILLEGAL, Option.some("C"), true));

    @Test
    void aCsvLineGivesItsOwnClassificationAndDate() {
        ListEntry entry = ListLines.csv("SHA-1," + SHA1.toUpperCase() + ",Illegal,A,yes,2024-01-31", UK).get();

        assertThat(entry.hash()).isEqualTo(new KnownHash(HashAlgorithm.SHA1, SHA1));
        assertThat(entry.classification()).isEqualTo(new KnownClassification(KnownVerdict.ILLEGAL, Option.some("A"), true));
        assertThat(entry.added()).contains(LocalDate.of(2024, 1, 31));
    }

    @Test
    void emptyCsvFieldsTakeTheListsDefaultsButAVerdictGivenBringsNoDefaultCategoryOrBaseline() {
        assertThat(ListLines.csv("md5," + MD5 + ",,,,", UK).get().classification()).isEqualTo(UK.defaults());
        assertThat(ListLines.csv("md5," + MD5 + ",illegal,,,", UK).get().classification())
                .isEqualTo(new KnownClassification(KnownVerdict.ILLEGAL, Option.none(), false));
        assertThat(ListLines.csv("md5," + MD5 + ",,B,,", UK).get().classification())
                .isEqualTo(new KnownClassification(KnownVerdict.ILLEGAL, Option.some("B"), true));
        assertThat(ListLines.csv("md5," + MD5 + ",,,false,", UK).get().classification().baseline()).isFalse();
    }

    @Test
    void badCsvLinesAreRefusedWithTheirReason() {
        assertThat(ListLines.csv("md5," + MD5 + ",,,", UK).getLeft()).contains("6 fields").contains("not 5");
        assertThat(ListLines.csv("crc32," + MD5 + ",,,,", UK).getLeft()).contains("crc32");
        assertThat(ListLines.csv("md5," + MD5 + "0,,,,", UK).getLeft()).contains("32 hexadecimal digits, not 33");
        assertThat(ListLines.csv("md5," + MD5.replace('a', 'g') + ",,,,", UK).getLeft()).contains("character 11 is 'g'");
        assertThat(ListLines.csv("md5," + MD5 + ",banned,,,", UK).getLeft()).contains("banned");
        assertThat(ListLines.csv("md5," + MD5 + ",,C;D,,", UK).getLeft()).contains("national category");
        assertThat(ListLines.csv("md5," + MD5 + ",,,maybe,", UK).getLeft()).contains("maybe");
        assertThat(ListLines.csv("md5," + MD5 + ",not-illegal,,true,", UK).getLeft()).contains("baseline");
        assertThat(ListLines.csv("md5," + MD5 + ",,,,31/01/2024", UK).getLeft()).contains("2024-01-31");
    }

    @Test
    void theCsvHeaderIsOursInAnyCase() {
        assertThat(ListLines.csvHeader(" Algorithm,Hash,Verdict,Category,Baseline,Added ").isRight()).isTrue();
        assertThat(ListLines.csvHeader("hash,algorithm").isLeft()).isTrue();
    }

    @Test
    void aPlainLineIsADigestKnownByItsLength() {
        assertThat(ListLines.plain(" " + MD5 + " ", UK).get().hash().algorithm()).isEqualTo(HashAlgorithm.MD5);
        assertThat(ListLines.plain(SHA1, UK).get().hash().algorithm()).isEqualTo(HashAlgorithm.SHA1);
        assertThat(ListLines.plain(SHA256, UK).get().hash().algorithm()).isEqualTo(HashAlgorithm.SHA256);
        assertThat(ListLines.plain(SHA256, UK).get().classification()).isEqualTo(UK.defaults());
        assertThat(ListLines.plain(MD5 + "00", UK).getLeft()).contains("not 34 characters");
    }

    @Test
    void aPdqLineIsAHashAndItsQuality() {
        ListEntry entry = ListLines.pdq(SHA256 + ",49,some picture.jpg", UK).get();

        assertThat(entry.hash().algorithm()).isEqualTo(HashAlgorithm.PDQ);
        assertThat(entry.quality()).contains(49);
        assertThat(entry.matchable()).isFalse();
        assertThat(ListLines.pdq(SHA256 + ",50", UK).get().matchable()).isTrue();
        assertThat(ListLines.pdq(SHA256, UK).getLeft()).contains("hash,quality");
        assertThat(ListLines.pdq(SHA256 + ",101", UK).getLeft()).contains("0 to 100");
        assertThat(ListLines.pdq(SHA256 + ",-1", UK).getLeft()).contains("0 to 100");
        assertThat(ListLines.pdq(SHA256 + ",1000", UK).getLeft()).contains("0 to 100");
    }

    @Test
    void vicsMediaAreClassifiedByTheUsCategoriesAndUncategorizedOnesCarryNothing() {
        var abuse = ListLines.vics(new VicsMedium(Option.some(MD5), Option.some(SHA1), Option.none(), Option.some("1")), UK).get();
        var exploitive = ListLines.vics(new VicsMedium(Option.some(MD5), Option.none(), Option.some(SHA256), Option.some("2")), UK).get();

        assertThat(abuse.map(e -> e.hash().algorithm())).containsExactly(HashAlgorithm.MD5, HashAlgorithm.SHA1);
        assertThat(abuse.map(ListEntry::classification).distinct()).containsExactly(
                new KnownClassification(KnownVerdict.ILLEGAL, Option.some("1"), false));
        assertThat(exploitive.map(e -> e.classification().verdict()).distinct()).containsExactly(KnownVerdict.NOT_ILLEGAL);
        assertThat(exploitive.map(e -> e.hash().algorithm())).containsExactly(HashAlgorithm.MD5, HashAlgorithm.SHA256);
        assertThat(ListLines.vics(new VicsMedium(Option.some(MD5), Option.none(), Option.none(), Option.some("3")), UK)
                .get().head().classification().isIllegal()).isTrue();
        assertThat(ListLines.vics(new VicsMedium(Option.some(MD5), Option.none(), Option.none(), Option.some("4")), UK)
                .get().head().classification().isIllegal()).isFalse();
        assertThat(ListLines.vics(new VicsMedium(Option.some(MD5), Option.none(), Option.none(), Option.some("0")), UK).get())
                .isEmpty();
    }

    @Test
    void vicsMediaWithoutHashesOrCategoryOrWithBadOnesAreRefused() {
        assertThat(ListLines.vics(new VicsMedium(Option.none(), Option.none(), Option.none(), Option.some("1")), UK).getLeft())
                .contains("MD5");
        assertThat(ListLines.vics(new VicsMedium(Option.some(MD5), Option.none(), Option.none(), Option.none()), UK).getLeft())
                .contains("Category");
        assertThat(ListLines.vics(new VicsMedium(Option.some(MD5), Option.none(), Option.none(), Option.some("5")), UK).getLeft())
                .contains("0 to 4");
        assertThat(ListLines.vics(new VicsMedium(Option.some(MD5), Option.some("12"), Option.none(), Option.some("1")), UK)
                .getLeft()).startsWith("SHA1: ");
    }

    @Test
    void aByteOrderMarkIsDroppedAndBlankAndCommentLinesHoldNothing() {
        assertThat(ListLines.withoutByteOrderMark("\uFEFFmd5")).isEqualTo("md5");
        assertThat(ListLines.withoutByteOrderMark("md5")).isEqualTo("md5");
        assertThat(ListLines.withoutByteOrderMark("")).isEmpty();
        assertThat(ListLines.blankOrComment("  ")).isTrue();
        assertThat(ListLines.blankOrComment("  # made up")).isTrue();
        assertThat(ListLines.blankOrComment(MD5)).isFalse();
    }
}
