package org.hotline.domain.notice;

import java.util.Objects;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A notice as the hotline keeps it: the notice, the cases whose addresses it carries (several where they were queued
 * together for one contact) and where it stands.
 */
@AggregateRoot
public record NoticeRecord(Notice notice, Seq<CaseId> cases, NoticeState state) {

    public NoticeRecord {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(state, "state");
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("a notice is about one case or more: " + notice.reference());
        }
    }

    @Identity
    public NoticeReference reference() {
        return notice.reference();
    }

    /** When it was sent, if it was. */
    public Option<java.time.Instant> sentAt() {
        return state instanceof NoticeState.Sent sent ? Option.some(sent.at()) : Option.none();
    }

    public NoticeKind kind() {
        return notice.kind();
    }
}
