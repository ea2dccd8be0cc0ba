package org.hotline.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.hotline.domain.Rejection;
import org.hotline.domain.notice.NoticeReference;
import org.hotline.domain.report.Case;
import org.hotline.domain.takedown.HostNotices;
import org.hotline.domain.takedown.Takedown;
import org.hotline.domain.takedown.TakedownRefusal;

/**
 * First notices in memory, for tests: put on their way for the hosts a test registered a contact for (by the case
 * address's host), refused for any other, as a notice outbox without a contact refuses.
 */
public final class InMemoryHostNotices implements HostNotices {

    /** A notice put on its way. */
    public record Sent(NoticeReference reference, Takedown takedown, Case theCase, Instant at) {
    }

    private final Set<String> contacts = new HashSet<>();
    private final java.util.List<Sent> sent = new ArrayList<>();
    private final java.util.List<String> withdrawn = new ArrayList<>();

    /** Registers an abuse contact for the host: notices to it go out. */
    public synchronized InMemoryHostNotices contactFor(String host) {
        contacts.add(host);
        return this;
    }

    @Override
    public synchronized Either<Rejection<TakedownRefusal>, NoticeReference> firstNotice(Takedown takedown, Case theCase,
            Instant at) {
        String host = java.net.URI.create(theCase.url().canonical()).getHost();
        if (!contacts.contains(host)) {
            return Either.left(Rejection.of(TakedownRefusal.NOTICE_NOT_SENT, "No abuse contact is registered for " + host
                    + "."));
        }
        var reference = new NoticeReference("TEST-NTD-" + (sent.size() + 1));
        sent.add(new Sent(reference, takedown, theCase, at));
        return Either.right(reference);
    }

    /** Notes the withdrawal of the case's notices (all taken to be still waiting), each with why. */
    @Override
    public synchronized io.vavr.collection.Seq<NoticeReference> withdraw(Case theCase, String reason, Instant at) {
        List<Sent> ofCase = List.ofAll(sent).filter(notice -> notice.theCase().id().equals(theCase.id()));
        withdrawn.addAll(ofCase.map(notice -> notice.reference().value() + ": " + reason).toJavaList());
        return ofCase.map(Sent::reference);
    }

    /** The notices withdrawn, each with why, in order. */
    public synchronized List<String> withdrawn() {
        return List.ofAll(withdrawn);
    }

    /** The notices put on their way, in order. */
    public synchronized List<Sent> sent() {
        return List.ofAll(sent);
    }
}
