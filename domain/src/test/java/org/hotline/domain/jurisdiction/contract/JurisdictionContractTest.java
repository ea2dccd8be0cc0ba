package org.hotline.domain.jurisdiction.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotline.domain.jurisdiction.contract.model.SoundModel.agreementOf;
import static org.hotline.domain.jurisdiction.contract.model.SoundModel.illegalWhenVisualMinor;
import static org.hotline.domain.jurisdiction.contract.model.SoundModel.lawOf;
import static org.hotline.domain.jurisdiction.contract.model.SoundModel.policeThenNotice;
import static org.hotline.domain.jurisdiction.contract.model.SoundModel.sound;
import static org.hotline.domain.jurisdiction.contract.model.SoundModel.soundLaw;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.hotline.domain.jurisdiction.contract.cheat.CaseworkUsingModel;
import org.hotline.domain.jurisdiction.contract.model.SoundModel;
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

    private static final CountryCode MODEL = SoundModel.CODE;

    @Test
    void a_sound_jurisdiction_passes_every_check() throws Exception {
        JurisdictionContract kit = kitFor(new SoundModel());
        withRegistered(SoundModel.class, () -> {
            for (Method check : checks()) {
                assertThatCode(() -> invoke(check, kit)).as(check.getName()).doesNotThrowAnyException();
            }
        });
    }

    @Test
    void an_adapter_that_uses_the_case_work_of_the_domain_is_caught_naming_what_it_uses() {
        JurisdictionContract kit = kitFor(new CaseworkUsingModel());

        assertFails(kit::the_adapter_uses_only_the_law_types_of_the_domain,
                "CaseworkUsingModel", "org.hotline.domain.assessment.AssessmentDesk");
    }

    @Test
    void an_adapter_that_is_not_registered_for_the_service_loader_is_caught() {
        JurisdictionContract kit = kitFor(new SoundModel());

        assertFails(kit::the_jurisdiction_is_registered_for_the_service_loader, SoundModel.class.getName(),
                "META-INF/services");
    }

    @Test
    void a_notice_that_goes_straight_after_the_police_are_told_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.Illegal.class, HostingLocation.Home.class, () -> Procedure.of("no-clearance",
                Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove.", "police")));

        assertFails(kit::a_notice_to_a_host_waits_for_the_police_and_for_a_clearance,
                "procedure no-clearance: the notice notice waits for no clearance");
    }

    @Test
    void a_notice_that_does_not_wait_for_a_police_hold_is_refused_by_the_procedure_and_caught() {
        JurisdictionContract kit = kitWhere(Verdict.Illegal.class, HostingLocation.Home.class, () -> Procedure.of("hold-ignored",
                Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police."),
                Step.of("clearance", StepKind.POLICE_CLEARANCE, Actor.POLICE, "Clear.", "police"),
                Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask to remove.", "clearance"),
                Step.of("hold", StepKind.POLICE_HOLD, Actor.POLICE, "Hold while investigating.", "police")));

        assertFails(kit::every_verdict_and_every_hosting_location_has_a_procedure,
                "hosted Home[]", "the notice notice does not wait for the clearance hold");
    }

    @Test
    void home_hosted_illegal_material_kept_from_the_police_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.Illegal.class, HostingLocation.Home.class,
                () -> Procedure.of("quiet", Step.of("close", StepKind.CLOSE_CASE, Actor.HOTLINE, "Close.")));

        assertFails(kit::illegal_material_hosted_at_home_is_reported_to_the_police,
                "verdict ILLEGAL", "hosted Home[]", "procedure quiet has no step that tells the police");
    }

    @Test
    void a_notice_for_material_awaiting_a_legal_review_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.NeedsLegalReview.class, HostingLocation.Home.class,
                () -> policeThenNotice("premature"));

        assertFails(kit::only_illegal_material_hosted_at_home_brings_a_notice_to_a_host,
                "verdict NEEDS_LEGAL_REVIEW", "hosted Home[]", "procedure premature sends the notice notice");
    }

    @Test
    void a_notice_to_a_host_not_yet_traced_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.Illegal.class, HostingLocation.Unknown.class,
                () -> policeThenNotice("untraced"));

        assertFails(kit::only_illegal_material_hosted_at_home_brings_a_notice_to_a_host,
                "verdict ILLEGAL", "hosted Unknown[]", "procedure untraced sends the notice notice");
    }

    @Test
    void a_notice_to_a_host_abroad_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.Illegal.class, HostingLocation.MemberHotlineCountry.class,
                () -> policeThenNotice("abroad"));

        assertFails(kit::only_illegal_material_hosted_at_home_brings_a_notice_to_a_host,
                "verdict ILLEGAL", "hosted MemberHotlineCountry[country=NL]", "procedure abroad sends the notice notice");
    }

    @Test
    void an_illegal_verdict_citing_a_provision_one_day_before_it_starts_is_caught_on_that_day() {
        StatuteReference fromJune = StatuteReference.inForceSince("Model Act s.2", LocalDate.of(2015, 6, 1), "Test only.");
        NationalLaw law = lawOf(LegalRule.named("off-by-one", (facts, day) -> day.isBefore(LocalDate.of(2015, 5, 31))
                ? Option.some(new Verdict.NotIllegal("Before the act."))
                : Option.some(new Verdict.Illegal(List.of(fromJune), Option.none(), "Under the act."))));
        JurisdictionContract kit = kit(law, agreementOf(SoundModel::sound));

        assertFails(kit::an_illegal_verdict_rests_on_a_provision_in_force_on_the_day_of_assessment,
                "assessed on 2015-05-31", "Model Act s.2");
    }

    @Test
    void a_law_whose_provisions_start_on_the_day_of_assessment_does_not_keep_the_kit_looking_for_days() {
        NationalLaw law = lawOf(LegalRule.named("moving", (facts, day) -> Option.some(new Verdict.Illegal(
                List.of(StatuteReference.inForceSince("Moving Act", day, "Test only.")), Option.none(), "Moving."))));
        JurisdictionContract kit = kit(law, agreementOf(SoundModel::sound));

        assertTimeoutPreemptively(Duration.ofSeconds(60),
                kit::an_illegal_verdict_rests_on_a_provision_in_force_on_the_day_of_assessment);
    }

    @Test
    void a_law_that_finds_baseline_material_not_illegal_is_caught() {
        JurisdictionContract kit = kit(lawOf(LegalRule.named("lenient", (facts, day) ->
                Option.some(new Verdict.NotIllegal("Lenient.")))), agreementOf(SoundModel::sound));

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
        JurisdictionContract kit = kit(law, agreementOf(SoundModel::sound));

        assertFails(kit::every_combination_of_answers_gets_exactly_one_verdict_on_every_day,
                "media=TEXT_OR_AUDIO", "text not handled");
    }

    @Test
    void a_law_that_changes_its_mind_is_caught() {
        AtomicInteger calls = new AtomicInteger();
        NationalLaw law = lawOf(LegalRule.named("drifting", (facts, day) -> facts.age() == AgeBand.ADULT
                ? Option.some(calls.incrementAndGet() <= 10 ? new Verdict.NotIllegal("At first.") : new Verdict.NeedsLegalReview("Later."))
                : Option.none()), illegalWhenVisualMinor());
        JurisdictionContract kit = kit(law, agreementOf(SoundModel::sound));

        assertFails(kit::classifying_the_same_facts_on_the_same_day_twice_gives_the_same_classification,
                "age=ADULT", "first Classification");
    }

    @Test
    void a_law_that_sets_the_baseline_flag_itself_is_caught() {
        NationalLaw sound = soundLaw();
        NationalLaw tampering = new DelegatingLaw(sound) {
            @Override
            public Classification classify(Facts facts, LocalDate lawDate) {
                Classification honest = sound.classify(facts, lawDate);
                return new Classification(honest.verdict(), honest.rule(), true, lawDate, honest.ruleBook());
            }
        };
        JurisdictionContract kit = kit(tampering, agreementOf(SoundModel::sound));

        assertFails(kit::the_baseline_flag_is_the_domain_s_own_and_no_adapter_changes_it,
                "baseline flag true, but the domain says false");
    }

    @Test
    void a_law_whose_verdicts_cite_a_provision_it_does_not_list_is_caught() {
        NationalLaw unlisted = new DelegatingLaw(soundLaw()) {
            @Override
            public List<StatuteReference> provisions() {
                return List.of(StatuteReference.inForceSince("Other Act s.9", LocalDate.of(2000, 1, 1), "Test only."));
            }
        };
        JurisdictionContract kit = kit(unlisted, agreementOf(SoundModel::sound));

        assertFails(kit::every_provision_a_verdict_cites_is_among_the_provisions_a_legal_adviser_may_rely_on,
                "Model Act s.1", "is cited but not among the law's provisions: Other Act s.9");
    }

    @Test
    void a_law_that_stamps_its_verdicts_with_another_rule_book_is_caught() {
        NationalLaw stale = new DelegatingLaw(soundLaw()) {
            @Override
            public String ruleBookVersion() {
                return "XS 2";
            }
        };
        JurisdictionContract kit = kit(stale, agreementOf(SoundModel::sound));

        assertFails(kit::every_combination_of_answers_gets_exactly_one_verdict_on_every_day,
                "stamped with rule book 'XS 1', but the law's is 'XS 2'");
    }

    @Test
    void a_law_of_another_country_is_caught() {
        NationalLaw foreign = new RuleBasedLaw(new CountryCode("XF"), Questionnaire.of(List.empty()),
                new RuleBook("XF 1", List.of(illegalWhenVisualMinor()), List.of(SoundModel.MODEL_ACT)), false);
        JurisdictionContract kit = kit(foreign, agreementOf(SoundModel::sound));

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
        JurisdictionContract kit = kit(bare, agreementOf(SoundModel::sound));

        assertFails(kit::the_questionnaire_asks_the_core_questions_first, "first questions of the questionnaire");
    }

    @Test
    void a_notice_sent_to_the_host_before_the_police_are_told_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.Illegal.class, HostingLocation.Home.class, () -> Procedure.of("hasty",
                Step.of("notice", StepKind.SEND_NOTICE_TO_HOST, Actor.HOTLINE, "Ask the host to remove."),
                Step.of("police", StepKind.NOTIFY_POLICE, Actor.HOTLINE, "Tell the police.", "notice")));

        assertFails(kit::a_notice_to_a_host_waits_for_the_police_and_for_a_clearance,
                "hosted Home[]", "procedure hasty: the notice notice does not wait for a step that tells the police");
    }

    @Test
    void a_notice_for_material_that_is_not_illegal_is_caught() {
        JurisdictionContract kit = kitWhere(Verdict.NotIllegal.class, HostingLocation.Unknown.class,
                () -> policeThenNotice("overzealous"));

        assertFails(kit::only_illegal_material_hosted_at_home_brings_a_notice_to_a_host,
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

    private static JurisdictionContract kitFor(Jurisdiction jurisdiction) {
        return new JurisdictionContract() {
            @Override
            protected Jurisdiction jurisdiction() {
                return jurisdiction;
            }

            @Override
            protected JurisdictionSettings settings() {
                return JurisdictionSettings.none();
            }
        };
    }

    /** Runs the checks with the adapter registered as a provider, as its own module's META-INF/services would. */
    private static void withRegistered(Class<? extends Jurisdiction> adapter, ThrowingRunnable checks) throws Exception {
        Path services = Files.createTempDirectory("kit-services");
        Path registration = services.resolve("META-INF/services/" + Jurisdiction.class.getName());
        Files.createDirectories(registration.getParent());
        Files.writeString(registration, adapter.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader registering = new URLClassLoader(new URL[] {services.toUri().toURL()}, before)) {
            thread.setContextClassLoader(registering);
            checks.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The kit on the sound law, with an agreement that is sound but for one kind of verdict and hosting location. */
    private static JurisdictionContract kitWhere(Class<? extends Verdict> verdictKind,
            Class<? extends HostingLocation> where, java.util.function.Supplier<Procedure> instead) {
        return kit(soundLaw(), agreementOf((verdict, location) -> verdictKind.isInstance(verdict) && where.isInstance(location)
                ? instead.get() : sound(verdict, location)));
    }

    private static JurisdictionContract kit(NationalLaw law, CooperationAgreement agreement) {
        return kitFor(new Jurisdiction() {
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
        });
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
        public Classification classify(Facts facts, LocalDate lawDate) {
            return delegate.classify(facts, lawDate);
        }

        @Override
        public String ruleBookVersion() {
            return delegate.ruleBookVersion();
        }

        @Override
        public List<StatuteReference> provisions() {
            return delegate.provisions();
        }

        @Override
        public boolean appealNeedsUninvolvedReviewer() {
            return delegate.appealNeedsUninvolvedReviewer();
        }
    }
}
