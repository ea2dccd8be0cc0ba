package org.hotline.domain.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.vavr.control.Either;
import org.hotline.domain.notice.Notice;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.notice.SendNotice;

/**
 * A {@link SendNotice} for domain tests: records every notice it is given and answers with the failures it was told
 * to give, in order, then with success (message identifier {@code <notice.REFERENCE@test>}).
 */
public final class RecordingNoticeSender implements SendNotice {

    private final List<Notice> attempts = new ArrayList<>();
    private final Deque<SendFailure> failures = new ArrayDeque<>();

    /** The next sends fail with these, one each, before sends succeed again. */
    public synchronized RecordingNoticeSender failingWith(SendFailure... next) {
        failures.addAll(List.of(next));
        return this;
    }

    @Override
    public synchronized Either<SendFailure, NoticeSent> send(Notice notice) {
        attempts.add(notice);
        if (!failures.isEmpty()) {
            return Either.left(failures.removeFirst());
        }
        return Either.right(new NoticeSent(notice.reference(), "<notice." + notice.reference() + "@test>",
                notice.recipient().emails(), io.vavr.collection.List.empty()));
    }

    /** Every notice given, failed ones included, in order. */
    public synchronized List<Notice> attempts() {
        return List.copyOf(attempts);
    }
}
