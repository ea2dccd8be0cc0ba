package org.hotline.domain.jurisdiction.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Actor;
import org.hotline.domain.law.AgeBand;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.LegalRule;
import org.hotline.domain.law.MediaKind;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.Question;
import org.hotline.domain.law.Questionnaire;
import org.hotline.domain.law.RuleBasedLaw;
import org.hotline.domain.law.RuleBook;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The contract kit checks something: a sound model jurisdiction passes every check, and each flaw a law adapter
 * could have is caught by the check meant for it, with the facts, day or location that show it.
 */
class JurisdictionContractTest {

    private static final CountryCode MODEL = new CountryCode("XS");
    private static final StatuteReference MODEL_ACT =
            StatuteReference.inForceSince("Model Act s.1", LocalDate.of(2000, 1, 1), "A provision of this test only.");

    @Test
    void a_sound_jurisdiction_passes_every_check() throws Exception {
        JurisdictionContract kit = kit(soundLaw(), soundAgreement());
        for (Method check : checks()) {
            assertThatCode(() -> invoke(check, kit)).as(check.getName()).doesNotThrowAnyException();
        }
    }

    @Test
    void an_illegal_verdict_citing_a_provision_one_day_before_it_starts_is_caught_on_that_day() {
        StatuteReference fromJune = StatuteReference.inForceSince("Model Act s.2", LocalDate.of(2015, 6, 1), "Test only.");
        NationalLaw law = lawOf(LegalRule.named("off-by-one", (facts, day) -> day.isBefore(LocalDate.of(2015, 5, 31))
                ? Option.some(new Verdict.NotIllegal("Before the act."))
                : Option.some(new Verdict.Illegal(List.of(fromJune), Option.none(), "Under the act."))));
        JurisdictionContract kit = kit(law, soundAgreement());

        assertFails(kit::an_illegal_verdict_rests_on_a_provision_in_force_on_the_day_of_assessment,
                "assessed on 2015-05-31", "Model Act s.2");
    }

    @Test
    void a_law_whose_provisions_start_on_the_day_of_assessment_does_not_keep_the_kit_looking_for_days() {
        NationalLaw law = lawOf(LegalRule.named("moving", (facts, day) -> Option.some(new Verdict.Illegal(
                List.of(StatuteReference.inForceSince("Moving Act", day, "Test only.")), Option.none(), "Moving."))));
        JurisdictionContract kit = kit(law, soundAgreement());

        assertTimeoutPreemptively(Duration.ofSeconds(60),
                kit::an_illegal_verdict_rests_on_a_provision_in_force_on_the_day_of_assessment);
    }

    @Test
    void a_law_that_finds_baseline_material_not_illegal_is_caught() {
        JurisdictionContract kit = kit(lawOf(LegalRule.named("lenient", (facts, day) ->
                Option.some(new Verdict.NotIllegal("Lenient.")))), soundAgreement());

        assertFails(kit::baseline_material_is_illegal_on_every_day_from_2010,
                "media=PHOTO_OR_VIDEO", "age=UNDER_13", "realChild=REAL", "by rule lenient");
    }

    @Test
    void a_law_that_throws_for_some_answers_is_caught_with_those_answers() {
        NationalLaw law = lawOf(LegalRule.named("fragile", (facts, day) -> {
            if (facts.media() == MediaKind.TEXT_OR_AUDIO) {
                throw new IllegalStateException("text not handled");
            }
            return Option.none();
        }), illegalWhenVisualMinor());
        JurisdictionContract kit = kit(law, soundAgreement());

        assertFails(kit::every_combination_of_answers_gets_exactly_one_verdict_on_every_day,
                "media=TEXT_OR_AUDIO", "text not handled");
    }

    @Test
    void a_law_that_changes_its_mind_is_caught() {
        AtomicInteger calls = new AtomicInteger();
        NationalLaw law = lawOf(LegalRule.named("drifting", (facts, day) -> facts.age() == AgeBand.ADULT
                ? Option.some(calls.incrementAndGet() <= 10 ? new Verdict.NotIllegal("At first.") : new Verdict.NeedsLegalReview("Later."))
                : Option.none()), illegalWhenVisualMinor());
        JurisdictionContract kit = kit(law, soundAgreement());

        assertFails(kit::classifying_the_same_facts_on_the_same_day_twice_gives_the_same_classification,
                "age=ADULT", "first Classification");
    }

    @Test
    void a_law_that_sets_the_baseline_flag_itself_is_caught() {
        NationalLaw sound = soundLaw();
        NationalLaw tampering = new DelegatingLaw(sound) {
            @Override
            public Classification classify(Facts facts, LocalDate assessedOn) {
                Classification honest = sound.classify(facts, assessedOn);
                return new Classification(honest.verdict(), honest.rule(), true, assessedOn);
            }
        };
        JurisdictionContract kit = kit(tampering, soundAgreement());

        assertFails(kit::the_baseline_flag_is_the_domain_s_own_and_no_adapter_changes_it,
                "baseline flag true, but the domain says false");
    }

    @Test
    void a_law_of_another_country_is_caught() {
        NationalLaw foreign = new RuleBasedLaw(new CountryCode("XF"), Questionnaire.of(List.empty()),
                new RuleBook(List.of(illegalWhenVisualMinor())), false);
        JurisdictionContract kit = kit(foreign, soundAgreement());

        assertFails(kit::the_jurisdiction_its_law_and_its_agreement_speak_for_the_same_country, "XF", "XS");
    }

    @Test
    void a_questionnaire_that_leaves_out_the_core_questions_is_caught() {
        NationalLaw bare = new DelegatingLaw(soundLaw()) {
            @Override
            public Questionnaire questionnaire() {
                return new Questionnaire(List.of(new Question("colour", "Which colour?", "",
                        List.of(new org.hotline.domain.law.Answer("RED", "Red"),
                                new org.hotline.domain.law.Answer("BLUE", "Blue")))));
            }
        };
        JurisdictionContract kit = kit(bare, soundAgreement());

        assertFails(kit::the_questionnaire_asks_the_core_questions_first, "first questions of the questionnaire");
    }

    @Test
    void a_notice_sent_to_the_host_before_the_police_are_told_is_caught() {
        JurisdictionContract kit = kit(soundLaw(), agreementOf((verdict, location) ->
                verdict instanceof Verdict.Illegal && location instanceof HostingLocation.Home
                        ? Procedure.of("hasty", Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove."),
                                Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police.", "notice"))
                        : sound(verdict, location)));

        assertFails(kit::no_notice_goes_to_a_host_before_the_police_are_told_and_every_clearance_is_given,
                "hosted Home[]", "procedure hasty: the notice notice does not wait for a step that tells the police");
    }

    @Test
    void a_notice_for_material_that_is_not_illegal_is_caught() {
        JurisdictionContract kit = kit(soundLaw(), agreementOf((verdict, location) ->
                verdict instanceof Verdict.NotIllegal && location instanceof HostingLocation.Unknown
                        ? policeThenNotice("overzealous")
                        : sound(verdict, location)));

        assertFails(kit::material_that_is_not_illegal_never_brings_a_notice_to_a_host,
                "verdict NOT_ILLEGAL", "hosted Unknown[]", "procedure overzealous sends the notice notice");
    }

    @Test
    void an_agreement_without_a_procedure_for_a_hosting_location_is_caught() {
        JurisdictionContract kit = kit(soundLaw(), agreementOf((verdict, location) -> {
            if (location instanceof HostingLocation.CountryWithoutHotline) {
                throw new UnsupportedOperationException("not agreed yet");
            }
            return sound(verdict, location);
        }));

        assertFails(kit::every_verdict_and_every_hosting_location_has_a_procedure,
                "hosted CountryWithoutHotline[country=XK]", "not agreed yet");
    }

    private static void assertFails(ThrowingCallable check, String... shown) {
        assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessageContainingAll(shown);
    }

    private static List<Method> checks() {
        return List.of(JurisdictionContract.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class));
    }

    private static void invoke(Method check, JurisdictionContract kit) throws Throwable {
        try {
            check.invoke(kit);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static JurisdictionContract kit(NationalLaw law, CooperationAgreement agreement) {
        Jurisdiction model = new Jurisdiction() {
            @Override
            public CountryCode country() {
                return MODEL;
            }

            @Override
            public String name() {
                return "Model";
            }

            @Override
            public NationalLaw law(JurisdictionSettings settings) {
                return law;
            }

            @Override
            public CooperationAgreement agreement(JurisdictionSettings settings) {
                return agreement;
            }
        };
        return new JurisdictionContract() {
            @Override
            protected Jurisdiction jurisdiction() {
                return model;
            }

            @Override
            protected JurisdictionSettings settings() {
                return JurisdictionSettings.none();
            }
        };
    }

    private static LegalRule illegalWhenVisualMinor() {
        return LegalRule.named("visual-minor-explicit", (facts, day) -> {
            if (!MODEL_ACT.inForceOn(day)) {
                return Option.some(new Verdict.NeedsLegalReview("Before the Model Act."));
            }
            return facts.media() == MediaKind.PHOTO_OR_VIDEO && facts.age().isMinor() && facts.content().isExplicit()
                    ? Option.some(new Verdict.Illegal(List.of(MODEL_ACT), Option.none(), "Under the Model Act."))
                    : Option.some(new Verdict.NotIllegal("Outside the Model Act."));
        });
    }

    private static NationalLaw lawOf(LegalRule... rules) {
        return new RuleBasedLaw(MODEL, Questionnaire.of(List.empty()), new RuleBook(List.of(rules)), false);
    }

    private static NationalLaw soundLaw() {
        return lawOf(illegalWhenVisualMinor());
    }

    private static CooperationAgreement soundAgreement() {
        return agreementOf(JurisdictionContractTest::sound);
    }

    private static Procedure sound(Verdict verdict, HostingLocation location) {
        if (verdict instanceof Verdict.Illegal && location instanceof HostingLocation.Home) {
            return policeThenNotice("model-home");
        }
        return Procedure.of("model-close", Step.of("close", StepKind.CLOSE_CASE, Actor.HOTLINE, "Close the case."));
    }

    private static Procedure policeThenNotice(String name) {
        return Procedure.of(name,
                Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                Step.of("clearance", StepKind.POLICE_CLEARANCE, Actor.POLICE, "Clear the takedown.", "police"),
                Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove.", "clearance"));
    }

    private static CooperationAgreement agreementOf(BiFunction<Verdict, HostingLocation, Procedure> procedures) {
        return new CooperationAgreement() {
            @Override
            public CountryCode jurisdiction() {
                return MODEL;
            }

            @Override
            public Procedure procedureFor(Verdict verdict, HostingLocation location) {
                return procedures.apply(verdict, location);
            }
        };
    }

    /** A law that answers as another does, for tests that change one answer. */
    private static class DelegatingLaw implements NationalLaw {
        private final NationalLaw delegate;

        DelegatingLaw(NationalLaw delegate) {
            this.delegate = delegate;
        }

        @Override
        public CountryCode jurisdiction() {
            return delegate.jurisdiction();
        }

        @Override
        public Questionnaire questionnaire() {
            return delegate.questionnaire();
        }

        @Override
        public Classification classify(Facts facts, LocalDate assessedOn) {
            return delegate.classify(facts, assessedOn);
        }

        @Override
        public boolean appealNeedsUninvolvedReviewer() {
            return delegate.appealNeedsUninvolvedReviewer();
        }
    }
}
