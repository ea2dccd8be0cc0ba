package org.hotline.adapters.web;

import java.util.List;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.hotline.adapters.web.pages.AccountPage;
import org.hotline.adapters.web.pages.FieldErrors;
import org.hotline.adapters.web.pages.PasswordPage;
import org.hotline.adapters.web.pages.SetupPage;
import org.hotline.adapters.web.pages.SignInPage;
import org.hotline.adapters.web.security.FirstAdministratorSetup;
import org.hotline.domain.FieldError;
import org.hotline.domain.staff.ChangePassword;
import org.hotline.domain.staff.ChooseLanguage;
import org.hotline.domain.staff.ManageStaff;
import io.vavr.control.Option;
import org.hotline.adapters.web.security.SecureTokens;
import org.hotline.domain.staff.OwnSessions;
import org.hotline.domain.staff.SignIn;
import org.hotline.domain.staff.SignInAttempt;
import org.hotline.domain.throttle.Admission;

/**
 * Signing in and out, a member's own account and password, and the set-up of the first administrator. A new session
 * gets a new token at every sign-in; signing out ends the session on the server, not just in the browser.
 */
final class SignInPages {

    static final String DEVICE_COOKIE = "hotline_device";
    static final String END_SESSION = "/account/sessions/end";
    static final String END_OTHER_SESSIONS = "/account/sessions/end-others";
    static final String LANGUAGE = "/account/language";
    private static final java.time.Duration DEVICE_LASTS = java.time.Duration.ofDays(365);

    private final SignIn signIn;
    private final ChangePassword changePassword;
    private final OwnSessions ownSessions;
    private final Clients clients;
    private final java.time.ZoneId zone;
    private final ManageStaff manageStaff;
    private final FirstAdministratorSetup setup;
    private final Templates templates;
    private final Cookies cookies;
    private final List<Route> routes;
    private final ChooseLanguage chooseLanguage;
    private final Languages languages;

    SignInPages(UseCases useCases, FirstAdministratorSetup setup, Templates templates, Cookies cookies, List<Route> routes,
            Clients clients, java.time.ZoneId zone, Languages languages) {
        this.signIn = useCases.signIn();
        this.changePassword = useCases.changePassword();
        this.ownSessions = useCases.ownSessions();
        this.clients = Objects.requireNonNull(clients, "clients");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.manageStaff = useCases.manageStaff();
        this.setup = Objects.requireNonNull(setup, "setup");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.routes = routes;
        this.chooseLanguage = useCases.chooseLanguage();
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    void showSignIn(Context ctx) {
        var staff = SignedInStaff.of(ctx);
        if (staff.isPresent()) {
            ctx.redirect(Gate.home(staff.get(), routes), HttpStatus.SEE_OTHER);
            return;
        }
        String next = Gate.safeNext(ctx.queryParam("next")).orElse("");
        templates.render(ctx, "sign-in.jte", new SignInPage(Languages.messagesFor(ctx), "", next, false));
    }

    void signIn(Context ctx) {
        String username = Forms.text(ctx, "username");
        String next = Gate.safeNext(ctx.formParam("next")).orElse("");
        String client = clients.addressOf(ctx);
        if (signIn.mayTry(client) instanceof Admission.Refused wait) {
            throttled(ctx, username, next, wait);
            return;
        }
        String device = ctx.cookie(DEVICE_COOKIE);
        var result = signIn.signIn(new SignInAttempt(username, Forms.text(ctx, "password"), client,
                Option.of(device).filter(token -> token.matches(SecureTokens.SHAPE)),
                Objects.requireNonNullElse(ctx.header("User-Agent"), "")));
        if (result.isLeft() && signIn.mayTry(client) instanceof Admission.Refused wait) {
            throttled(ctx, username, next, wait);
            return;
        }
        if (result.isLeft()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            templates.render(ctx, "sign-in.jte", new SignInPage(Languages.messagesFor(ctx),
                    Forms.limited(username, 200), next, true));
            return;
        }
        result.get().deviceToken().forEach(token -> cookies.setLasting(ctx, DEVICE_COOKIE, token, DEVICE_LASTS));
        String previous = ctx.cookie(Gate.SESSION_COOKIE);
        if (previous != null) {
            signIn.signOut(previous);
        }
        SignIn.SignedIn signedIn = result.get();
        cookies.set(ctx, Gate.SESSION_COOKIE, signedIn.sessionToken());
        SignedInStaff.remember(ctx, new SignIn.Authenticated(signedIn.member(), signedIn.session()));
        SignedInStaff staff = SignedInStaff.required(ctx);
        String target = staff.mustChangePassword() || next.isEmpty() ? Gate.home(staff, routes) : next;
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        signIn.signOut(ctx.cookie(Gate.SESSION_COOKIE));
        cookies.clear(ctx, Gate.SESSION_COOKIE);
        ctx.redirect(Gate.SIGN_IN, HttpStatus.SEE_OTHER);
    }

    /** Too many failed sign-ins from this connection: 429, with how long to wait, and nothing checked. */
    private void throttled(Context ctx, String username, String next, Admission.Refused wait) {
        ctx.status(HttpStatus.TOO_MANY_REQUESTS);
        ctx.header("Retry-After", Long.toString(wait.seconds()));
        templates.render(ctx, "sign-in.jte", new SignInPage(Languages.messagesFor(ctx), Forms.limited(username, 200), next,
                true, Math.max(1, (wait.seconds() + 59) / 60)));
    }

    void showAccount(Context ctx) {
        showAccount(ctx, "saved".equals(ctx.queryParam("language")), FieldErrors.none());
    }

    private void showAccount(Context ctx, boolean languageSaved, FieldErrors errors) {
        SignedInStaff staff = SignedInStaff.required(ctx);
        SignIn.Authenticated who = SignedInStaff.session(ctx);
        Messages t = Languages.messagesFor(ctx);
        var sessions = ownSessions.sessions(who).map(session -> new AccountPage.OpenSession(session.idDigest(),
                new Times(zone).when(session.createdAt(), t), new Times(zone).when(session.lastSeenAt(), t),
                session.client(), session.browser(), session.idDigest().equals(who.session().idDigest()))).toJavaList();
        var choices = languages.offered().stream().map(language -> new AccountPage.LanguageChoice(language.getLanguage(),
                Languages.nameOf(language), who.member().language().contains(language.getLanguage()))).toList();
        templates.render(ctx, "account.jte", new AccountPage(t, staff.displayName(), staff.username(),
                Navigation.roleNames(staff.roles(), t), sessions, choices, languageSaved, errors));
    }

    /**
     * Remembers the language the member chose for their pages, one of those offered, or none to follow the browser;
     * the account page then answers in it.
     */
    void chooseLanguage(Context ctx) {
        SignIn.Authenticated who = SignedInStaff.session(ctx);
        String code = Forms.text(ctx, "language").strip();
        var language = languages.offered(code).map(java.util.Locale::getLanguage);
        if (!code.isEmpty() && language.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showAccount(ctx, false, FieldErrors.of(List.of(new FieldError("language", "language.unknown",
                    "Choose a language from the list.")), Languages.messagesFor(ctx)));
            return;
        }
        var chosen = chooseLanguage.chooseLanguage(who, Option.ofOptional(language));
        if (chosen.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showAccount(ctx, false, FieldErrors.of(chosen.getLeft(), Languages.messagesFor(ctx)));
            return;
        }
        SignedInStaff.remember(ctx, new SignIn.Authenticated(chosen.get(), who.session()));
        ctx.redirect("/account?language=saved", HttpStatus.SEE_OTHER);
    }

    /** Ends one of the member's own sessions; one that is not theirs, or no longer open, is a page not found. */
    void endSession(Context ctx) {
        if (!ownSessions.end(SignedInStaff.session(ctx), Forms.text(ctx, "session"))) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    void endOtherSessions(Context ctx) {
        ownSessions.endOthers(SignedInStaff.session(ctx));
        ctx.redirect("/account", HttpStatus.SEE_OTHER);
    }

    void showPassword(Context ctx) {
        SignedInStaff staff = SignedInStaff.required(ctx);
        templates.render(ctx, "password.jte", new PasswordPage(Languages.messagesFor(ctx), staff.mustChangePassword(),
                false, FieldErrors.none()));
    }

    void changePassword(Context ctx) {
        SignIn.Authenticated who = SignedInStaff.session(ctx);
        Messages t = Languages.messagesFor(ctx);
        var result = changePassword.change(who, Forms.text(ctx, "current"), Forms.text(ctx, "password"),
                Forms.text(ctx, "repeat"));
        if (result.isLeft()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.render(ctx, "password.jte", new PasswordPage(t, who.member().mustChangePassword(), false,
                    FieldErrors.of(result.getLeft(), t)));
            return;
        }
        SignedInStaff.remember(ctx, new SignIn.Authenticated(result.get(), who.session()));
        templates.render(ctx, "password.jte", new PasswordPage(t, false, true, FieldErrors.none()));
    }

    void showSetup(Context ctx) {
        String token = ctx.queryParam("token");
        if (!setup.accepts(token)) {
            throw new NotFoundResponse();
        }
        templates.render(ctx, "setup.jte", new SetupPage(Languages.messagesFor(ctx), token, "", "", FieldErrors.none()));
    }

    void setUp(Context ctx) {
        String token = ctx.formParam("token");
        String username = Forms.text(ctx, "username");
        String displayName = Forms.text(ctx, "displayName");
        var outcome = setup.redeem(token, () -> manageStaff.setUpFirstAdministrator(username, displayName,
                Forms.text(ctx, "password"), Forms.text(ctx, "repeat")));
        if (outcome.isEmpty()) {
            throw new NotFoundResponse();
        }
        if (outcome.get().isLeft()) {
            Messages t = Languages.messagesFor(ctx);
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.render(ctx, "setup.jte", new SetupPage(t, token, Forms.limited(username, 200),
                    Forms.limited(displayName, 200), FieldErrors.of(outcome.get().getLeft(), t)));
            return;
        }
        ctx.redirect(Gate.SIGN_IN, HttpStatus.SEE_OTHER);
    }
}
