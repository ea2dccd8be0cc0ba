package org.hotline.domain.recheck;

import java.time.Instant;

import io.vavr.control.Option;
import org.hotline.domain.report.ReportedUrl;
import org.hotline.domain.takedown.Takedown;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * What follows when a re-check finds a takedown's content still up: the notices' part (a reminder to the contact
 * asked, or past the agreement's target an escalation to the next contact), queued where one is due.
 */
@PrimaryPort
@FunctionalInterface
public interface FollowUps {

    /** Queues what is due now for content still up at the address, and says in a sentence what it queued, if any. */
    Option<String> stillUp(Takedown takedown, ReportedUrl url, Instant at);

    /** Nothing follows (where no notices are sent). */
    static FollowUps none() {
        return (takedown, url, at) -> Option.none();
    }
}
