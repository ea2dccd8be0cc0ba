package org.hotline.domain.jurisdiction.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.net.URL;
import java.util.stream.Stream;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.vavr.collection.List;

/**
 * What a law adapter may depend on: the JDK, Vavr and jMolecules, the domain's shared value types (the package
 * {@code org.hotline.domain} itself, such as {@code CountryCode}), the law types ({@code org.hotline.domain.law}),
 * takedown and the plug-in interface ({@code org.hotline.domain.jurisdiction}), and its own package. Never the
 * case-work services, other adapters, or the application. The contract kit checks every adapter's own classes with
 * this rule, and the application's architecture rules check every law adapter on the class path with it.
 */
public final class LawAdapterDependencies {

    /** The packages a law adapter may use besides its own, as ArchUnit package patterns. */
    public static final List<String> ALLOWED = List.of("java..", "io.vavr..", "org.jmolecules..", "org.hotline.domain",
            "org.hotline.domain.law..", "org.hotline.domain.takedown..", "org.hotline.domain.jurisdiction..");

    private LawAdapterDependencies() {
    }

    /** The rule for the classes in {@code adapterPackages} (a package pattern such as {@code org.hotline.adapters.law..}). */
    public static ArchRule rule(String adapterPackages) {
        String[] allowed = Stream.concat(ALLOWED.toJavaStream(), Stream.of(adapterPackages)).toArray(String[]::new);
        return classes().that().resideInAPackage(adapterPackages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("a law adapter uses the domain's law types only, so that a country is added by one module"
                        + " that knows nothing of the case-work, the other adapters or the application");
    }

    /**
     * The classes of the module (directory or jar) that holds {@code adapter}, in its package and below, leaving out
     * the contract kit's subclasses: the adapter's production classes, or, for a country that exists only in tests,
     * its classes without the test that runs the kit on it.
     */
    static JavaClasses classesOf(Class<?> adapter, Class<?> kit) {
        // The rule reads the names of the classes depended on; reading those classes too would only cost time.
        JavaClasses module = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importLocations(java.util.List.of(Location.of(locationOf(adapter))));
        });
        DescribedPredicate<JavaClass> ofAdapter = JavaClass.Predicates.resideInAPackage(adapter.getPackageName() + "..")
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(kit)));
        return module.that(ofAdapter);
    }

    private static URL locationOf(Class<?> adapter) {
        return adapter.getProtectionDomain().getCodeSource().getLocation();
    }
}
