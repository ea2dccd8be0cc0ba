package org.hotline.adapters.web.pages;

import org.hotline.adapters.web.Messages;

/**
 * A temporary password, shown this once to the administrator who created the account or reset its password.
 *
 * @param created true for a new account, false for a reset
 */
public record TemporaryPasswordPage(Messages t, String displayName, String username, String password, boolean created) {
}
