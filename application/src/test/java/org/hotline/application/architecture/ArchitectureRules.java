package org.hotline.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.hotline.domain.jurisdiction.contract.LawAdapterDependencies;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.archunit.JMoleculesArchitectureRules;

/**
 * The rules the build enforces on the shape of the code. Each rule comes with the predicate that selects the
 * classes it speaks about, so that a test can prove the selection is not empty: a rule about no classes passes
 * silently, and a misspelt package name would make it do so.
 */
final class ArchitectureRules {

    static final String DOMAIN = "org.hotline.domain..";
    /** The one domain package allowed ICU4J, by the exception in {@link #domainIsPure()}. */
    static final String DOMAIN_ADDRESSES = "org.hotline.domain.address..";
    static final String APPLICATION = "org.hotline.application..";
    static final String ADAPTERS = "org.hotline.adapters..";
    static final String LAW_ADAPTERS = "org.hotline.adapters.law..";
    /** One slice per adapter module: persistence, web, capture, trace, mail, exchange, rdap, and law (all countries together). */
    static final String ADAPTER_SLICES = "org.hotline.adapters.(*)..";
    /** One slice per country's law adapter: be, uk, and whatever country is added next. */
    static final String LAW_ADAPTER_SLICES = "org.hotline.adapters.law.(*)..";
    /** One slice per domain package: report, assessment, audit, staff, and whatever concept is added next. */
    static final String DOMAIN_SLICES = "org.hotline.domain.(*)..";

    private ArchitectureRules() {
    }

    /**
     * The domain depends on the JDK, Vavr and jMolecules, and on nothing else, with one named exception: web
     * addresses ({@value #DOMAIN_ADDRESSES}) may use ICU4J ({@code com.ibm.icu..}). Reading internationalised host
     * names as browsers do is UTS #46, pure computation over Unicode's tables (no I/O, no clock, no state), and ICU4J
     * is its maintained implementation; the JDK's {@code java.net.IDN} is IDNA2003 of Unicode 3.2 and merges
     * different sites. A port would put the rule that decides which reports are one case outside the domain.
     */
    static ArchRule domainIsPure() {
        ArchRule outsideAddresses = classes().that().resideInAPackage(DOMAIN).and().resideOutsideOfPackage(DOMAIN_ADDRESSES)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.jmolecules..", DOMAIN)
                .because("the domain is pure: frameworks and technology live in adapters");
        ArchRule addresses = classes().that().resideInAPackage(DOMAIN_ADDRESSES)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.jmolecules..", DOMAIN,
                        "com.ibm.icu..")
                .because("canonical addresses follow UTS #46, which ICU4J computes purely (the named exception)");
        return CompositeArchRule.of(outsideAddresses).and(addresses);
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

    /** Adapter modules found by pattern, so that a new one is checked without being listed anywhere. */
    static ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(ADAPTER_SLICES).namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("adapters meet only in the application, through the domain's ports");
    }

    /** Countries found by pattern: a new country's adapter is checked the moment its package exists. */
    static ArchRule lawAdaptersDoNotDependOnEachOther() {
        return slices().matching(LAW_ADAPTER_SLICES).namingSlices("law adapter $1")
                .should().notDependOnEachOther()
                .because("each country is one module that knows no other country");
    }

    /** The same rule the contract kit applies to each adapter's own classes, over every law adapter at once. */
    static ArchRule lawAdaptersUseTheLawTypesOnly() {
        return LawAdapterDependencies.rule(LAW_ADAPTERS);
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

    /**
     * jMolecules' hexagonal rules over the domain and every adapter, by their annotations: ports are
     * {@code @PrimaryPort} (what the program offers) or {@code @SecondaryPort} (what it needs); the web is a primary
     * adapter, and so are the hub's routes of the exchange; persistence, capture, trace, mail, rdap, the exchange's client
     * and the law adapters are secondary ones; the web's cryptography is an
     * adapter on both sides ({@code RandomTokens} for the web's forms, {@code SecureTokens} and {@code Argon2idHasher}
     * behind the domain's secondary ports). A primary adapter uses primary ports only, a secondary adapter implements
     * secondary ports, no port knows an adapter, and adapters meet only through an unqualified adapter (lenient depth:
     * a primary or secondary adapter may use one, as {@code SecureTokens} uses {@code RandomTokens}). The core's own
     * types (cases, verdicts, refusals) carry no stereotype, so every part may use them (ports are made of them);
     * {@link #adaptersUseNoDomainService()} keeps adapters from the services, {@link #domainDoesNotKnowItsAdapters()}
     * the core from the adapters. The application module, the composition root that plugs adapters into ports, is
     * outside the hexagon and not checked here.
     */
    static ArchRule hexagonal() {
        return JMoleculesArchitectureRules.ensureHexagonal(JMoleculesArchitectureRules.VerificationDepth.LENIENT);
    }

    /** Domain packages found by pattern: a concept may use another, but never round a circle back to itself. */
    static ArchRule domainPackagesAreFreeOfCycles() {
        return slices().matching(DOMAIN_SLICES).namingSlices("domain package $1")
                .should().beFreeOfCycles()
                .because("each concept of the domain can be read, tested and moved starting from the ones it uses");
    }

    /**
     * Adapters reach the domain through its ports and value types; a domain service (a class that implements a primary
     * port) is the application's to construct and wire, never an adapter's to call, extend or take constants from.
     */
    static ArchRule adaptersUseNoDomainService() {
        return noClasses().that().resideInAPackage(ADAPTERS)
                .should().dependOnClassesThat(domainServices())
                .because("an adapter sees the port a service implements, so that the service can change behind it");
    }

    /** Domain classes that implement a primary port: the services behind the ports. */
    static DescribedPredicate<JavaClass> domainServices() {
        return DescribedPredicate.describe("domain services (classes that implement a primary port)", type ->
                type.getPackageName().startsWith("org.hotline.domain") && !type.isInterface()
                        && type.getAllRawInterfaces().stream().anyMatch(port -> port.isAnnotatedWith(PrimaryPort.class)));
    }

    /** The most lines a method or constructor may span; longer ones become named steps. */
    static final int LONGEST_METHOD = 50;

    /**
     * No method or constructor of the program spans more than {@link #LONGEST_METHOD} lines, counted from the class
     * file's line numbers: from the first line the code unit compiles from to the last line of anything it calls or
     * reads, its lambdas' bodies included (ArchUnit gives a lambda's accesses to the method that declares it). Static
     * initialisers are left out: they are the class's constant tables (a rule book, a switch map the compiler writes),
     * spread over the class wherever its constants are declared.
     */
    static ArchRule methodsAreShort() {
        return codeUnits().that().areDeclaredInClassesThat().resideInAPackage("org.hotline..")
                .and().doNotHaveName(JavaStaticInitializer.STATIC_INITIALIZER_NAME)
                .should(spanAtMost(LONGEST_METHOD))
                .because("a long method hides its steps; named steps say what it does");
    }

    private static ArchCondition<JavaCodeUnit> spanAtMost(int lines) {
        return new ArchCondition<>("span at most " + lines + " lines") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                int span = span(unit);
                if (span > lines) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " spans " + span + " lines "
                            + unit.getSourceCodeLocation()));
                }
            }
        };
    }

    /** Lines from the first the code unit compiles from to the last of its accesses; 0 when it has no code. */
    static int span(JavaCodeUnit unit) {
        int first = unit.getSourceCodeLocation().getLineNumber();
        int last = unit.getAccessesFromSelf().stream().mapToInt(JavaAccess::getLineNumber).max().orElse(first);
        int firstAccess = unit.getAccessesFromSelf().stream().mapToInt(JavaAccess::getLineNumber).min().orElse(first);
        int start = first == 0 ? firstAccess : Math.min(first, firstAccess);
        return last - start + 1;
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
