package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/** The one-time set-up of a new hotline's first administrator. */
public record SetupPage(Messages t, String token, String username, String displayName, FieldErrors errors) {

    public static final List<String> FIELDS = List.of("username", "displayName", "password", "repeat");
}
