package org.hotline.domain.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.Clock;
import org.hotline.domain.staff.StaffPorts;
import org.hotline.domain.staff.TrustedDevice;
import org.hotline.domain.staff.TrustedDevices;
import org.hotline.domain.staff.UnknownSignIns;

/** What sign-in guards against guessing with, kept in memory, for tests: known browsers and the tally of unknown names. */
public final class InMemorySignInGuards implements TrustedDevices, UnknownSignIns {

    private final Map<String, TrustedDevice> devices = new HashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();

    /** The guards of sign-in for tests: these stores, and token buckets counted on the given clock. */
    public static StaffPorts.Guards on(Clock clock) {
        InMemorySignInGuards guards = new InMemorySignInGuards();
        return new StaffPorts.Guards(guards, new InMemoryTokenBuckets(clock), guards);
    }

    @Override
    public synchronized Option<TrustedDevice> byDigest(String digest) {
        return Option.of(devices.get(digest));
    }

    @Override
    public synchronized void save(TrustedDevice device) {
        devices.put(device.digest(), device);
    }

    @Override
    public synchronized void count(String client, Instant at) {
        tallies.merge(client, new Tally(client, at, at, 1),
                (kept, one) -> new Tally(client, kept.first(), at, kept.attempts() + 1));
    }

    @Override
    public synchronized Seq<Tally> due(Instant quietSince, Instant begunBefore) {
        return List.ofAll(tallies.values())
                .filter(t -> t.last().isBefore(quietSince) || t.first().isBefore(begunBefore))
                .sortBy(Tally::client);
    }

    @Override
    public synchronized void forget(Tally tally) {
        tallies.computeIfPresent(tally.client(), (client, kept) -> kept.attempts() <= tally.attempts() ? null
                : new Tally(client, tally.last(), kept.last(), kept.attempts() - tally.attempts()));
    }
}
