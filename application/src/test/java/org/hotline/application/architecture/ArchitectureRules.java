package org.hotline.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules the build enforces on the shape of the code. Each rule comes with the predicate that selects the
 * classes it speaks about, so that a test can prove the selection is not empty: a rule about no classes passes
 * silently, and a misspelt package name would make it do so.
 */
final class ArchitectureRules {

    static final String DOMAIN = "org.hotline.domain..";
    static final String APPLICATION = "org.hotline.application..";
    static final String ADAPTERS = "org.hotline.adapters..";
    static final List<String> ADAPTER_PACKAGES = List.of(
            "org.hotline.adapters.persistence..",
            "org.hotline.adapters.web..",
            "org.hotline.adapters.law.be..",
            "org.hotline.adapters.law.uk..",
            "org.hotline.adapters.trace..");
    static final List<String> LAW_ADAPTER_PACKAGES = List.of("org.hotline.adapters.law.be..", "org.hotline.adapters.law.uk..");

    private ArchitectureRules() {
    }

    /** The domain depends on the JDK, Vavr and jMolecules, and on nothing else. */
    static ArchRule domainIsPure() {
        return classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.jmolecules..", DOMAIN)
                .because("the domain is pure: frameworks and technology live in adapters");
    }

    /** Within the JDK, the domain stays away from input and output. */
    static ArchRule domainDoesNoIo() {
        return noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..",
                        "java.net.http..", "java.sql..", "javax..", "java.lang.reflect..", "java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
                .because("the domain does no I/O: ports do");
    }

    /** Time and randomness come in through ports, so every decision can be replayed. */
    static ArchRule domainNeverReadsTheClockOrRandomness() {
        return classes().that().resideInAPackage(DOMAIN)
                .should(neverCallTheSystemClockOrRandomness())
                .because("time comes from the Clock port and identifiers from the Identities port");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String adapter) {
        String[] others = ADAPTER_PACKAGES.stream().filter(p -> !p.equals(adapter)).toArray(String[]::new);
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("adapters meet only in the application, through the domain's ports");
    }

    static ArchRule lawAdapterDependsOnDomainOnly(String lawAdapter) {
        return classes().that().resideInAPackage(lawAdapter)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.jmolecules..", DOMAIN, lawAdapter)
                .because("a country is added by one module that knows the domain and nothing else");
    }

    static ArchRule onlyTheApplicationSeesTheApplication() {
        return noClasses().that().resideOutsideOfPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAPackage(APPLICATION)
                .because("the application is the composition root: it sees all, nothing sees it");
    }

    static ArchRule domainDoesNotKnowItsAdapters() {
        return noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, APPLICATION)
                .because("dependencies point inwards");
    }

    static DescribedPredicate<JavaClass> inPackage(String packagePattern) {
        return JavaClass.Predicates.resideInAPackage(packagePattern);
    }

    private static ArchCondition<JavaClass> neverCallTheSystemClockOrRandomness() {
        return new ArchCondition<>("never read the system clock or draw randomness") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean clock = name.equals("now") && owner.startsWith("java.time.");
                    boolean system = owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                    boolean random = (owner.equals("java.util.UUID") && name.equals("randomUUID"))
                            || owner.equals("java.util.Random") || owner.equals("java.security.SecureRandom")
                            || (owner.equals("java.lang.Math") && name.equals("random"));
                    if (clock || system || random) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
