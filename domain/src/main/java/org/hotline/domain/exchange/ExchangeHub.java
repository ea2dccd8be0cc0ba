package org.hotline.domain.exchange;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.CountryCode;
import org.hotline.domain.Identities;
import org.hotline.domain.Rejection;
import org.hotline.domain.Sha256;
import org.hotline.domain.Tokens;
import org.hotline.domain.UnitOfWork;
import org.hotline.domain.audit.AuditEntry;
import org.hotline.domain.audit.AuditTrail;
import org.jmolecules.ddd.annotation.Service;

/**
 * The hub: routes each referral to the member hotline serving the hosting country and each status back to the
 * referral's other side, takes every message once (by its identifier, per sender), holds what it routed until the
 * recipient acknowledges it, and refers a moved referral on to the new country's member. A refused message changes
 * nothing. Every call that changes something is one unit of work with its audit record.
 */
@Service
public final class ExchangeHub implements HubDesk {

    /** The ports the hub works through. */
    public record Ports(MemberRegistry members, HubMailbox mailbox, AuditTrail audit, UnitOfWork unitOfWork, Clock clock,
            Identities identities, Tokens tokens) {

        public Ports {
            Objects.requireNonNull(members, "members");
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(identities, "identities");
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    private final Ports ports;

    public ExchangeHub(Ports ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    @Override
    public Option<Member> authenticate(String token) {
        return token == null || token.isEmpty() ? Option.none() : ports.members().byTokenDigest(Sha256.hex(token));
    }

    @Override
    public Seq<Outcome> take(Member caller, Seq<ExchangeMessage> messages) {
        return ports.unitOfWork().inOneUnit(() -> {
            Instant now = ports.clock().instant();
            var batch = new Batch(caller, now, ports.mailbox().seen(caller.id(), messages.map(ExchangeMessage::messageId)),
                    ports.mailbox().routes(messages.map(ExchangeMessage::referral).distinct()));
            Seq<Outcome> outcomes = messages.map(batch::take);
            ports.mailbox().route(io.vavr.collection.List.ofAll(batch.changedRoutes.values()));
            ports.mailbox().hold(io.vavr.collection.List.ofAll(batch.holds));
            long accepted = outcomes.count(outcome -> outcome.kind() == Outcome.Kind.ACCEPTED);
            if (accepted > 0) {
                ports.audit().record(AuditEntry.bySystem(now, "exchange.messages_taken", "member:" + caller.id(), "",
                        accepted + " of " + messages.size() + " from " + caller.name() + ": " + outcomes
                                .filter(outcome -> outcome.kind() == Outcome.Kind.ACCEPTED).take(50)
                                .map(outcome -> outcome.messageId().toString()).mkString(", ")));
            }
            return outcomes;
        });
    }

    /**
     * One request's messages, taken in order against what the hub knew when it came (read once for all of them) and
     * what the messages before changed; what they change is written together at the end.
     */
    private final class Batch {

        private final Member caller;
        private final Instant now;
        private final java.util.Set<UUID> seen;
        private final java.util.Map<ReferralId, Route> routes;
        private final java.util.Map<ReferralId, Route> changedRoutes = new java.util.LinkedHashMap<>();
        private final java.util.List<Delivery> holds = new java.util.ArrayList<>();
        private final java.util.Map<CountryCode, Option<Member>> serving = new java.util.HashMap<>();

        Batch(Member caller, Instant now, io.vavr.collection.Set<UUID> seen, io.vavr.collection.Map<ReferralId, Route> routes) {
            this.caller = caller;
            this.now = now;
            this.seen = new java.util.HashSet<>(seen.toJavaSet());
            this.routes = new java.util.HashMap<>(routes.toJavaMap());
        }

        Outcome take(ExchangeMessage message) {
            if (seen.contains(message.messageId())) {
                return Outcome.repeated(message.messageId());
            }
            Outcome outcome = message instanceof Referral referral ? route(referral) : pass((StatusReport) message);
            if (outcome.kind() == Outcome.Kind.ACCEPTED) {
                seen.add(message.messageId());
            }
            return outcome;
        }

        private Option<Member> serving(CountryCode country) {
            return serving.computeIfAbsent(country, ports.members()::serving);
        }

        private void route(Route route) {
            routes.put(route.referral().id(), route);
            changedRoutes.put(route.referral().id(), route);
        }

        private Outcome route(Referral referral) {
            if (!caller.serves(referral.from())) {
                return Outcome.refused(referral.messageId(), HubRefusal.NOT_YOUR_COUNTRY,
                        "The referral is from " + referral.from() + ", which the calling member does not serve.");
            }
            Option<Member> receiver = serving(referral.to());
            if (receiver.isEmpty()) {
                return Outcome.refused(referral.messageId(), HubRefusal.NO_MEMBER,
                        "No member hotline serves " + referral.to() + ".");
            }
            if (receiver.get().id().equals(caller.id())) {
                return Outcome.refused(referral.messageId(), HubRefusal.OWN_COUNTRY,
                        "The calling member serves " + referral.to() + " itself.");
            }
            if (routes.containsKey(referral.id())) {
                return Outcome.refused(referral.messageId(), HubRefusal.MALFORMED,
                        "A referral with this identifier was routed before with another message.");
            }
            route(new Route(referral, caller.id(), receiver.get().id()));
            holds.add(new Delivery(caller.id(), receiver.get().id(), referral, now));
            return Outcome.accepted(referral.messageId());
        }

        private Outcome pass(StatusReport status) {
            Route route = routes.get(status.referral());
            if (route == null || !(status.status().byReceiver() ? route.receiver() : route.sender()).equals(caller.id())) {
                return Outcome.refused(status.messageId(), HubRefusal.UNKNOWN_REFERRAL,
                        "The calling member has no referral " + status.referral() + " to say this of.");
            }
            if (status.movedTo().isDefined()) {
                Option<Outcome> refused = moveOn(route, status);
                if (refused.isDefined()) {
                    return refused.get();
                }
            }
            MemberId other = status.status().byReceiver() ? route.sender() : route.receiver();
            holds.add(new Delivery(caller.id(), other, status, now));
            return Outcome.accepted(status.messageId());
        }

        /** Refers a moved referral on to the new country's member; a refusal when no (other) member serves it. */
        private Option<Outcome> moveOn(Route route, StatusReport status) {
            CountryCode country = status.movedTo().get();
            Option<Member> next = serving(country);
            if (next.isEmpty() || next.get().id().equals(route.sender()) || next.get().id().equals(route.receiver())) {
                return Option.some(Outcome.refused(status.messageId(), HubRefusal.NO_MEMBER,
                        "No other member hotline serves " + country + "; the sender keeps the case."));
            }
            Referral moved = route.referral().movedTo(country);
            route(new Route(moved, route.sender(), next.get().id()));
            holds.add(new Delivery(route.sender(), next.get().id(), moved, now));
            return Option.none();
        }
    }

    @Override
    public Seq<Delivery> waiting(Member caller, int limit) {
        return ports.mailbox().waiting(caller.id(), Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public int acknowledge(Member caller, Seq<UUID> messageIds) {
        return ports.mailbox().acknowledge(caller.id(), messageIds);
    }

    @Override
    public Reconciliation.Answer reconcile(Member caller, Reconciliation account) {
        return ports.unitOfWork().inOneUnit(() -> {
            Set<UUID> taken = ports.mailbox().seen(caller.id(), account.sent());
            Seq<UUID> unknown = account.sent().distinct().filter(id -> !taken.contains(id));
            Seq<UUID> again = ports.mailbox().deliverAgain(caller.id(), account.since(), account.until(),
                    io.vavr.collection.HashSet.ofAll(account.received()));
            if (!unknown.isEmpty() || !again.isEmpty()) {
                ports.audit().record(AuditEntry.bySystem(ports.clock().instant(), "exchange.reconciled",
                        "member:" + caller.id(), "", caller.name() + ": " + unknown.size() + " of "
                                + account.sent().size() + " sent never taken; " + again.size() + " delivered again"));
            }
            return new Reconciliation.Answer(unknown, again);
        });
    }

    @Override
    public Either<Rejection<HubRefusal>, Enrolled> enrol(String name, Seq<String> countries) {
        Option<Seq<CountryCode>> codes = Option.sequence(countries.map(CountryCode::parse)).map(Seq::narrow);
        if (codes.isEmpty() || countries.isEmpty() || name == null || name.isBlank()) {
            return Either.left(Rejection.of(HubRefusal.MEMBER_INVALID,
                    "A member has a name and serves one or more countries, each by its two-letter code."));
        }
        Instant now = ports.clock().instant();
        return Checked.of(() -> new Member(new MemberId(ports.identities().next()), name.strip(),
                        TreeSet.ofAll(codes.get().map(CountryCode::value)), now, Option.none()))
                .mapLeft(problem -> Rejection.of(HubRefusal.MEMBER_INVALID, problem))
                .flatMap(member -> ports.unitOfWork().inOneUnit(() -> {
                    String token = ports.tokens().next();
                    if (!ports.members().enrol(member, Sha256.hex(token))) {
                        return Either.left(Rejection.of(HubRefusal.MEMBER_INVALID,
                                "One of the countries is served by another member already."));
                    }
                    ports.audit().record(AuditEntry.bySystem(now, "exchange.member_enrolled", "member:" + member.id(), "",
                            member.name() + " serving " + member.countries().mkString(", ")));
                    return Either.right(new Enrolled(member, token));
                }));
    }

    @Override
    public Either<Rejection<HubRefusal>, Enrolled> rotate(MemberId id) {
        return ports.unitOfWork().inOneUnit(() -> {
            String token = ports.tokens().next();
            Option<Member> member = ports.members().byId(id).filter(Member::active)
                    .filter(found -> ports.members().replaceToken(id, Sha256.hex(token)));
            member.forEach(found -> ports.audit().record(AuditEntry.bySystem(ports.clock().instant(),
                    "exchange.member_token_replaced", "member:" + id, "", found.name())));
            return member.map(found -> new Enrolled(found, token)).toEither(() -> unknown(id));
        });
    }

    @Override
    public Either<Rejection<HubRefusal>, Member> withdraw(MemberId id) {
        return ports.unitOfWork().inOneUnit(() -> {
            Instant now = ports.clock().instant();
            Option<Member> member = ports.members().byId(id).filter(found -> ports.members().withdraw(id, now));
            member.forEach(found -> ports.audit().record(AuditEntry.bySystem(now, "exchange.member_withdrawn",
                    "member:" + id, found.countries().mkString(", "), "withdrawn")));
            return member.toEither(() -> unknown(id));
        });
    }

    @Override
    public Seq<Standing> members() {
        Seq<HubMailbox.Traffic> traffic = ports.mailbox().traffic();
        return ports.members().all().map(member -> new Standing(member, traffic.find(t -> t.member().equals(member.id()))
                .getOrElse(() -> new HubMailbox.Traffic(member.id(), 0, 0, 0))));
    }

    private static Rejection<HubRefusal> unknown(MemberId id) {
        return Rejection.of(HubRefusal.UNKNOWN_MEMBER, "No active member " + id + ".");
    }
}
