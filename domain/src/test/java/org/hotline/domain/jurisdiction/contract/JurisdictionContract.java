package org.hotline.domain.jurisdiction.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ServiceLoader;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Try;
import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.Classification;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.CoreQuestions;
import org.hotline.domain.law.Facts;
import org.hotline.domain.law.HostingLocation;
import org.hotline.domain.law.InterpolBaseline;
import org.hotline.domain.law.NationalLaw;
import org.hotline.domain.law.Procedure;
import org.hotline.domain.law.StatuteReference;
import org.hotline.domain.law.Step;
import org.hotline.domain.law.StepKind;
import org.hotline.domain.law.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every law adapter passes. A country's test class extends this and says which {@link Jurisdiction}
 * to test and with which {@link JurisdictionSettings}; the checks here then run over every combination of the
 * questionnaire's answers, on a set of assessment days that includes fixed days from 2010 to 2030 and the first
 * day, the day before and the last day and the day after of every statute reference the law cites, and over every
 * verdict the law gives and every kind of hosting location.
 *
 * <p>A failure names the facts, the day or the hosting location that broke the rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JurisdictionContract {

    /** Days every law is assessed on, besides those its own statute references bring. */
    public static final List<LocalDate> FIXED_DAYS = List.of(
            LocalDate.of(2010, 1, 1), LocalDate.of(2014, 3, 31), LocalDate.of(2016, 7, 1), LocalDate.of(2020, 1, 1),
            LocalDate.of(2024, 2, 29), LocalDate.of(2026, 12, 31), LocalDate.of(2030, 12, 31));

    /** Rounds of finding new days from cited references; a law whose references move with the day stops here. */
    static final int MOST_ROUNDS_OF_DAYS = 6;

    /** From this day on, INTERPOL baseline material must be illegal under every law. */
    public static final LocalDate BASELINE_ILLEGAL_FROM = LocalDate.of(2010, 1, 1);

    /** Hosting locations every agreement must have a procedure for. */
    public static final List<HostingLocation> LOCATIONS = List.of(
            new HostingLocation.Home(),
            new HostingLocation.MemberHotlineCountry(new CountryCode("NL")),
            new HostingLocation.MemberHotlineCountry(new CountryCode("FR")),
            new HostingLocation.CountryWithoutHotline(new CountryCode("XK")),
            new HostingLocation.Unknown());

    /** One verdict of each kind, added to those the law gives, so that an agreement is total over verdicts. */
    public static final List<Verdict> ONE_OF_EACH_KIND = List.of(
            new Verdict.Illegal(List.of(StatuteReference.inForceSince("Contract kit sample provision s.1",
                    LocalDate.of(2000, 1, 1), "Not a real provision: the kit's sample of an illegal verdict.")),
                    Option.none(), "Sample illegal verdict of the contract kit."),
            new Verdict.NotIllegal("Sample verdict of the contract kit."),
            new Verdict.NeedsLegalReview("Sample verdict of the contract kit."));

    /** The jurisdiction under test, as its module registers it. */
    protected abstract Jurisdiction jurisdiction();

    /** The settings to build its law and agreement with. */
    protected abstract JurisdictionSettings settings();

    private final Lazy<NationalLaw> law = Lazy.of(() -> jurisdiction().law(settings()));
    private final Lazy<CooperationAgreement> agreement = Lazy.of(() -> jurisdiction().agreement(settings()));
    private final Lazy<java.util.List<Assessment>> assessments = Lazy.of(this::assessEveryCombinationOnEveryDay);
    private final Lazy<java.util.List<Assessment>> successful = Lazy.of(() -> assessments.get().stream()
            .filter(a -> a.outcome().isSuccess()).toList());
    private final Lazy<List<Planned>> procedures = Lazy.of(this::planEveryVerdictAndLocation);

    /** One combination of answers, classified on one day. */
    record Assessment(Facts facts, LocalDate day, Try<Classification> outcome) {

        String where() {
            return describe(facts) + ", assessed on " + day;
        }
    }

    /** The procedure for one verdict and hosting location. */
    record Planned(Verdict verdict, HostingLocation location, Try<Procedure> procedure) {

        String where() {
            return "verdict " + describe(verdict) + ", hosted " + location;
        }
    }

    @Test
    public void the_jurisdiction_its_law_and_its_agreement_speak_for_the_same_country() {
        CountryCode country = jurisdiction().country();
        assertThat(jurisdiction().name()).as("the jurisdiction's name").isNotBlank();
        assertThat(law.get().jurisdiction()).as("the law's country").isEqualTo(country);
        assertThat(agreement.get().jurisdiction()).as("the agreement's country").isEqualTo(country);
    }

    @Test
    public void the_questionnaire_asks_the_core_questions_first() {
        assertThat(law.get().questionnaire().questions().take(CoreQuestions.all().size()).toJavaList())
                .as("the first questions of the questionnaire")
                .isEqualTo(CoreQuestions.all().toJavaList());
    }

    @Test
    public void every_combination_of_answers_gets_exactly_one_verdict_on_every_day() {
        java.util.List<Assessment> all = assessments.get();
        int combinations = law.get().questionnaire().everyCombination().size();
        assertThat(all.size()).as("assessments made").isGreaterThanOrEqualTo(combinations * FIXED_DAYS.size());
        var violations = new Violations("every combination gets exactly one verdict, without an exception");
        for (Assessment assessment : all) {
            if (assessment.outcome().isFailure()) {
                violations.add(assessment.where() + ": threw " + assessment.outcome().getCause());
            } else {
                Classification classification = assessment.outcome().get();
                violations.check(classification.lawDate().equals(assessment.day()),
                        assessment.where() + ": the classification says it applied the law of " + classification.lawDate());
                violations.check(!classification.rule().isBlank(), assessment.where() + ": the verdict names no rule");
                violations.check(classification.ruleBook().equals(law.get().ruleBookVersion()), assessment.where()
                        + ": the verdict is stamped with rule book '" + classification.ruleBook() + "', but the law's is '"
                        + law.get().ruleBookVersion() + "'");
            }
        }
        violations.assertNone();
    }

    @Test
    public void classifying_the_same_facts_on_the_same_day_twice_gives_the_same_classification() {
        var violations = new Violations("classification is deterministic");
        for (Assessment assessment : successful()) {
            Try<Classification> again = Try.of(() -> law.get().classify(assessment.facts(), assessment.day()));
            violations.check(again.equals(assessment.outcome()), assessment.where() + ": first "
                    + assessment.outcome().get() + ", then " + again.fold(Throwable::toString, Object::toString));
        }
        violations.assertNone();
    }

    @Test
    public void an_illegal_verdict_rests_on_a_provision_in_force_on_the_day_of_assessment() {
        var violations = new Violations("an illegal verdict cites at least one provision in force on the day");
        for (Assessment assessment : successful()) {
            Verdict verdict = assessment.outcome().get().verdict();
            if (verdict instanceof Verdict.Illegal) {
                Verdict.Illegal illegal = (Verdict.Illegal) verdict;
                violations.check(illegal.references().exists(reference -> reference.inForceOn(assessment.day())),
                        assessment.where() + ": illegal under " + illegal.references() + ", none in force on that day");
            }
        }
        violations.assertNone();
    }

    @Test
    public void every_provision_a_verdict_cites_is_among_the_provisions_a_legal_adviser_may_rely_on() {
        List<StatuteReference> provisions = law.get().provisions();
        assertThat(law.get().ruleBookVersion()).as("the rule book's version").isNotBlank();
        assertThat(provisions.isEmpty()).as("the provisions of the law").isFalse();
        var violations = new Violations("the law lists every provision its verdicts cite, as cited");
        java.util.Set<StatuteReference> cited = new java.util.LinkedHashSet<>();
        for (Assessment assessment : successful()) {
            if (assessment.outcome().get().verdict() instanceof Verdict.Illegal illegal) {
                illegal.references().forEach(cited::add);
            }
        }
        for (StatuteReference reference : cited) {
            violations.check(provisions.contains(reference), reference + " is cited but not among the law's provisions: "
                    + provisions.map(StatuteReference::citation).mkString("; "));
        }
        violations.assertNone();
    }

    @Test
    public void the_baseline_flag_is_the_domain_s_own_and_no_adapter_changes_it() {
        var violations = new Violations("the baseline flag equals InterpolBaseline.applies(facts)");
        for (Assessment assessment : successful()) {
            boolean expected = InterpolBaseline.applies(assessment.facts());
            violations.check(assessment.outcome().get().baseline() == expected,
                    assessment.where() + ": baseline flag " + assessment.outcome().get().baseline()
                            + ", but the domain says " + expected);
        }
        violations.assertNone();
    }

    @Test
    public void baseline_material_is_illegal_on_every_day_from_2010() {
        var violations = new Violations("INTERPOL baseline material is illegal from " + BASELINE_ILLEGAL_FROM);
        List<Assessment> baseline = List.ofAll(successful()).filter(a -> InterpolBaseline.applies(a.facts())
                && !a.day().isBefore(BASELINE_ILLEGAL_FROM));
        assertThat(baseline.isEmpty()).as("baseline combinations among the assessments").isFalse();
        for (Assessment assessment : baseline) {
            Verdict verdict = assessment.outcome().get().verdict();
            violations.check(verdict instanceof Verdict.Illegal, assessment.where() + ": baseline material, but "
                    + describe(verdict) + " by rule " + assessment.outcome().get().rule());
        }
        violations.assertNone();
    }

    @Test
    public void every_verdict_and_every_hosting_location_has_a_procedure() {
        var violations = new Violations("the agreement has a procedure for every verdict and hosting location");
        for (Planned planned : procedures.get()) {
            if (planned.procedure().isFailure()) {
                violations.add(planned.where() + ": threw " + planned.procedure().getCause());
            } else {
                violations.check(planned.procedure().get() != null, planned.where() + ": no procedure");
            }
        }
        violations.assertNone();
    }

    @Test
    public void a_notice_to_a_host_waits_for_the_police_and_for_a_clearance() {
        var violations = new Violations("a notice to the host waits for a step that tells the police, for at least one"
                + " clearance, and for every clearance and police hold in its procedure");
        for (Planned planned : plannedProcedures()) {
            Procedure procedure = planned.procedure().get();
            List<Step> police = procedure.steps().filter(s -> s.kind() == StepKind.NOTIFY_POLICE);
            List<Step> clearances = procedure.steps().filter(s -> s.kind().isClearance());
            for (Step notice : procedure.steps().filter(s -> s.kind() == StepKind.SEND_NOTICE_TO_HOST)) {
                String where = planned.where() + ", procedure " + procedure.name() + ": the notice " + notice.id();
                violations.check(police.exists(p -> procedure.waitsFor(notice.id(), p.id())),
                        where + " does not wait for a step that tells the police");
                violations.check(!clearances.isEmpty(), where + " waits for no clearance (police clearance, police"
                        + " hold or judicial approval): it would go straight after the police are told");
                for (Step clearance : clearances) {
                    violations.check(procedure.waitsFor(notice.id(), clearance.id()),
                            where + " does not wait for the clearance " + clearance.id());
                }
            }
        }
        violations.assertNone();
    }

    @Test
    public void illegal_material_hosted_at_home_is_reported_to_the_police() {
        var violations = new Violations("the procedure for illegal material hosted at home tells the police");
        for (Planned planned : plannedProcedures().filter(p -> p.verdict() instanceof Verdict.Illegal
                && p.location() instanceof HostingLocation.Home)) {
            Procedure procedure = planned.procedure().get();
            violations.check(procedure.steps().exists(s -> s.kind() == StepKind.NOTIFY_POLICE),
                    planned.where() + ": procedure " + procedure.name() + " has no step that tells the police");
        }
        violations.assertNone();
    }

    @Test
    public void only_illegal_material_hosted_at_home_brings_a_notice_to_a_host() {
        var violations = new Violations("a notice goes to a host only for illegal material hosted at home: never for"
                + " material that is not illegal or awaits a legal review, nor for a host abroad or not yet traced");
        for (Planned planned : plannedProcedures().filter(p -> !(p.verdict() instanceof Verdict.Illegal
                && p.location() instanceof HostingLocation.Home))) {
            Procedure procedure = planned.procedure().get();
            procedure.notice().forEach(notice -> violations.add(planned.where() + ": procedure " + procedure.name()
                    + " sends the notice " + notice.id()));
        }
        violations.assertNone();
    }

    @Test
    public void the_adapter_uses_only_the_law_types_of_the_domain() {
        Class<?> adapter = jurisdiction().getClass();
        JavaClasses classes = LawAdapterDependencies.classesOf(adapter, JurisdictionContract.class);
        assertThat(classes.contain(adapter)).as("the adapter's classes include " + adapter.getName()).isTrue();
        LawAdapterDependencies.rule(adapter.getPackageName() + "..").check(classes);
    }

    @Test
    public void the_jurisdiction_is_registered_for_the_service_loader() {
        Class<?> adapter = jurisdiction().getClass();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> registered = List.ofAll(ServiceLoader.load(Jurisdiction.class, loader).stream())
                .map(provider -> provider.type().getName());
        assertThat(registered.toJavaList())
                .as("the providers of " + Jurisdiction.class.getName() + " registered in META-INF/services")
                .contains(adapter.getName());
    }

    private java.util.List<Assessment> successful() {
        return successful.get();
    }

    private List<Planned> plannedProcedures() {
        return procedures.get().filter(p -> p.procedure().isSuccess() && p.procedure().get() != null);
    }

    /**
     * Classifies every combination on the fixed days, then on the days around every statute reference the verdicts
     * cite, and again for the references those days bring, until no new day turns up (or for at most
     * {@link #MOST_ROUNDS_OF_DAYS} rounds).
     */
    private java.util.List<Assessment> assessEveryCombinationOnEveryDay() {
        List<Facts> combinations = law.get().questionnaire().everyCombination();
        NationalLaw classifying = law.get();
        java.util.List<Assessment> all = new java.util.ArrayList<>();
        SortedSet<LocalDate> tried = TreeSet.empty();
        Set<LocalDate> next = TreeSet.ofAll(FIXED_DAYS);
        for (int rounds = 0; rounds < MOST_ROUNDS_OF_DAYS && !next.isEmpty(); rounds++) {
            java.util.Set<StatuteReference> cited = new java.util.HashSet<>();
            for (LocalDate day : next) {
                for (Facts facts : combinations) {
                    Try<Classification> outcome = Try.of(() -> classifying.classify(facts, day));
                    all.add(new Assessment(facts, day, outcome));
                    outcome.filter(c -> c.verdict() instanceof Verdict.Illegal)
                            .forEach(c -> ((Verdict.Illegal) c.verdict()).references().forEach(cited::add));
                }
            }
            tried = tried.addAll(next);
            next = io.vavr.collection.HashSet.ofAll(cited).flatMap(JurisdictionContract::daysAround).diff(tried);
        }
        return all;
    }

    private static Set<LocalDate> daysAround(StatuteReference reference) {
        Set<LocalDate> days = TreeSet.of(reference.effectiveFrom(), reference.effectiveFrom().minusDays(1));
        return reference.effectiveUntil().fold(() -> days, until -> days.add(until).add(until.plusDays(1)));
    }

    private List<Planned> planEveryVerdictAndLocation() {
        java.util.Set<Verdict> given = new java.util.LinkedHashSet<>();
        successful().forEach(a -> given.add(a.outcome().get().verdict()));
        List<Verdict> verdicts = List.ofAll(given).appendAll(ONE_OF_EACH_KIND);
        return verdicts.flatMap(verdict -> LOCATIONS.map(location ->
                new Planned(verdict, location, Try.of(() -> agreement.get().procedureFor(verdict, location)))));
    }

    private static String describe(Facts facts) {
        return "facts {" + facts.asAnswers().map(answer -> answer._1 + "=" + answer._2).mkString(", ") + "}";
    }

    private static String describe(Verdict verdict) {
        String references = verdict instanceof Verdict.Illegal ? " " + ((Verdict.Illegal) verdict).references() : "";
        return verdict.kind() + references + " (" + verdict.reason() + ")";
    }
}
