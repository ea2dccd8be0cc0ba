package org.hotline.application;

import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hotline.domain.CountryCode;
import org.hotline.domain.jurisdiction.Jurisdiction;
import org.hotline.domain.jurisdiction.JurisdictionSettings;
import org.hotline.domain.law.CooperationAgreement;
import org.hotline.domain.law.NationalLaw;

/**
 * Finds the law adapters through {@link ServiceLoader}, on the class path and in the plug-in directory, and picks the
 * home jurisdiction's. The program knows no country by name: a country is present when its adapter is, and none is
 * the default. With {@code HOTLINE_JURISDICTION} unset, the one adapter present is used; with several, the program
 * refuses to guess.
 */
final class Jurisdictions {

    /** Environment variables that start with this are settings for the law adapters. */
    static final String SETTINGS_PREFIX = "HOTLINE_LAW_";

    private final Map<CountryCode, Jurisdiction> available;

    private Jurisdictions(Map<CountryCode, Jurisdiction> available) {
        this.available = available;
    }

    /** The adapters built in and those in the configured plug-in directory. */
    static Jurisdictions discover(Configuration configuration) {
        return discover(Plugins.loader(configuration.pluginsDirectory(), Jurisdictions.class.getClassLoader()));
    }

    static Jurisdictions discover(ClassLoader classLoader) {
        return of(ServiceLoader.load(Jurisdiction.class, classLoader));
    }

    /** The given adapters; refused when two claim one country. */
    static Jurisdictions of(Iterable<Jurisdiction> adapters) {
        Map<CountryCode, Jurisdiction> found = new TreeMap<>(java.util.Comparator.comparing(CountryCode::value));
        for (Jurisdiction jurisdiction : adapters) {
            Jurisdiction earlier = found.put(jurisdiction.country(), jurisdiction);
            if (earlier != null) {
                throw new IllegalStateException("Two law adapters claim " + jurisdiction.country() + ": "
                        + earlier.getClass().getName() + " and " + jurisdiction.getClass().getName() + ". Keep one.");
            }
        }
        return new Jurisdictions(found);
    }

    Map<CountryCode, Jurisdiction> available() {
        return available;
    }

    /**
     * The home jurisdiction's law and agreement: the configured country's, or, when none is configured, the only
     * adapter's. Refuses clearly when the country has no adapter, or none is configured and there is not exactly one.
     */
    Home home(java.util.Optional<CountryCode> configured, JurisdictionSettings settings) {
        if (configured.isPresent()) {
            return home(configured.get(), settings);
        }
        if (available.size() != 1) {
            throw new IllegalStateException("HOTLINE_JURISDICTION is not set, and "
                    + (available.isEmpty() ? "no law adapter was found at all."
                            : available.size() + " law adapters are present: " + describe() + ".")
                    + " Set HOTLINE_JURISDICTION to the country whose law the hotline applies.");
        }
        return home(available.keySet().iterator().next(), settings);
    }

    /** The country's law and agreement; refuses clearly when there is no adapter for it. */
    Home home(CountryCode country, JurisdictionSettings settings) {
        Jurisdiction jurisdiction = available.get(country);
        if (jurisdiction == null) {
            throw new IllegalStateException("There is no law adapter for the jurisdiction " + country + ". "
                    + (available.isEmpty() ? "No law adapter was found at all." : "Law adapters found: " + describe() + ".")
                    + " Set HOTLINE_JURISDICTION to one of them, or add the adapter module for " + country + ".");
        }
        return new Home(jurisdiction, jurisdiction.law(settings), jurisdiction.agreement(settings));
    }

    String describe() {
        return available.values().stream().map(j -> j.country() + " (" + j.name() + ")").collect(Collectors.joining(", "));
    }

    /** The settings for law adapters from the environment: HOTLINE_LAW_UK_S46A_COMMENCEMENT becomes uk.s46a.commencement. */
    static JurisdictionSettings settingsFrom(Map<String, String> environment) {
        var values = io.vavr.collection.TreeMap.<String, String>empty();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (variable.getKey().startsWith(SETTINGS_PREFIX)) {
                String key = variable.getKey().substring(SETTINGS_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                values = values.put(key, variable.getValue());
            }
        }
        return new JurisdictionSettings(values);
    }

    /** The home jurisdiction, ready to use. */
    record Home(Jurisdiction jurisdiction, NationalLaw law, CooperationAgreement agreement) {
    }
}
