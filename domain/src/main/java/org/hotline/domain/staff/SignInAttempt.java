package org.hotline.domain.staff;

import java.util.Objects;

import io.vavr.control.Option;

/**
 * A sign-in as it arrives: the username and password typed, the client address it came from, the token of the
 * browser if it has signed in before (see {@link TrustedDevice}), and a short description of the browser.
 */
public record SignInAttempt(String username, String password, String client, Option<String> deviceToken, String browser) {

    public SignInAttempt {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(deviceToken, "deviceToken");
        Objects.requireNonNull(browser, "browser");
    }

    /** An attempt from a client that is not told apart from any other, in a browser never seen before. */
    public static SignInAttempt of(String username, String password) {
        return new SignInAttempt(username, password, "unknown", Option.none(), "");
    }

    String shortBrowser() {
        String oneLine = browser.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() > Session.MAX_BROWSER_LENGTH ? oneLine.substring(0, Session.MAX_BROWSER_LENGTH) : oneLine;
    }
}
