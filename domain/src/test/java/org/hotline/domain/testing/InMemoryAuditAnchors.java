package org.hotline.domain.testing;

import io.vavr.control.Option;
import org.hotline.domain.audit.AuditAnchor;
import org.hotline.domain.audit.AuditAnchors;
import org.hotline.domain.audit.AuditHead;

/** The anchor of a trail kept in memory, for tests: it moves forward only, as the file does. */
public final class InMemoryAuditAnchors implements AuditAnchors {

    private AuditAnchor latest;

    @Override
    public synchronized Option<AuditAnchor> latest() {
        return Option.of(latest);
    }

    @Override
    public synchronized void begin(AuditHead current) {
        if (latest == null) {
            latest = new AuditAnchor(current, current.sequence() + 1);
        }
    }

    @Override
    public synchronized void advance(AuditHead head) {
        if (latest == null) {
            latest = new AuditAnchor(head, 1);
        } else if (head.sequence() > latest.head().sequence()) {
            latest = new AuditAnchor(head, latest.sealedFrom());
        }
    }

    /** Forgets the anchor, as if its file were lost. */
    public synchronized void forget() {
        latest = null;
    }
}
