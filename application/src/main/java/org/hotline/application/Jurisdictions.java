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
 * Finds the law adapters on the class path through {@link ServiceLoader} and picks the home jurisdiction's. The
 * program knows no country by name: a country is present when its adapter module is.
 */
final class Jurisdictions {

    /** Environment variables that start with this are settings for the law adapters. */
    static final String SETTINGS_PREFIX = "HOTLINE_LAW_";

    private final Map<CountryCode, Jurisdiction> available;

    private Jurisdictions(Map<CountryCode, Jurisdiction> available) {
        this.available = available;
    }

    static Jurisdictions discover(ClassLoader classLoader) {
        Map<CountryCode, Jurisdiction> found = new TreeMap<>(java.util.Comparator.comparing(CountryCode::value));
        for (Jurisdiction jurisdiction : ServiceLoader.load(Jurisdiction.class, classLoader)) {
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

    /** The home jurisdiction's law and agreement; refuses clearly when there is no adapter for it. */
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
