package org.hotline.adapters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Chooses the language of each page: the one a visitor picked with the switch ({@code ?lang=nl}, remembered in a
 * cookie), else the best match for the browser's {@code Accept-Language}, else the hotline's first language. A
 * signed-in member's own choice, kept with their account, comes before the cookie and the browser. The
 * languages offered are configured; each needs a {@code messages_xx.properties} bundle, on the class path or in a
 * directory the operator names, so a hotline adds a language without changing code.
 */
public final class Languages {

    static final String COOKIE = "hotline_lang";
    static final String PARAMETER = "lang";
    private static final String ATTRIBUTE = Languages.class.getName();

    private final List<Locale> offered;
    private final ClassLoader bundles;

    public Languages(List<Locale> offered, Optional<Path> bundleDirectory) {
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("at least one language is offered");
        }
        this.offered = List.copyOf(offered);
        this.bundles = bundleDirectory.map(Languages::loaderOver).orElse(Languages.class.getClassLoader());
        for (Locale language : this.offered) {
            Messages.in(language, bundles, List.of());
        }
    }

    /** The languages bundled with the program: English, Dutch and French (Belgium's hotline serves both communities). */
    public static Languages bundled() {
        return new Languages(List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH), Optional.empty());
    }

    public List<Locale> offered() {
        return offered;
    }

    /** Remembers a switch, and makes the chosen language available to {@link #messagesFor(Context)}. */
    void choose(Context ctx) {
        Locale chosen = fromSwitch(ctx).orElseGet(() -> fromCookie(ctx).orElseGet(() -> fromBrowser(ctx)));
        ctx.attribute(ATTRIBUTE, Messages.in(chosen, bundles, alternatives(ctx, chosen)));
    }

    /**
     * Once the gate has recognised a signed-in member: the language they chose on their account page, if it is still
     * offered, over the cookie and the browser. The switch on this very request still wins, for this page.
     */
    void followMember(Context ctx) {
        if (offeredMatching(ctx.queryParam(PARAMETER)).isPresent()) {
            return;
        }
        SignedInStaff.language(ctx).flatMap(this::offeredMatching).ifPresent(chosen ->
                ctx.attribute(ATTRIBUTE, Messages.in(chosen, bundles, alternatives(ctx, chosen))));
    }

    /** The offered language of this code, if one is. */
    Optional<Locale> offered(String code) {
        return offeredMatching(code);
    }

    /** A language's name in itself, capitalised as a choice in a list: Nederlands, Français. */
    static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The words of the page in the language chosen for this request. */
    static Messages messagesFor(Context ctx) {
        Messages chosen = ctx.attribute(ATTRIBUTE);
        return chosen != null ? chosen : Messages.in(Locale.ENGLISH);
    }

    private Optional<Locale> fromSwitch(Context ctx) {
        Optional<Locale> picked = offeredMatching(ctx.queryParam(PARAMETER));
        picked.ifPresent(language -> ctx.cookie(new Cookie(COOKIE, language.getLanguage(), "/", 365 * 24 * 3600, false,
                true, null, SameSite.LAX)));
        return picked;
    }

    private Optional<Locale> fromCookie(Context ctx) {
        return offeredMatching(ctx.cookie(COOKIE));
    }

    private Locale fromBrowser(Context ctx) {
        String header = ctx.header("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), offered);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // fall through to the default
            }
        }
        return offered.get(0);
    }

    private Optional<Locale> offeredMatching(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return offered.stream().filter(l -> l.getLanguage().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The switch's links: the same page in each other offered language. */
    private List<Messages.Alternative> alternatives(Context ctx, Locale chosen) {
        List<Messages.Alternative> links = new ArrayList<>();
        for (Locale language : offered) {
            if (!language.equals(chosen)) {
                links.add(new Messages.Alternative(language.getLanguage(), nameOf(language),
                        ctx.path() + "?" + PARAMETER + "=" + URLEncoder.encode(language.getLanguage(), StandardCharsets.UTF_8)));
            }
        }
        return links;
    }

    private static ClassLoader loaderOver(Path directory) {
        try {
            return new URLClassLoader(new URL[] {directory.toUri().toURL()}, Languages.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException("not a directory: " + directory, e));
        }
    }
}
