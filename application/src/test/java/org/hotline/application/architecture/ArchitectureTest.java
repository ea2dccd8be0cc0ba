package org.hotline.application.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.Slices;
import org.jmolecules.architecture.hexagonal.Adapter;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Enforces the hexagon: a pure domain, adapters that never meet but in the application, law adapters that know the
 * domain alone. Every rule's subject is proven non-empty, and the negative test shows a rule firing.
 */
class ArchitectureTest {

    /** Production classes only: test sources, and the domain's test-jar of in-memory ports, are not the product. */
    private static final ImportOption PRODUCTION_ONLY = location ->
            new ImportOption.DoNotIncludeTests().includes(location) && !location.contains("-tests.jar");

    private static JavaClasses production;
    /** The hexagon: the domain and the adapters, without the application that wires them together. */
    private static JavaClasses hexagon;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages("org.hotline");
        hexagon = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages("org.hotline.domain",
                "org.hotline.adapters");
    }

    record Subject(String name, ArchRule rule, String packagePattern) {
    }

    static List<Subject> subjects() {
        var subjects = new java.util.ArrayList<Subject>();
        subjects.add(new Subject("domain is pure", ArchitectureRules.domainIsPure(), ArchitectureRules.DOMAIN));
        subjects.add(new Subject("ICU4J only for web addresses", ArchitectureRules.domainIsPure(),
                ArchitectureRules.DOMAIN_ADDRESSES));
        subjects.add(new Subject("domain does no I/O", ArchitectureRules.domainDoesNoIo(), ArchitectureRules.DOMAIN));
        subjects.add(new Subject("domain never reads the clock or randomness",
                ArchitectureRules.domainNeverReadsTheClockOrRandomness(), ArchitectureRules.DOMAIN));
        subjects.add(new Subject("domain does not know its adapters", ArchitectureRules.domainDoesNotKnowItsAdapters(),
                ArchitectureRules.DOMAIN));
        subjects.add(new Subject("only the application sees the application",
                ArchitectureRules.onlyTheApplicationSeesTheApplication(), ArchitectureRules.APPLICATION));
        subjects.add(new Subject("jMolecules DDD rules", JMoleculesDddRules.all(), ArchitectureRules.DOMAIN));
        subjects.add(new Subject("adapters do not depend on each other", ArchitectureRules.adaptersDoNotDependOnEachOther(),
                ArchitectureRules.ADAPTERS));
        subjects.add(new Subject("law adapters do not depend on each other",
                ArchitectureRules.lawAdaptersDoNotDependOnEachOther(), ArchitectureRules.LAW_ADAPTERS));
        subjects.add(new Subject("law adapters use the law types only", ArchitectureRules.lawAdaptersUseTheLawTypesOnly(),
                ArchitectureRules.LAW_ADAPTERS));
        subjects.add(new Subject("domain packages are free of cycles", ArchitectureRules.domainPackagesAreFreeOfCycles(),
                ArchitectureRules.DOMAIN));
        subjects.add(new Subject("adapters use no domain service", ArchitectureRules.adaptersUseNoDomainService(),
                ArchitectureRules.ADAPTERS));
        subjects.add(new Subject("methods are short", ArchitectureRules.methodsAreShort(), "org.hotline.."));
        return subjects;
    }

    @TestFactory
    Stream<DynamicTest> every_rule_holds() {
        return subjects().stream().map(subject -> DynamicTest.dynamicTest(subject.name(),
                () -> subject.rule().check(production)));
    }

    @TestFactory
    Stream<DynamicTest> every_rule_speaks_about_some_classes() {
        return subjects().stream().map(subject -> DynamicTest.dynamicTest(subject.name(), () ->
                assertThat(production.that(ArchitectureRules.inPackage(subject.packagePattern())))
                        .as("classes in " + subject.packagePattern())
                        .isNotEmpty()));
    }

    @Test
    void the_slices_find_every_adapter_module_and_every_country_without_a_list() {
        assertThat(slicesOf(ArchitectureRules.ADAPTER_SLICES)).contains("persistence", "web", "law", "exchange", "mail", "rdap");
        assertThat(slicesOf(ArchitectureRules.LAW_ADAPTER_SLICES)).contains("be", "uk");
        assertThat(slicesOf(ArchitectureRules.DOMAIN_SLICES)).contains("report", "assessment", "audit", "staff", "law");
    }

    @Test
    void the_hexagonal_rules_hold_over_the_domain_and_every_adapter() {
        ArchitectureRules.hexagonal().check(hexagon);
    }

    @Test
    void every_part_of_the_hexagon_carries_its_stereotype_for_the_rules_to_check() {
        assertThat(stereotype("org.hotline.domain.partner.RecognisePartner")).isEqualTo(PrimaryPort.class);
        assertThat(stereotype("org.hotline.domain.Tokens")).isEqualTo(SecondaryPort.class);
        assertThat(stereotype("org.hotline.adapters.web.WebServer")).isEqualTo(PrimaryAdapter.class);
        assertThat(stereotype("org.hotline.adapters.exchange.hub.HubServer")).isEqualTo(PrimaryAdapter.class);
        assertThat(stereotype("org.hotline.adapters.exchange.wire.Wire")).isEqualTo(Adapter.class);
        assertThat(stereotype("org.hotline.domain.exchange.HubDesk")).isEqualTo(PrimaryPort.class);
        assertThat(stereotype("org.hotline.domain.exchange.HubConnection")).isEqualTo(SecondaryPort.class);
        assertThat(stereotype("org.hotline.adapters.web.security.RandomTokens")).isEqualTo(Adapter.class);
        assertThat(stereotype("org.hotline.adapters.web.security.SecureTokens")).isEqualTo(SecondaryAdapter.class);
        assertThat(stereotype("org.hotline.domain.report.Case")).as("the core's own types: what every part may use")
                .isEqualTo(Annotation.class);
        for (String secondary : List.of("org.hotline.adapters.persistence.PostgresCases",
                "org.hotline.adapters.capture.image.ImageFingerprinter", "org.hotline.adapters.trace.dns.DnsjavaResolver",
                "org.hotline.adapters.law.be.Belgium", "org.hotline.adapters.law.uk.UnitedKingdom",
                "org.hotline.adapters.mail.SmtpNoticeSender", "org.hotline.adapters.exchange.client.HubClient",
                "org.hotline.adapters.rdap.RdapDirectory")) {
            assertThat(stereotype(secondary)).as(secondary).isEqualTo(SecondaryAdapter.class);
        }
    }

    @Test
    void the_hexagonal_and_service_rules_fire_on_a_deliberately_leaky_adapter() {
        JavaClasses bad = new ClassFileImporter().importPackages("org.hotline.adapters.deliberatelybad");
        assertThat(bad).isNotEmpty();

        EvaluationResult hexagonal = ArchitectureRules.hexagonal().evaluate(bad);
        assertThat(hexagonal.getFailureReport().getDetails()).as("a primary adapter drawing on a secondary port")
                .anySatisfy(detail -> assertThat(detail).contains("LeakyPage").contains("org.hotline.domain.Tokens"));

        EvaluationResult services = ArchitectureRules.adaptersUseNoDomainService().evaluate(bad);
        assertThat(services.getFailureReport().getDetails()).as("an adapter holding a domain service")
                .isNotEmpty().allSatisfy(detail -> assertThat(detail).contains("org.hotline.domain.partner.PartnerRegistry"));
        assertThat(production.that(ArchitectureRules.domainServices())).as("the services the rule keeps adapters from")
                .anyMatch(type -> type.getSimpleName().equals("Welfare"))
                .allMatch(type -> type.getPackageName().startsWith("org.hotline.domain"));
    }

    @Test
    void the_cycle_rule_fires_on_two_domain_packages_that_use_each_other() {
        JavaClasses bad = new ClassFileImporter().importPackages("org.hotline.domain.deliberatelybad",
                "org.hotline.domain.deliberatelycyclic");

        EvaluationResult cycles = ArchitectureRules.domainPackagesAreFreeOfCycles().evaluate(bad);
        assertThat(cycles.getFailureReport().getDetails()).singleElement().asString()
                .contains("domain package deliberatelybad").contains("domain package deliberatelycyclic");
    }

    @Test
    void the_length_rule_measures_lambdas_with_their_method_and_fires_on_a_long_one() {
        JavaClasses bad = new ClassFileImporter().importPackages("org.hotline.deliberatelylong");
        var unit = bad.get(org.hotline.deliberatelylong.LongWinded.class).getMethod("tooLong");
        var lambda = bad.get(org.hotline.deliberatelylong.LongWinded.class).getMethod("shortButItsLambdaIsLong");
        assertThat(ArchitectureRules.span(unit)).isEqualTo(53);
        assertThat(ArchitectureRules.span(lambda)).isGreaterThan(ArchitectureRules.LONGEST_METHOD);

        EvaluationResult result = ArchitectureRules.methodsAreShort().evaluate(bad);
        assertThat(result.getFailureReport().getDetails()).as("the long method and the one whose lambda is long")
                .hasSize(2)
                .anySatisfy(detail -> assertThat(detail).contains("LongWinded.tooLong()").contains("spans 53 lines"))
                .anySatisfy(detail -> assertThat(detail).contains("shortButItsLambdaIsLong"));
        assertThat(result.getFailureReport().getDetails()).noneSatisfy(detail -> assertThat(detail).contains("justRight"));
    }

    /** The hexagonal stereotype of a class: its own annotation, else its package's or the nearest enclosing package's. */
    private static Class<? extends Annotation> stereotype(String className) {
        JavaClass type = hexagon.get(className);
        List<Class<? extends Annotation>> stereotypes = List.of(PrimaryPort.class, SecondaryPort.class,
                PrimaryAdapter.class, SecondaryAdapter.class, Adapter.class);
        for (var annotation : stereotypes) {
            if (type.isAnnotatedWith(annotation)) {
                return annotation;
            }
        }
        for (var pkg = java.util.Optional.of(type.getPackage()); pkg.isPresent(); pkg = pkg.get().getParent()) {
            for (var annotation : stereotypes) {
                if (pkg.get().isAnnotatedWith(annotation)) {
                    return annotation;
                }
            }
        }
        return Annotation.class;
    }

    @Test
    void the_law_adapter_rules_fire_on_a_country_that_uses_another_country_and_the_case_work() {
        JavaClasses bad = new ClassFileImporter().importPackages("org.hotline.adapters.law.deliberatelybad",
                "org.hotline.adapters.law.neighbourland");
        assertThat(bad).hasSizeGreaterThanOrEqualTo(2);

        EvaluationResult otherCountry = ArchitectureRules.lawAdaptersDoNotDependOnEachOther().evaluate(bad);
        assertThat(otherCountry.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail)
                .contains("law adapter deliberatelybad").contains("Neighbourland"));

        EvaluationResult casework = ArchitectureRules.lawAdaptersUseTheLawTypesOnly().evaluate(bad);
        assertThat(casework.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail)
                .contains("org.hotline.domain.assessment.AssessmentDesk"));
    }

    private static java.util.Set<String> slicesOf(String pattern) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Slice slice : Slices.matching(pattern).transform(production)) {
            names.add(slice.getNamePart(1));
        }
        return names;
    }

    @Test
    void the_domain_has_aggregates_for_the_ddd_rules_to_check() {
        assertThat(production.that(ArchitectureRules.inPackage(ArchitectureRules.DOMAIN)))
                .anyMatch(c -> c.isAnnotatedWith(org.jmolecules.ddd.annotation.AggregateRoot.class));
    }

    @Test
    void the_purity_rules_fire_on_a_deliberately_impure_domain_class() {
        JavaClasses bad = new ClassFileImporter().importPackages("org.hotline.domain.deliberatelybad");
        assertThat(bad).isNotEmpty();

        EvaluationResult clock = ArchitectureRules.domainNeverReadsTheClockOrRandomness().evaluate(bad);
        assertThat(clock.getFailureReport().getDetails())
                .singleElement().asString().contains("Instant.now()");

        EvaluationResult io = ArchitectureRules.domainDoesNoIo().evaluate(bad);
        assertThat(io.hasViolation()).isTrue();
        assertThat(io.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail).contains("java.nio.file.Files"));

        EvaluationResult purity = ArchitectureRules.domainIsPure().allowEmptyShould(true).evaluate(bad);
        assertThat(purity.getFailureReport().getDetails())
                .as("ICU4J is allowed to web addresses only")
                .anySatisfy(detail -> assertThat(detail).contains("com.ibm.icu.text.IDNA"));
    }
}
