package org.hotline.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReportReferenceTest {

    @Test
    void is_twelve_crockford_characters_in_three_groups() {
        ReportReference reference = new ReportId(UUID.randomUUID()).reference();
        assertThat(reference.value()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }

    @Test
    void is_derived_from_the_report_identifier() {
        ReportId id = new ReportId(UUID.fromString("3f1c2a9e-8d4b-4c6e-9a1f-0b2c3d4e5f60"));
        assertThat(id.reference()).isEqualTo(id.reference());
        assertThat(id.reference()).isNotEqualTo(new ReportId(UUID.fromString("3f1c2a9e-8d4b-4c6e-9a1f-0b2c3d4e5f61")).reference());
    }

    @Test
    void reads_back_what_a_person_types() {
        ReportReference reference = new ReportId(UUID.randomUUID()).reference();
        String sloppy = reference.value().replace("-", " ").toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(ReportReference.parse(sloppy)).contains(reference);
    }

    @Test
    void refuses_what_cannot_be_a_reference() {
        assertThat(ReportReference.parse("ABCD-EFGH-JKM")).isEmpty();
        assertThat(ReportReference.parse("ABCD-EFGH-JKMNP")).isEmpty();
        assertThat(ReportReference.parse("ABCD-EFGH-JKMU")).isEmpty();
        assertThat(ReportReference.parse(null)).isEmpty();
    }

    @Test
    void does_not_collide_across_many_random_reports() {
        Set<ReportReference> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(new ReportId(UUID.randomUUID()).reference())).isTrue();
        }
    }
}
