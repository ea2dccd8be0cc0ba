package org.hotline.domain.knowncontent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.FixedClock;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.InMemoryKnownLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageKnownListsTest {

    static final String MD5 = ListLinesTest.MD5;
    static final String OTHER = "1".repeat(32);

    private final InMemoryKnownLists lists = new InMemoryKnownLists();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ManageKnownLists manage = new ManageKnownLists(lists, audit, UnitOfWork.none(),
            FixedClock.at("2026-11-30T12:00:00Z"));
    private final KnownList list = KnownList.of(new ListName("own"), ListSource.OWN, new CountryCode("BE"),
            KnownClassification.plainlyIllegal());

    @BeforeEach
    void aList() {
        assertThat(manage.define(list, ManageKnownLists.Keeper.commandLine()).isRight()).isTrue();
    }

    /** Plain lines as a feed. */
    static EntryFeed plain(KnownList list, String... lines) {
        Iterator<String> remaining = List.of(lines).iterator();
        long[] number = {0};
        return new EntryFeed() {
            @Override
            public Either<ImportRefusal, Option<Numbered>> next() {
                if (!remaining.hasNext()) {
                    return Either.right(Option.none());
                }
                long line = ++number[0];
                return ListLines.plain(remaining.next(), list).bimap(reason -> ImportRefusal.at(line, reason),
                        entry -> Option.some(new Numbered(entry, line)));
            }

            @Override
            public long skipped() {
                return 0;
            }
        };
    }

    @Test
    void aSecondListOfTheSameNameIsRefused() {
        assertThat(manage.define(list, ManageKnownLists.Keeper.commandLine()).getLeft()).contains("'own'");
        assertThat(audit.actions()).containsExactly("known.list_defined");
    }

    @Test
    void anImportIsAuditedWithItsSummaryByTheAdministratorWhoMadeIt() {
        StaffId admin = new StaffId(UUID.randomUUID());

        var summary = manage.importInto(list.name(), plain(list, MD5, OTHER), ManageKnownLists.Keeper.administrator(admin)).get();

        assertThat(summary.added()).isEqualTo(2);
        assertThat(lists.entries(list.name())).hasSize(2);
        var record = audit.entries().last();
        assertThat(record.action()).isEqualTo("known.list_imported");
        assertThat(record.actor()).contains(admin);
        assertThat(record.after()).startsWith("2 entries read: 2 added");
    }

    @Test
    void anImportIntoAListThatDoesNotExistOrOfABadFileKeepsNothingAndIsNotAudited() {
        assertThat(manage.importInto(new ListName("none"), plain(list, MD5), ManageKnownLists.Keeper.commandLine())
                .getLeft().reason()).contains("no list named 'none'");

        var refusal = manage.importInto(list.name(), plain(list, MD5, "zz"), ManageKnownLists.Keeper.commandLine()).getLeft();

        assertThat(refusal.line()).isEqualTo(2);
        assertThat(lists.entries(list.name())).isEmpty();
        assertThat(audit.actions()).containsExactly("known.list_defined");
    }

    @Test
    void aRetractionSaysWhyAndIsAudited() {
        manage.importInto(list.name(), plain(list, MD5, OTHER), ManageKnownLists.Keeper.commandLine()).get();
        var hash = new KnownHash(HashAlgorithm.MD5, MD5);

        assertThat(manage.retract(list.name(), List.of(hash), " ", ManageKnownLists.Keeper.commandLine()).getLeft())
                .contains("says why");
        assertThat(manage.retract(new ListName("none"), List.of(hash), "wrong", ManageKnownLists.Keeper.commandLine())
                .getLeft()).contains("no list");
        assertThat(manage.retract(list.name(), List.of(hash), "a false match", ManageKnownLists.Keeper.commandLine()))
                .contains(1L);

        assertThat(lists.entries(list.name()).map(e -> e.hash().hex())).containsExactly(OTHER);
        assertThat(audit.entries().last().after()).isEqualTo("1 retracted: a false match");
        assertThat(manage.overview().head().retracted()).isEqualTo(1);
    }
}
