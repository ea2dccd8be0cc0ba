package org.hotline.adapters.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import org.hotline.domain.FieldError;

/**
 * The words of the pages in one language, from the {@code i18n/messages} bundle. A hotline adds a language by
 * adding a {@code messages_xx.properties} file; a key missing from it falls back to English.
 */
public final class Messages {

    private static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final List<Alternative> alternatives;

    /** The same page in another language: its code, its name in that language, and the link that switches to it. */
    public record Alternative(String language, String name, String href) {
    }

    private Messages(ResourceBundle bundle, Locale locale, List<Alternative> alternatives) {
        this.bundle = bundle;
        this.locale = locale;
        this.alternatives = List.copyOf(alternatives);
    }

    public static Messages in(Locale locale) {
        return in(locale, Messages.class.getClassLoader(), List.of());
    }

    static Messages in(Locale locale, ClassLoader bundles, List<Alternative> alternatives) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, bundles, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.getLocale().getLanguage().equals(locale.getLanguage()) && !locale.getLanguage().equals("en")) {
            throw new IllegalArgumentException("there is no messages_" + locale.getLanguage() + ".properties bundle");
        }
        return new Messages(bundle, locale, alternatives);
    }

    /** The other languages this page is offered in. */
    public List<Alternative> alternatives() {
        return alternatives;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag for the page's {@code lang} attribute. */
    public String language() {
        return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** A field error in this language where the bundle has its code, else the domain's English detail. */
    public String error(FieldError error) {
        String key = "error." + error.code();
        return bundle.containsKey(key) ? bundle.getString(key) : error.detail();
    }
}
