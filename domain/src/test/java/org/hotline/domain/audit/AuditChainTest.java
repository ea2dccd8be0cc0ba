package org.hotline.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.InMemoryAuditAnchors;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.hotline.domain.testing.TestSeal;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final VerifyAuditTrail verifier = trail.verifier();

    @Test
    void an_empty_trail_is_intact_while_nothing_exists_that_records_would_have_made() {
        assertThat(verifier.verify()).isEqualTo(new AuditVerification.Intact(0, AuditHead.EMPTY.hash(), 0, 1));
    }

    @Test
    void each_record_carries_the_hash_of_the_one_before_and_its_seal_and_the_chain_verifies() {
        recordThree();

        var records = trail.after(0, 10);
        assertThat(records.map(AuditRecord::sequence)).containsExactly(1L, 2L, 3L);
        assertThat(records.get(0).previousHash()).isEqualTo(AuditHead.EMPTY.hash());
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
        assertThat(records.get(2).previousHash()).isEqualTo(records.get(1).hash());
        assertThat(records.map(AuditRecord::seal)).allSatisfy(seal -> assertThat(seal).isNotEmpty());
        assertThat(records.get(0).seal()).contains(trail.seal().sealOf(records.get(0).hash()));
        assertThat(verifier.verify()).isEqualTo(new AuditVerification.Intact(3, records.get(2).hash(), 3, 1));
    }

    @Test
    void a_changed_field_is_found_and_named_by_its_record() {
        recordThree();
        AuditRecord second = trail.after(1, 1).head();
        AuditEntry entry = second.entry();
        trail.replace(new AuditRecord(2, new AuditEntry(entry.actor(), entry.role(), entry.at(), entry.action(),
                entry.subject(), entry.before(), "roles=ADMINISTRATOR"), second.previousHash(), second.hash(), second.seal()));

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(2);
            assertThat(broken.verifiedUpTo()).isEqualTo(1);
            assertThat(broken.reason()).contains("changed");
        });
    }

    @Test
    void a_record_rewritten_with_every_later_hash_recomputed_is_found_by_its_seal() {
        recordThree();
        Seq<AuditRecord> original = trail.after(0, 10);
        AuditEntry forged = new AuditEntry(Option.none(), Option.none(), original.get(1).entry().at(), "staff.created",
                "staff:x", "", "");
        // As someone without the key must: a new hash for the forged record and for every record after it.
        AuditHead head = original.get(0).head();
        for (AuditRecord record : original.drop(1)) {
            AuditEntry entry = record.sequence() == 2 ? forged : record.entry();
            String hash = AuditChain.hashOf(record.sequence(), entry, head.hash());
            trail.replace(new AuditRecord(record.sequence(), entry, head.hash(), hash,
                    Option.some(new TestSeal("a guessed key").sealOf(hash))));
            head = new AuditHead(record.sequence(), hash);
        }

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(2);
            assertThat(broken.verifiedUpTo()).isEqualTo(1);
            assertThat(broken.reason()).contains("without the key");
        });
    }

    @Test
    void a_record_appended_by_someone_else_is_found_sealed_or_not() {
        recordThree();
        AuditHead end = trail.head();
        AuditEntry forged = AuditEntry.bySystem(Instant.parse("2026-01-01T11:00:00Z"), "staff.created", "staff:y", "", "");
        String hash = AuditChain.hashOf(4, forged, end.hash());
        trail.append(new AuditRecord(4, forged, end.hash(), hash));

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.reason()).contains("carries no seal");
        });

        trail.remove(4);
        trail.append(new AuditRecord(4, forged, end.hash(), hash, Option.some(new TestSeal("a guessed key").sealOf(hash))));
        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(4));
    }

    @Test
    void a_removed_record_is_named() {
        recordThree();
        trail.remove(2);

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(2));
    }

    @Test
    void records_removed_from_the_end_are_found_by_the_head_the_trail_keeps() {
        recordThree();
        AuditHead kept = trail.head();

        assertThat(verifierOf(tampered(trail, 2, kept))).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(3));
    }

    @Test
    void records_removed_from_the_end_with_the_head_moved_back_are_found_by_the_anchor() {
        recordThree();
        AuditHead second = trail.after(1, 1).head().head();

        assertThat(verifierOf(tampered(trail, 2, second))).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.verifiedUpTo()).isEqualTo(2);
            assertThat(broken.reason()).contains("missing from the end").contains("anchor");
        });
    }

    @Test
    void a_trail_wiped_with_its_head_is_found_by_the_anchor_and_by_the_accounts_that_exist() {
        recordThree();

        assertThat(verifierOf(tampered(trail, 0, AuditHead.EMPTY))).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("missing from the end"));

        trail.holds(new AuditRecords.Activity(2, 0));
        assertThat(verifierOf(tampered(trail, 0, AuditHead.EMPTY))).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("the trail is empty, but 2 accounts and 0 cases exist"));
    }

    @Test
    void an_empty_trail_is_not_intact_when_cases_exist_even_without_an_anchor() {
        trail.holds(new AuditRecords.Activity(0, 7));
        trail.anchors().forget();

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("0 accounts and 7 cases"));
    }

    @Test
    void a_trail_without_an_anchor_cannot_be_shown_complete() {
        recordThree();
        trail.anchors().forget();

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.reason()).contains("no anchor"));
    }

    @Test
    void records_written_before_sealing_began_are_vouched_for_by_the_chain_and_the_anchor() {
        AuditHead head = AuditHead.EMPTY;
        InMemoryAuditTrail legacy = new InMemoryAuditTrail();
        for (int i = 1; i <= 2; i++) {
            AuditEntry entry = AuditEntry.bySystem(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i), "staff.signed_in",
                    "staff:" + i, "", "");
            String hash = AuditChain.hashOf(i, entry, head.hash());
            legacy.append(new AuditRecord(i, entry, head.hash(), hash));
            head = new AuditHead(i, hash);
        }
        InMemoryAuditAnchors anchors = new InMemoryAuditAnchors();
        anchors.begin(legacy.head());
        AuditEntry sealedEntry = AuditEntry.bySystem(Instant.parse("2026-02-01T10:00:00Z"), "staff.signed_in", "staff:3", "", "");
        AuditRecord sealed = AuditChain.append(legacy.head(), sealedEntry, legacy.seal());
        legacy.append(sealed);
        anchors.advance(sealed.head());

        assertThat(new AuditTrailVerifier(legacy, legacy.seal(), anchors).verify())
                .isEqualTo(new AuditVerification.Intact(3, sealed.hash(), 3, 3));
    }

    @Test
    void times_are_kept_to_the_microsecond_so_a_record_read_back_from_a_database_still_verifies() {
        AuditRecord record = AuditChain.append(AuditHead.EMPTY,
                AuditEntry.bySystem(Instant.parse("2026-01-01T10:00:00.123456789Z"), "staff.created", "staff:x", "", ""),
                trail.seal());

        assertThat(record.entry().at()).isEqualTo(Instant.parse("2026-01-01T10:00:00.123456Z"));
        assertThat(AuditChain.follows(AuditHead.EMPTY, record, trail.seal(), 1).isRight()).isTrue();
    }

    @Test
    void the_canonical_form_keeps_fields_apart() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        var one = AuditEntry.bySystem(at, "staff.created", "staff:x", "ab", "c");
        var other = AuditEntry.bySystem(at, "staff.created", "staff:x", "a", "bc");

        assertThat(AuditChain.hashOf(1, one, AuditHead.EMPTY.hash()))
                .isNotEqualTo(AuditChain.hashOf(1, other, AuditHead.EMPTY.hash()));
    }

    @Test
    void verification_walks_more_records_than_one_page() {
        for (int i = 0; i < AuditTrailVerifier.PAGE * 2 + 3; i++) {
            trail.record(AuditEntry.bySystem(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i), "staff.signed_in",
                    "staff:" + i, "", ""));
        }

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Intact.class,
                intact -> assertThat(intact.records()).isEqualTo(AuditTrailVerifier.PAGE * 2 + 3));
    }

    private void recordThree() {
        StaffId admin = new StaffId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        trail.record(AuditEntry.bySystem(at, "staff.setup_token_used", "staff:" + admin, "", ""));
        trail.record(AuditEntry.byStaff(admin, Role.ADMINISTRATOR, at.plusSeconds(1), "staff.created", "staff:b", "",
                "roles=ANALYST; active=true"));
        trail.record(AuditEntry.byStaff(admin, Role.ADMINISTRATOR, at.plusSeconds(2), "staff.deactivated", "staff:b",
                "roles=ANALYST; active=true", "roles=ANALYST; active=false"));
    }

    private AuditVerification verifierOf(AuditRecords records) {
        return new AuditTrailVerifier(records, trail.seal(), trail.anchors()).verify();
    }

    /** The trail as someone who removed every record after {@code keptUpTo} and set its head to {@code head} sees it. */
    private static AuditRecords tampered(InMemoryAuditTrail trail, long keptUpTo, AuditHead head) {
        return new AuditRecords() {
            @Override
            public Seq<AuditRecord> after(long sequence, int limit) {
                return trail.after(sequence, limit).filter(r -> r.sequence() <= keptUpTo);
            }

            @Override
            public AuditHead head() {
                return head;
            }

            @Override
            public Activity activity() {
                return trail.activity();
            }
        };
    }
}
