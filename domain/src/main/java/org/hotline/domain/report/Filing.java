package org.hotline.domain.report;

import java.util.Objects;

import io.vavr.collection.Seq;

/**
 * A stored report and the case each of its addresses went to, in the order of the report's addresses.
 *
 * @param replayed true when the report was filed earlier under the same idempotency key and nothing new was stored
 */
public record Filing(Report report, Seq<CaseLink> links, boolean replayed) {

    public Filing(Report report, Seq<CaseLink> links) {
        this(report, links, false);
    }

    public Filing {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(links, "links");
        if (links.size() != report.urls().size()) {
            throw new IllegalArgumentException("one case link per address");
        }
    }

    public Filing asReplay() {
        return new Filing(report, links, true);
    }

    /** True when every address of the report joined a case that was there already: nothing new for an analyst. */
    public boolean whollyFolded() {
        return links.forAll(CaseLink::folded);
    }
}
