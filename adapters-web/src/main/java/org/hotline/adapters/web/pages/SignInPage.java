package org.hotline.adapters.web.pages;

import org.hotline.adapters.web.Messages;

/**
 * The sign-in form. A refused sign-in says the same whatever the reason, so that nobody learns which usernames exist.
 *
 * @param next the page to go to after signing in, already checked to be one of ours; empty for the member's first page
 * @param failed true after a refused sign-in
 * @param waitMinutes after too many failed sign-ins from this connection, the minutes to wait; 0 otherwise
 */
public record SignInPage(Messages t, String username, String next, boolean failed, long waitMinutes) {

    public SignInPage(Messages t, String username, String next, boolean failed) {
        this(t, username, next, failed, 0);
    }

    public boolean throttled() {
        return waitMinutes > 0;
    }
}
