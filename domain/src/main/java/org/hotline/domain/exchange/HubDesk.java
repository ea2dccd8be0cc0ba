package org.hotline.domain.exchange;

import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Rejection;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The network's hub as its members and its administrator use it. */
@PrimaryPort
public interface HubDesk {

    /** The active member presenting the token, or none. */
    Option<Member> authenticate(String token);

    /** Takes a member's messages: each is accepted, recognised as sent before, or refused (changing nothing). */
    Seq<Outcome> take(Member caller, Seq<ExchangeMessage> messages);

    /** What waits for the member, oldest first. */
    Seq<Delivery> waiting(Member caller, int limit);

    /** Marks messages as delivered to the member; the number that were waiting. */
    int acknowledge(Member caller, Seq<UUID> messageIds);

    /**
     * Compares a member's account of its traffic with what the hub kept: answers which of the messages it sent the hub
     * never took, and makes every message the hub delivered to it in the account's period, that it does not have,
     * wait for it again.
     */
    Reconciliation.Answer reconcile(Member caller, Reconciliation account);

    /** Enrols a member; its token is in the answer, once, and kept only as a digest. */
    Either<Rejection<HubRefusal>, Enrolled> enrol(String name, Seq<String> countries);

    /** Gives a member a new token, the old one stops working at once. */
    Either<Rejection<HubRefusal>, Enrolled> rotate(MemberId member);

    /** Withdraws a member from the network. */
    Either<Rejection<HubRefusal>, Member> withdraw(MemberId member);

    /** Every member with its traffic. */
    Seq<Standing> members();

    /** What became of one message. */
    record Outcome(UUID messageId, Kind kind, Option<Rejection<HubRefusal>> refusal) {

        public enum Kind { ACCEPTED, REPEATED, REFUSED }

        static Outcome accepted(UUID id) {
            return new Outcome(id, Kind.ACCEPTED, Option.none());
        }

        static Outcome repeated(UUID id) {
            return new Outcome(id, Kind.REPEATED, Option.none());
        }

        static Outcome refused(UUID id, HubRefusal reason, String detail) {
            return new Outcome(id, Kind.REFUSED, Option.some(Rejection.of(reason, detail)));
        }
    }

    /** A member and the token it was given, shown once. */
    record Enrolled(Member member, String token) {

        @Override
        public String toString() {
            return "Enrolled[" + member + ", token hidden]";
        }
    }

    /** A member and its traffic. */
    record Standing(Member member, HubMailbox.Traffic traffic) {
    }
}
