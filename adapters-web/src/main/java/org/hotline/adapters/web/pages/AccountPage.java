package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/** A member's own account: who they are and what their roles let them do. */
public record AccountPage(Messages t, String displayName, String username, List<String> roles) {
}
