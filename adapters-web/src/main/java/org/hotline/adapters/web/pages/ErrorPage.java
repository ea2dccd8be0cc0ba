package org.hotline.adapters.web.pages;

import org.hotline.adapters.web.Messages;

/** A page that says what went wrong, in words for people, never with internals. */
public record ErrorPage(Messages t, int status, String title, String detail) {
}
