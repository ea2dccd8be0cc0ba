package org.hotline.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.adapters.persistence.knowncontent.ListFiles;
import org.hotline.domain.CountryCode;
import org.hotline.domain.knowncontent.HashAlgorithm;
import org.hotline.domain.knowncontent.ImportRefusal;
import org.hotline.domain.knowncontent.ImportSummary;
import org.hotline.domain.knowncontent.KnownClassification;
import org.hotline.domain.knowncontent.KnownHash;
import org.hotline.domain.knowncontent.KnownList;
import org.hotline.domain.knowncontent.KnownVerdict;
import org.hotline.domain.knowncontent.ListFormat;
import org.hotline.domain.knowncontent.ListName;
import org.hotline.domain.knowncontent.ListOverview;
import org.hotline.domain.knowncontent.ListSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresKnownListsTest {

    static final String MD5_A = "0123456789abcdef0123456789abcdef";
    static final String MD5_B = "fedcba9876543210fedcba9876543210";
    static final String SHA1_A = "0123456789abcdef0123456789abcdef01234567";
    static final String PDQ_A = "f".repeat(16) + "0".repeat(16) + "a".repeat(16) + "5".repeat(16);
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    private PostgresKnownLists lists;
    private Database database;
    private KnownList list;

    @BeforeEach
    void aList() {
        database = TestDatabase.empty();
        lists = new PostgresKnownLists(database);
        list = KnownList.of(new ListName("made-up UK list"), ListSource.NATIONAL_LIST, new CountryCode("GB"),
                new KnownClassification(KnownVerdict.ILLEGAL, Option.some("C"), false));
        assertThat(lists.add(list, AT)).isTrue();
    }

    private Either<ImportRefusal, ImportSummary> load(ListFormat format, String text) {
        return lists.importEntries(list, ListFiles.feed(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), list),
                TODAY, AT);
    }

    private long held() {
        return count("select count(*) from known_entry where retracted_at is null");
    }

    private long count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private java.util.List<String> strings(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void aCsvFileIsImportedWithItsOwnClassificationsAndTheListsDefaultsForEmptyFields() {
        var summary = load(ListFormat.CSV, ListLinesCsv.HEADER + "\n"
                + "md5," + MD5_A + ",illegal,A,true,2024-01-31\n"
                + "sha1," + SHA1_A + ",,,,\n"
                + "pdq," + PDQ_A + ",not-illegal,,,\n").get();

        assertThat(summary.added()).isEqualTo(3);
        var rows = strings("select algorithm || ' ' || verdict || ' ' || coalesce(category, '-') || ' ' || baseline"
                + " || ' ' || added from known_entry order by id");
        assertThat(rows).containsExactly("MD5 ILLEGAL A true 2024-01-31", "SHA1 ILLEGAL C false 2026-11-30",
                "PDQ NOT_ILLEGAL - false 2026-11-30");
        assertThat(lists.overview()).singleElement().satisfies(overview -> {
            assertThat(overview.entries()).isEqualTo(3);
            assertThat(overview.lastImport()).contains(AT);
        });
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String file = MD5_A + "\n" + MD5_B + "\n" + SHA1_A + "\n";
        load(ListFormat.PLAIN, file).get();

        ImportSummary again = load(ListFormat.PLAIN, file).get();

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(held()).isEqualTo(3);
        assertThat(count("select count(*) from known_entry")).isEqualTo(3);
    }

    @Test
    void aBadLineStopsTheImportWithItsNumberAndNothingIsWritten() {
        load(ListFormat.PLAIN, MD5_B + "\n").get();

        ImportRefusal refusal = load(ListFormat.PLAIN, MD5_A + "\n" + SHA1_A + "\n" + "0123xyz\n" + MD5_B + "\n").getLeft();

        assertThat(refusal.line()).isEqualTo(3);
        assertThat(refusal.toString()).startsWith("line 3: ");
        assertThat(held()).isEqualTo(1);
        assertThat(count("select count(*) from known_import_line")).isZero();
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreReadAsTheTextTheyCarry() {
        var summary = load(ListFormat.CSV, "\uFEFF" + ListLinesCsv.HEADER + "\r\nmd5," + MD5_A + ",,,,\r\n").get();

        assertThat(summary.added()).isEqualTo(1);
    }

    @Test
    void aHashRepeatedAlikeIsKeptOnceAndOneRepeatedWithAnotherClassificationIsRefused() {
        var summary = load(ListFormat.PLAIN, MD5_A + "\n" + MD5_A.toUpperCase() + "\n").get();
        assertThat(summary.added()).isEqualTo(1);
        assertThat(summary.repeated()).isEqualTo(1);

        var refusal = load(ListFormat.CSV, ListLinesCsv.HEADER + "\nmd5," + MD5_B + ",illegal,A,,\nsha1," + SHA1_A
                + ",,,,\nmd5," + MD5_B + ",illegal,B,,\n").getLeft();
        assertThat(refusal.line()).isEqualTo(4);
        assertThat(refusal.reason()).contains("line 2");
        assertThat(held()).isEqualTo(1);
    }

    @Test
    void aHashClassifiedOtherwiseByANewFileIsRetractedAndAddedAnew() {
        load(ListFormat.CSV, ListLinesCsv.HEADER + "\nmd5," + MD5_A + ",illegal,B,,\n").get();

        var summary = load(ListFormat.CSV, ListLinesCsv.HEADER + "\nmd5," + MD5_A + ",illegal,A,,\n").get();

        assertThat(summary.reclassified()).isEqualTo(1);
        assertThat(summary.added()).isZero();
        var current = strings("select category from known_entry where retracted_at is null");
        assertThat(current).containsExactly("A");
        assertThat(lists.overview().head().entries()).isEqualTo(1);
    }

    @Test
    void aRetractedEntryStaysRetractedWhenItsListIsImportedAgain() {
        load(ListFormat.PLAIN, MD5_A + "\n" + MD5_B + "\n").get();

        long retracted = lists.retract(list.name(), List.of(new KnownHash(HashAlgorithm.MD5, MD5_A),
                new KnownHash(HashAlgorithm.MD5, "1".repeat(32))), AT);
        var again = load(ListFormat.PLAIN, MD5_A + "\n" + MD5_B + "\n").get();

        assertThat(retracted).isEqualTo(1);
        assertThat(again.keptRetracted()).isEqualTo(1);
        assertThat(again.added()).isZero();
        ListOverview overview = lists.overview().head();
        assertThat(overview.entries()).isEqualTo(1);
        assertThat(overview.retracted()).isEqualTo(1);
        assertThat(lists.retract(list.name(), List.of(new KnownHash(HashAlgorithm.MD5, MD5_A)), AT)).isZero();
    }

    @Test
    void pdqLinesCarryTheirQuality() {
        var summary = load(ListFormat.PDQ, "# made up\n" + PDQ_A + ",87\n" + PDQ_A.replace('f', 'e') + ",12,some file.jpg\n").get();

        assertThat(summary.added()).isEqualTo(2);
        assertThat(strings("select quality from known_entry order by id")).containsExactly("87", "12");
    }

    @Test
    void aVicsDocumentIsStreamedMediumByMediumWithUncategorizedMediaSkipped() {
        String json = """
                {"odata.metadata": "http://example.org/vics/$metadata#Media",
                 "value": [
                   {"MediaID": 1, "Category": 1, "MD5": "%s", "SHA1": "%s", "MediaFiles": [{"FileName": "x"}]},
                   {"MediaID": 2, "Category": 0, "MD5": "%s"},
                   {"MediaID": 3, "Category": "2", "MD5": "%s", "IsDistributed": true}
                 ]}""".formatted(MD5_A, SHA1_A, "2".repeat(32), MD5_B);

        var summary = load(ListFormat.VICS, json).get();

        assertThat(summary.added()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(strings("select verdict || ' ' || category from known_entry order by id")).containsExactly("ILLEGAL 1", "ILLEGAL 1", "NOT_ILLEGAL 2");
    }

    @Test
    void vicsCasesHoldingTheirMediaAreReadToo() {
        String json = """
                {"@odata.context": "http://example.org/vics/$metadata#Cases", "value": [
                  {"CaseID": "x", "Media": [{"Category": 3, "MD5": "%s"}], "Notes": {"a": [1, 2]}},
                  {"CaseID": "y", "Media": [{"Category": 1, "SHA1": "%s"}]}]}""".formatted(MD5_A, SHA1_A);

        assertThat(load(ListFormat.VICS, json).get().added()).isEqualTo(2);
    }

    @Test
    void truncatedJsonIsRefusedWithItsPositionAndNothingImported() {
        String json = "{\"value\": [\n{\"Category\": 1, \"MD5\": \"" + MD5_A + "\"},\n{\"Category\": 1, \"MD5\": \"" + MD5_B;

        ImportRefusal refusal = load(ListFormat.VICS, json).getLeft();

        assertThat(refusal.line()).isEqualTo(3);
        assertThat(held()).isZero();
    }

    @Test
    void anUnknownVicsCategoryIsRefusedAtItsMedium() {
        String json = "{\"value\": [\n{\"Category\": 1, \"MD5\": \"" + MD5_A + "\"},\n  {\"Category\": 9, \"MD5\": \""
                + MD5_B + "\"}]}";

        ImportRefusal refusal = load(ListFormat.VICS, json).getLeft();

        assertThat(refusal.toString()).isEqualTo("line 3, column 3: a Category is 0 to 4, not '9'");
        assertThat(held()).isZero();
    }

    @Test
    void aFileThatIsNotWhatItsFormatSaysIsRefusedAtItsFirstLine() {
        assertThat(load(ListFormat.CSV, MD5_A + "\n").getLeft().line()).isEqualTo(1);
        assertThat(load(ListFormat.VICS, MD5_A + "\n").getLeft().line()).isEqualTo(1);
        assertThat(load(ListFormat.PDQ, MD5_A + ",50\n").getLeft().reason()).contains("64 hexadecimal digits");
        assertThat(load(ListFormat.PLAIN, "x".repeat(5000)).getLeft().reason()).contains("longer than");
    }

    @Test
    void anImportRefusedInsideALargerUnitOfWorkLeavesTheRestOfTheUnit() {
        var units = new PostgresUnitOfWork(database);
        var other = KnownList.of(new ListName("other"), ListSource.OWN, new CountryCode("BE"),
                KnownClassification.plainlyIllegal());

        units.inOneUnit(() -> {
            lists.add(other, AT);
            return load(ListFormat.PLAIN, MD5_A + "\nbad\n");
        });

        assertThat(lists.find(other.name())).isNotEmpty();
        assertThat(held()).isZero();
    }

    /** The CSV header, as the domain defines it. */
    static final class ListLinesCsv {
        static final String HEADER = org.hotline.domain.knowncontent.ListLines.CSV_HEADER;
    }
}
