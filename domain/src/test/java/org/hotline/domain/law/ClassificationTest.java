package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** When two classifications come to the same: what the list of cases a change of the law would affect compares. */
class ClassificationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final StatuteReference S1 = StatuteReference.inForceSince("Act s.1", LocalDate.of(2000, 1, 1), "One.");
    private static final StatuteReference S2 = StatuteReference.inForceSince("Act s.2", LocalDate.of(2000, 1, 1), "Two.");

    private static Classification illegal(String rule, Option<Severity> severity, StatuteReference... references) {
        return new Classification(new Verdict.Illegal(List.of(references), severity, "Reason."), rule, false, DAY, "X 1");
    }

    @Test
    void the_same_kind_rule_provisions_and_severity_decide_alike_whatever_the_wording_day_or_rule_book() {
        Classification recorded = illegal("rule", Option.some(new Severity("Scale", "A")), S1);
        Classification reworded = new Classification(new Verdict.Illegal(List.of(S1.unverified("Other note.")),
                Option.some(new Severity("Scale", "A")), "Other words."), "rule", false, DAY.plusDays(1), "X 2");

        assertThat(recorded.decidesAlike(reworded)).isTrue();
        assertThat(new Classification(new Verdict.NotIllegal("One."), "r", false, DAY, "X 1")
                .decidesAlike(new Classification(new Verdict.NotIllegal("Two."), "r", true, DAY, "X 2"))).isTrue();
    }

    @Test
    void another_kind_rule_provision_or_severity_decides_otherwise() {
        Classification recorded = illegal("rule", Option.some(new Severity("Scale", "A")), S1);

        assertThat(recorded.decidesAlike(new Classification(new Verdict.NeedsLegalReview("Reason."), "rule", false, DAY, "X 1")))
                .isFalse();
        assertThat(recorded.decidesAlike(illegal("other rule", Option.some(new Severity("Scale", "A")), S1))).isFalse();
        assertThat(recorded.decidesAlike(illegal("rule", Option.some(new Severity("Scale", "A")), S1, S2))).isFalse();
        assertThat(recorded.decidesAlike(illegal("rule", Option.some(new Severity("Scale", "B")), S1))).isFalse();
        assertThat(recorded.decidesAlike(illegal("rule", Option.none(), S1))).isFalse();
    }
}
