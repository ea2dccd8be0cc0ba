package org.hotline.application;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.hotline.adapters.persistence.PostgresNotices;
import org.hotline.domain.Clock;
import org.hotline.domain.notice.NoticeSent;
import org.hotline.domain.notice.SendFailure;
import org.hotline.domain.notice.SendNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notice outbox's worker, in every instance: due notices are leased (never to two instances at once, for longer
 * than a send can take), sent one by one, and marked sent; a temporary failure (the mail server unreachable or asking
 * to try later) sends the notice again after a growing wait, 1, 2, 4... times the first wait, at most an hour apart,
 * and after {@value #MOST_ATTEMPTS} attempts marks it failed; a permanent one (the addresses or the message refused,
 * no template in its language) marks it failed at once, for staff to see. A round that found a full batch goes on.
 */
final class NoticeSending implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeSending.class);
    static final int BATCH = 20;
    static final int MOST_ATTEMPTS = 30;
    /** Longer than a send may take (three mail-server time-outs of at most ten minutes each would be 30). */
    static final Duration LEASE = Duration.ofMinutes(45);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final PostgresNotices notices;
    private final SendNotice sender;
    private final Clock clock;
    private final Duration firstWait;
    private final ScheduledExecutorService worker;

    private NoticeSending(PostgresNotices notices, SendNotice sender, Clock clock, Duration firstWait,
            ScheduledExecutorService worker) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.firstWait = Objects.requireNonNull(firstWait, "firstWait");
        this.worker = worker;
    }

    /** Starts the rounds, every {@code every}; the first wait after a temporary failure is {@code firstWait}. */
    static NoticeSending start(PostgresNotices notices, SendNotice sender, Clock clock, Duration every, Duration firstWait) {
        var sending = new NoticeSending(notices, sender, clock, firstWait, Rounds.daemon("notice-sending"));
        Rounds.repeat(sending.worker, every, sending::roundQuietly);
        return sending;
    }

    /** A worker without a schedule, whose rounds the caller runs (tests, and a command). */
    static NoticeSending unscheduled(PostgresNotices notices, SendNotice sender, Clock clock, Duration firstWait) {
        return new NoticeSending(notices, sender, clock, firstWait, null);
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.atWarn().log("notice round stopped: " + e.getMessage() + "; the next round tries again");
        }
    }

    /** One round now: sends what is due, batch after batch, until a batch is not full; how many notices it took. */
    synchronized int round() {
        int taken = 0;
        int batch;
        do {
            batch = sendBatch();
            taken += batch;
        } while (batch == BATCH);
        return taken;
    }

    private int sendBatch() {
        Seq<PostgresNotices.Pending> leased = notices.lease(BATCH, LEASE);
        for (PostgresNotices.Pending pending : leased) {
            Either<SendFailure, NoticeSent> outcome = sender.send(pending.notice());
            outcome.fold(failure -> failed(pending, failure), sent -> sent(pending, sent));
        }
        return leased.size();
    }

    private Void sent(PostgresNotices.Pending pending, NoticeSent sent) {
        if (!notices.sent(pending, sent, clock.instant())) {
            LOG.atWarn().addKeyValue("notice", pending.notice().reference())
                    .log("a notice was sent after its lease ran out; another instance may send it again");
        }
        LOG.atInfo().addKeyValue("notice", pending.notice().reference()).addKeyValue("kind", pending.notice().kind())
                .addKeyValue("accepted", sent.accepted().size()).addKeyValue("refused", sent.refused().size())
                .log("notice sent");
        return null;
    }

    private Void failed(PostgresNotices.Pending pending, SendFailure failure) {
        if (failure.retryable() && pending.attempts() < MOST_ATTEMPTS) {
            notices.retryLater(pending, backOff(pending.attempts()), failure);
            LOG.atWarn().addKeyValue("notice", pending.notice().reference()).addKeyValue("attempts", pending.attempts())
                    .log("a notice could not be sent for now: " + failure.detail());
        } else {
            notices.failed(pending, failure, clock.instant());
            LOG.atError().addKeyValue("notice", pending.notice().reference()).addKeyValue("code", failure.code())
                    .log("a notice could not be sent and is marked failed: " + failure.detail());
        }
        return null;
    }

    /** The first wait after the first attempt, twice it after the second... never more than an hour. */
    Duration backOff(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = firstWait.multipliedBy(1L << exponent);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    @Override
    public void close() {
        if (worker != null) {
            Rounds.stop(worker);
        }
    }
}
