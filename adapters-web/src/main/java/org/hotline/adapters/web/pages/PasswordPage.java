package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * Changing one's own password.
 *
 * @param forced true when the member must choose a password before anything else (after a reset, or at first)
 * @param changed true once the password was changed
 */
public record PasswordPage(Messages t, boolean forced, boolean changed, FieldErrors errors) {

    public static final List<String> FIELDS = List.of("current", "password", "repeat");
}
