package org.hotline.application.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.Slices;
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

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages("org.hotline");
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
        assertThat(slicesOf(ArchitectureRules.ADAPTER_SLICES)).contains("persistence", "web", "law");
        assertThat(slicesOf(ArchitectureRules.LAW_ADAPTER_SLICES)).contains("be", "uk");
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
