package org.hotline.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.CountryCode;
import org.hotline.domain.exchange.Delivery;
import org.hotline.domain.exchange.HubMailbox;
import org.hotline.domain.exchange.Member;
import org.hotline.domain.exchange.MemberId;
import org.hotline.domain.exchange.MemberRegistry;
import org.hotline.domain.exchange.ReferralId;
import org.hotline.domain.exchange.Route;

/** The hub's members and mailbox in memory, for tests: what PostgreSQL keeps in the program. */
public final class InMemoryHub implements MemberRegistry, HubMailbox {

    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private final Map<MemberId, String> digests = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<ReferralId, Route> routes = new HashMap<>();
    private final java.util.List<Delivery> held = new ArrayList<>();
    private final Set<String> delivered = new HashSet<>();
    private final Set<String> heldKeys = new HashSet<>();

    @Override
    public synchronized boolean enrol(Member member, String tokenDigest) {
        if (member.countries().exists(code -> serving(new CountryCode(code)).isDefined())) {
            return false;
        }
        members.put(member.id(), member);
        digests.put(member.id(), tokenDigest);
        return true;
    }

    @Override
    public synchronized Option<Member> byTokenDigest(String tokenDigest) {
        return List.ofAll(members.values()).filter(Member::active)
                .find(member -> tokenDigest.equals(digests.get(member.id())));
    }

    @Override
    public synchronized Option<Member> serving(CountryCode country) {
        return List.ofAll(members.values()).filter(Member::active).find(member -> member.serves(country));
    }

    @Override
    public synchronized Option<Member> byId(MemberId id) {
        return Option.of(members.get(id));
    }

    @Override
    public synchronized boolean replaceToken(MemberId id, String tokenDigest) {
        if (byId(id).filter(Member::active).isEmpty()) {
            return false;
        }
        digests.put(id, tokenDigest);
        return true;
    }

    @Override
    public synchronized boolean withdraw(MemberId id, Instant at) {
        Option<Member> member = byId(id).filter(Member::active);
        member.forEach(found -> members.put(id, new Member(id, found.name(), found.countries(), found.since(), Option.some(at))));
        return member.isDefined();
    }

    @Override
    public synchronized Seq<Member> all() {
        return List.ofAll(members.values());
    }

    /** The digest kept for a member's token. */
    public synchronized Option<String> digestOf(MemberId id) {
        return Option.of(digests.get(id));
    }

    @Override
    public synchronized io.vavr.collection.Set<UUID> seen(MemberId sender, Seq<UUID> messageIds) {
        return io.vavr.collection.HashSet.ofAll(messageIds).filter(id -> seen.contains(sender + "/" + id));
    }

    @Override
    public synchronized void hold(Seq<Delivery> deliveries) {
        for (Delivery delivery : deliveries) {
            seen.add(delivery.sender() + "/" + delivery.message().messageId());
            if (heldKeys.add(key(delivery))) {
                held.add(delivery);
            }
        }
    }

    @Override
    public synchronized io.vavr.collection.Map<ReferralId, Route> routes(Seq<ReferralId> referrals) {
        return io.vavr.collection.HashMap.ofAll(routes).filterKeys(referrals::contains);
    }

    @Override
    public synchronized void route(Seq<Route> changed) {
        changed.forEach(route -> routes.put(route.referral().id(), route));
    }

    @Override
    public synchronized Seq<Delivery> waiting(MemberId recipient, int limit) {
        return List.ofAll(held).filter(delivery -> delivery.recipient().equals(recipient))
                .filter(delivery -> !delivered.contains(key(delivery))).take(limit);
    }

    @Override
    public synchronized int acknowledge(MemberId recipient, Seq<UUID> messageIds) {
        int count = 0;
        for (UUID id : messageIds) {
            String key = recipient + "/" + id;
            if (heldKeys.contains(key) && delivered.add(key)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized Seq<UUID> deliverAgain(MemberId recipient, java.time.Instant since, java.time.Instant until,
            io.vavr.collection.Set<UUID> has) {
        Seq<UUID> again = List.ofAll(held).filter(delivery -> delivery.recipient().equals(recipient))
                .filter(delivery -> !delivery.at().isBefore(since) && delivery.at().isBefore(until))
                .filter(delivery -> delivered.contains(key(delivery)))
                .map(delivery -> delivery.message().messageId()).filter(id -> !has.contains(id));
        again.forEach(id -> delivered.remove(recipient + "/" + id));
        return again;
    }

    @Override
    public synchronized Seq<Traffic> traffic() {
        return List.ofAll(members.keySet()).map(id -> new Traffic(id,
                held.stream().filter(delivery -> delivery.sender().equals(id)).count(),
                waiting(id, Integer.MAX_VALUE).size(),
                held.stream().filter(delivery -> delivery.recipient().equals(id) && delivered.contains(key(delivery))).count()));
    }

    private static String key(Delivery delivery) {
        return delivery.recipient() + "/" + delivery.message().messageId();
    }
}
