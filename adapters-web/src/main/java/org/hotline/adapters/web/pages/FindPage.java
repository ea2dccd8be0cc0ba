package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * The cases found by a reference or an address, the one opened last first.
 *
 * @param query what was asked, as typed
 */
public record FindPage(Messages t, String query, List<Found> found, FieldErrors errors) {

    /** One case found: its address, state and when it was opened. */
    public record Found(String caseId, String address, String state, String openedAt) {
    }
}
