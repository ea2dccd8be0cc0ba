package org.hotline.domain.notice;

import io.vavr.control.Either;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Delivers a notice to its recipient's addresses. The same notice always makes the same message, with a message
 * identifier derived from its reference, so an outbox may call this again after a failure or a lost answer: a
 * recipient who gets the message twice sees that it is one notice. Deciding whether to call again is the caller's:
 * a {@link SendFailure.Temporary} is worth retrying, a {@link SendFailure.Permanent} is not.
 */
@SecondaryPort
@FunctionalInterface
public interface SendNotice {

    Either<SendFailure, NoticeSent> send(Notice notice);
}
