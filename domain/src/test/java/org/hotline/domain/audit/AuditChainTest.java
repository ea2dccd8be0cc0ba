package org.hotline.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.vavr.control.Option;
import org.hotline.domain.staff.Role;
import org.hotline.domain.staff.StaffId;
import org.hotline.domain.testing.InMemoryAuditTrail;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final VerifyAuditTrail verifier = new AuditTrailVerifier(trail);

    @Test
    void an_empty_trail_is_intact() {
        assertThat(verifier.verify()).isEqualTo(new AuditVerification.Intact(0, AuditHead.EMPTY.hash()));
    }

    @Test
    void each_record_carries_the_hash_of_the_one_before_and_the_chain_verifies() {
        recordThree();

        var records = trail.after(0, 10);
        assertThat(records.map(AuditRecord::sequence)).containsExactly(1L, 2L, 3L);
        assertThat(records.get(0).previousHash()).isEqualTo(AuditHead.EMPTY.hash());
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
        assertThat(records.get(2).previousHash()).isEqualTo(records.get(1).hash());
        assertThat(verifier.verify()).isEqualTo(new AuditVerification.Intact(3, records.get(2).hash()));
    }

    @Test
    void a_changed_field_is_found_and_named_by_its_record() {
        recordThree();
        AuditRecord second = trail.after(1, 1).head();
        AuditEntry entry = second.entry();
        trail.replace(new AuditRecord(2, new AuditEntry(entry.actor(), entry.role(), entry.at(), entry.action(),
                entry.subject(), entry.before(), "roles=ADMINISTRATOR"), second.previousHash(), second.hash()));

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(2);
            assertThat(broken.verifiedUpTo()).isEqualTo(1);
            assertThat(broken.reason()).contains("changed");
        });
    }

    @Test
    void a_record_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next() {
        recordThree();
        AuditRecord second = trail.after(1, 1).head();
        AuditEntry forged = new AuditEntry(Option.none(), Option.none(), second.entry().at(), "staff.created", "staff:x", "", "");
        trail.replace(new AuditRecord(2, forged, second.previousHash(), AuditChain.hashOf(2, forged, second.previousHash())));

        assertThat(verifier.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).contains("hash of the record before");
        });
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
        AuditRecords lastOneGone = new AuditRecords() {
            @Override
            public io.vavr.collection.Seq<AuditRecord> after(long sequence, int limit) {
                return trail.after(sequence, limit).filter(r -> r.sequence() < 3);
            }

            @Override
            public AuditHead head() {
                return kept;
            }
        };

        assertThat(new AuditTrailVerifier(lastOneGone).verify()).isInstanceOfSatisfying(AuditVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(3));
    }

    @Test
    void times_are_kept_to_the_microsecond_so_a_record_read_back_from_a_database_still_verifies() {
        AuditRecord record = AuditChain.append(AuditHead.EMPTY,
                AuditEntry.bySystem(Instant.parse("2026-01-01T10:00:00.123456789Z"), "staff.created", "staff:x", "", ""));

        assertThat(record.entry().at()).isEqualTo(Instant.parse("2026-01-01T10:00:00.123456Z"));
        assertThat(AuditChain.follows(AuditHead.EMPTY, record).isRight()).isTrue();
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
}
