package org.hotline.adapters.web.pages;

import org.hotline.adapters.web.Messages;

/** The receipt shown once a report is safely stored. */
public record ReceiptPage(Messages t, String reference, String receivedAt, int addresses) {
}
