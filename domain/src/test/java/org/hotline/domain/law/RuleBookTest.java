package org.hotline.domain.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Facts ANY_FACTS = Facts.of(MediaKind.TEXT_OR_AUDIO, AgeBand.ADULT, RealChild.UNKNOWN, ContentClass.NONE);

    private static final StatuteReference ACT = StatuteReference.inForceSince("Rule Book Test Act s.1",
            LocalDate.of(2000, 1, 1), "Made up for this test.");

    private static RuleBook book(LegalRule... rules) {
        return new RuleBook("XR 7", List.of(rules), List.of(ACT));
    }

    private static LegalRule deciding(String name, Verdict verdict) {
        return LegalRule.named(name, (facts, day) -> Option.some(verdict));
    }

    private static LegalRule declining(String name) {
        return LegalRule.named(name, (facts, day) -> Option.none());
    }

    @Test
    void the_first_rule_that_decides_gives_the_verdict_and_its_name() {
        var book = book(
                declining("silent"),
                deciding("first", new Verdict.NotIllegal("first")),
                deciding("second", new Verdict.NeedsLegalReview("second")));

        Classification classification = book.classify(ANY_FACTS, DAY);

        assertThat(classification.verdict()).isEqualTo(new Verdict.NotIllegal("first"));
        assertThat(classification.rule()).isEqualTo("first");
        assertThat(classification.lawDate()).isEqualTo(DAY);
        assertThat(classification.ruleBook()).isEqualTo("XR 7");
    }

    @Test
    void the_order_of_the_rules_decides_between_two_that_both_apply() {
        var reversed = book(
                deciding("second", new Verdict.NeedsLegalReview("second")),
                deciding("first", new Verdict.NotIllegal("first")));

        assertThat(reversed.classify(ANY_FACTS, DAY).rule()).isEqualTo("second");
    }

    @Test
    void rules_see_the_facts_and_the_day_of_assessment() {
        LegalRule onlyFrom2026 = LegalRule.named("dated", (facts, day) -> day.getYear() >= 2026 && facts.age() == AgeBand.ADULT
                ? Option.some(new Verdict.NotIllegal("adult")) : Option.none());
        var book = book(onlyFrom2026);

        assertThat(book.classify(ANY_FACTS, DAY).rule()).isEqualTo("dated");
        assertThat(book.classify(ANY_FACTS, LocalDate.of(2025, 12, 31)).rule()).isEqualTo(RuleBook.NO_RULE);
    }

    @Test
    void a_conditional_rule_decides_only_the_facts_that_meet_its_condition() {
        LegalRule adults = LegalRule.when("adults", facts -> facts.age() == AgeBand.ADULT, new Verdict.NotIllegal("adult"));
        Facts minor = Facts.of(MediaKind.TEXT_OR_AUDIO, AgeBand.UNDER_13, RealChild.UNKNOWN, ContentClass.NONE);

        assertThat(adults.decide(ANY_FACTS, DAY)).contains(new Verdict.NotIllegal("adult"));
        assertThat(adults.decide(minor, DAY)).isEmpty();
        assertThat(adults.name()).isEqualTo("adults");
    }

    @Test
    void when_no_rule_decides_the_facts_go_to_legal_review() {
        var book = book(declining("a"), declining("b"));

        Classification classification = book.classify(ANY_FACTS, DAY);

        assertThat(classification.verdict()).isInstanceOf(Verdict.NeedsLegalReview.class);
        assertThat(classification.rule()).isEqualTo(RuleBook.NO_RULE);
    }

    @Test
    void an_empty_rule_book_sends_everything_to_legal_review() {
        assertThat(book().classify(ANY_FACTS, DAY).verdict().kind()).isEqualTo("NEEDS_LEGAL_REVIEW");
    }

    @Test
    void the_baseline_flag_comes_from_the_domain_whatever_the_rules_say() {
        var book = book(deciding("lenient", new Verdict.NotIllegal("lenient")));
        Facts baseline = Facts.of(MediaKind.PHOTO_OR_VIDEO, AgeBand.UNDER_13, RealChild.REAL, ContentClass.GENITAL_OR_ANAL_FOCUS);

        assertThat(book.classify(baseline, DAY).baseline()).isTrue();
        assertThat(book.classify(ANY_FACTS, DAY).baseline()).isFalse();
    }

    @Test
    void a_rule_book_has_a_version_of_1_to_100_characters_and_lists_each_provision_once() {
        assertThat(book().version()).isEqualTo("XR 7");
        assertThat(book().provisions()).containsExactly(ACT);
        assertThat(new RuleBook(" XR 8 ", List.empty(), List.empty()).version()).isEqualTo("XR 8");
        assertThat(new RuleBook("x".repeat(100), List.empty(), List.empty()).version()).hasSize(100);
        assertThatThrownBy(() -> new RuleBook("  ", List.empty(), List.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> new RuleBook("x".repeat(101), List.empty(), List.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleBook("XR 7", List.empty(), List.of(ACT, ACT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rule Book Test Act s.1");
    }

    @Test
    void a_rule_based_law_gives_its_rule_book_s_version_and_provisions() {
        var law = new RuleBasedLaw(new org.hotline.domain.CountryCode("XR"), Questionnaire.of(List.empty()),
                book(deciding("any", new Verdict.NotIllegal("any"))), true);

        assertThat(law.ruleBookVersion()).isEqualTo("XR 7");
        assertThat(law.provisions()).containsExactly(ACT);
        assertThat(law.classify(ANY_FACTS, DAY).ruleBook()).isEqualTo("XR 7");
        assertThat(law.appealNeedsUninvolvedReviewer()).isTrue();
    }

    @Test
    void two_rules_with_the_same_name_are_refused() {
        assertThatThrownBy(() -> book(declining("same"), declining("same")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same");
    }
}
