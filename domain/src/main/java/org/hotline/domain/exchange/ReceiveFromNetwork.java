package org.hotline.domain.exchange;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Takes what the hub delivers to this hotline: referrals into the queue, statuses onto the cases they concern. */
@PrimaryPort
public interface ReceiveFromNetwork {

    Receipt receive(ExchangeMessage message);

    /** What became of a delivered message; every kind may be acknowledged to the hub. */
    enum Receipt {
        /** Filed: a referral opened (or joined) a case, a status was kept on its case. */
        FILED,
        /** Taken before: nothing changed. */
        REPEATED,
        /** About nothing this hotline knows (a status of a referral it never sent): kept nowhere, logged. */
        UNKNOWN
    }
}
