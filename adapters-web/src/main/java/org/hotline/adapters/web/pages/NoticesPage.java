package org.hotline.adapters.web.pages;

import java.util.List;

import org.hotline.adapters.web.Messages;

/**
 * The supervisors' page of notices needing attention: escalations and notices that could not be sent, the latest
 * first, each with the cases it is about.
 */
public record NoticesPage(Messages t, List<Row> notices) {

    /** One notice: its reference and kind, whom it went to, when it was issued, where it stands, its cases. */
    public record Row(String reference, String kind, String recipient, String emails, String issued, String state,
            boolean failed, List<CaseLink> cases) {
    }

    /** A case the notice is about, with the address of its page. */
    public record CaseLink(String id, String link) {
    }
}
